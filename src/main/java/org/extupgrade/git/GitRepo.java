package org.extupgrade.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.extupgrade.model.UserError;

/**
 * The git repository a project folder is in, read-only. Paths given to and returned by its methods
 * are relative to the project folder, with {@code /} separators, whatever the folder's place in the
 * repository.
 */
public final class GitRepo implements AutoCloseable {
  private final Repository repo;
  private final String prefix;

  private GitRepo(Repository repo, String prefix) {
    this.repo = repo;
    this.prefix = prefix;
  }

  /**
   * The repository {@code dir} is in, or empty when it is in none (or the repository is bare). A
   * repository that cannot be read is a UserError naming it.
   */
  public static Optional<GitRepo> open(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    FileRepositoryBuilder b =
        new FileRepositoryBuilder().readEnvironment().findGitDir(abs.toFile());
    if (b.getGitDir() == null) return Optional.empty();
    try {
      Repository r = b.setMustExist(true).build();
      if (r.isBare()) {
        r.close();
        return Optional.empty();
      }
      Path top = r.getWorkTree().toPath().toAbsolutePath().normalize();
      String rel = top.relativize(abs).toString().replace('\\', '/');
      return Optional.of(new GitRepo(r, rel.isEmpty() ? "" : rel + "/"));
    } catch (IOException | RuntimeException e) {
      throw new UserError(
          "cannot read the git repository at " + b.getGitDir() + ": " + e.getMessage());
    }
  }

  /**
   * Every tag, peeled to its commit, in no particular order; tags of other objects are left out.
   */
  public List<Tag> tags() {
    List<Tag> out = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repo)) {
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        ObjectId id = ref.getPeeledObjectId() != null ? ref.getPeeledObjectId() : ref.getObjectId();
        if (id == null) continue;
        RevCommit c;
        try {
          c = walk.parseCommit(id);
        } catch (IOException | RuntimeException e) {
          continue;
        }
        out.add(
            new Tag(
                ref.getName().substring(Constants.R_TAGS.length()),
                c.getId().name(),
                c.getCommitTime()));
      }
    } catch (IOException e) {
      throw new UserError("cannot list the tags of " + repo.getDirectory() + ": " + e.getMessage());
    }
    return out;
  }

  /** The blob id of {@code path} at {@code tag}, or empty when the tag has no such file. */
  public Optional<String> id(Tag tag, String path) {
    return blob(tag, path).map(ObjectId::name);
  }

  /** The bytes of {@code path} at {@code tag}, or empty when the tag has no such file. */
  public Optional<byte[]> read(Tag tag, String path) {
    Optional<ObjectId> blob = blob(tag, path);
    if (blob.isEmpty()) return Optional.empty();
    try {
      return Optional.of(repo.open(blob.get(), Constants.OBJ_BLOB).getBytes());
    } catch (IOException e) {
      throw new UserError("cannot read " + path + " at tag " + tag.name() + ": " + e.getMessage());
    }
  }

  /** The regular file {@code path} at {@code tag}, by its blob. */
  private Optional<ObjectId> blob(Tag tag, String path) {
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit c = walk.parseCommit(ObjectId.fromString(tag.commit()));
      try (TreeWalk tw = TreeWalk.forPath(repo, prefix + path, c.getTree())) {
        if (tw == null || (tw.getRawMode(0) & 0170000) != 0100000) return Optional.empty();
        return Optional.of(tw.getObjectId(0));
      }
    } catch (IOException e) {
      throw new UserError("cannot read " + path + " at tag " + tag.name() + ": " + e.getMessage());
    }
  }

  /** Writes the project folder as {@code tag} holds it into {@code target} (regular files only). */
  public void export(Tag tag, Path target) {
    walk(
        tag,
        (path, id) -> {
          Path f = target.resolve(path).normalize();
          if (!f.startsWith(target)) return;
          Files.createDirectories(f.getParent());
          Files.write(f, repo.open(id, Constants.OBJ_BLOB).getBytes());
        });
  }

  /**
   * For each path, the commits since its tag (by commit time) up to HEAD that changed it, newest
   * first, each as its abbreviated id and subject. One walk of the history serves every path.
   */
  public Map<String, List<String>> changes(Map<String, Tag> since) {
    Map<String, List<String>> out = new HashMap<>();
    if (since.isEmpty()) return out;
    int oldest = since.values().stream().mapToInt(Tag::time).min().orElse(0);
    try (RevWalk walk = new RevWalk(repo)) {
      ObjectId head = repo.resolve(Constants.HEAD);
      if (head == null) return out;
      walk.markStart(walk.parseCommit(head));
      List<String> paths = since.keySet().stream().map(p -> prefix + p).toList();
      walk.setTreeFilter(
          AndTreeFilter.create(PathFilterGroup.createFromStrings(paths), TreeFilter.ANY_DIFF));
      for (RevCommit c : walk) {
        if (c.getCommitTime() < oldest) break;
        for (String p : touched(c, paths)) {
          String rel = p.substring(prefix.length());
          if (c.getCommitTime() <= since.get(rel).time()) continue;
          out.computeIfAbsent(rel, k -> new ArrayList<>())
              .add(c.abbreviate(8).name() + " " + c.getShortMessage());
        }
      }
    } catch (IOException | RuntimeException e) {
      return out; // the history is a courtesy of the message, never a reason to fail
    }
    return out;
  }

  /** Which of {@code paths} commit {@code c} changed against its first parent. */
  private List<String> touched(RevCommit c, List<String> paths) throws IOException {
    List<String> out = new ArrayList<>();
    try (TreeWalk tw = new TreeWalk(repo)) {
      tw.setRecursive(true);
      tw.setFilter(
          AndTreeFilter.create(PathFilterGroup.createFromStrings(paths), TreeFilter.ANY_DIFF));
      if (c.getParentCount() > 0) {
        try (RevWalk w = new RevWalk(repo)) {
          tw.addTree(w.parseCommit(c.getParent(0)).getTree());
        }
      } else {
        tw.addTree(new EmptyTreeIterator());
      }
      tw.addTree(c.getTree());
      while (tw.next()) out.add(tw.getPathString());
    }
    return out;
  }

  /**
   * The git blob id of {@code bytes}: equal ids mean equal contents. The JDK's SHA-1 (a CPU
   * intrinsic) rather than JGit's collision-detecting one: this hashes files to compare, not
   * objects to store.
   */
  public static String blobId(byte[] bytes) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      md.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(md.digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is a JDK algorithm every JDK has", e);
    }
  }

  private interface FileVisitor {
    void visit(String path, ObjectId blob) throws IOException;
  }

  private void walk(Tag tag, FileVisitor v) {
    try (RevWalk walk = new RevWalk(repo);
        TreeWalk tw = new TreeWalk(repo)) {
      tw.addTree(walk.parseCommit(ObjectId.fromString(tag.commit())).getTree());
      tw.setRecursive(true);
      if (!prefix.isEmpty())
        tw.setFilter(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
      while (tw.next()) {
        if ((tw.getRawMode(0) & 0170000) != 0100000) continue;
        v.visit(tw.getPathString().substring(prefix.length()), tw.getObjectId(0));
      }
    } catch (IOException e) {
      throw new UserError("cannot read the tree of tag " + tag.name() + ": " + e.getMessage());
    }
  }

  @Override
  public void close() {
    repo.close();
  }
}
