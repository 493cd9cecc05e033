package org.extupgrade.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.extupgrade.cluster.Caches;
import org.extupgrade.cluster.Installation;
import org.extupgrade.git.GitRepo;
import org.extupgrade.git.Releases;
import org.extupgrade.git.Releases.Release;
import org.extupgrade.git.Tag;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.ScriptPlaces;
import org.extupgrade.layout.VersionGraph;
import org.extupgrade.model.UserError;

/**
 * Full install scripts of released versions, read from their release tags, for a project that keeps
 * no archive of them. A tag gives the script it holds ({@code ext--1.2.sql} anywhere in the
 * project's folder), or the one its make builds ({@code DATA_built}, templates), built in a copy of
 * the tag's tree. Each is written to {@code out/<tag>/<path>}.
 */
public final class TagBaselines {
  private TagBaselines() {}

  /** The versions on the update graph that have no full install script. */
  static List<String> missing(Extension ext) {
    TreeSet<String> out = new TreeSet<>(VersionGraph::strcmp);
    for (Script s : ext.updateScripts()) {
      out.add(s.from());
      out.add(s.to());
    }
    out.removeIf(v -> ext.installScript(v).isPresent());
    return List.copyOf(out);
  }

  /** The folder under {@code out} of {@code tag}'s files ({@code /} in a tag name escaped). */
  static String folder(String tag) {
    return tag.replace("%", "%25").replace("/", "%2F");
  }

  /** The tag whose folder is {@code folder}. */
  static String tag(String folder) {
    return folder.replace("%2F", "/").replace("%25", "%");
  }

  /**
   * Writes the baselines of {@code versions} that a release tag has into {@code out}; returns the
   * files written. A tag whose build fails is named in {@code notes}.
   */
  static List<Path> write(
      GitRepo repo,
      Releases releases,
      Extension ext,
      List<String> versions,
      Path out,
      Supplier<Installation> pgxs,
      Path scratch,
      List<String> notes)
      throws IOException {
    List<Path> made = new ArrayList<>();
    for (String v : versions) {
      Optional<Release> r = releases.of(v);
      if (r.isEmpty()) continue;
      Optional<Found> f = find(repo, r.get(), ext.name(), pgxs, scratch, notes);
      if (f.isEmpty()) continue;
      Path target = out.resolve(folder(r.get().tag().name())).resolve(f.get().path());
      Files.createDirectories(target.getParent());
      Files.write(target, f.get().bytes());
      made.add(target);
    }
    return made;
  }

  /**
   * The full install script of {@code r}'s version as its tag holds it or its make builds it.
   *
   * @param path where the tag has it, or where its make writes it, relative to the project
   */
  public record Found(String path, byte[] bytes) {}

  /**
   * The full install script {@code r}'s tag holds or builds, in a scratch folder of its own; empty
   * when the tag has neither (or is not of this extension: no control file).
   */
  public static Optional<Found> find(
      GitRepo repo, Release r, String extension, Supplier<Installation> pgxs, List<String> notes) {
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory("extupgrade-tag-");
      return find(repo, r, extension, pgxs, scratch, notes);
    } catch (IOException e) {
      throw new UserError(
          "cannot read the release " + r.tag().name() + ": " + UserError.describe(e));
    } finally {
      if (scratch != null) {
        try {
          Scratch.delete(scratch);
        } catch (IOException e) {
          notes.add("could not remove " + scratch + ": " + UserError.describe(e));
        }
      }
    }
  }

  private static Optional<Found> find(
      GitRepo repo,
      Release r,
      String extension,
      Supplier<Installation> pgxs,
      Path scratch,
      List<String> notes)
      throws IOException {
    Scratch.delete(scratch.resolve("tag"));
    if (locate(repo, r, extension + ".control").isEmpty()) return Optional.empty();
    String name = extension + "--" + r.version() + ".sql";
    Optional<String> path = locate(repo, r, name);
    if (path.isPresent()) {
      return Optional.of(new Found(path.get(), repo.read(r.tag(), path.get()).orElseThrow()));
    }
    Optional<Path> built = cached(repo, r, name, pgxs, scratch, notes);
    if (built.isEmpty()) return Optional.empty();
    String rel = scratch.resolve("tag").relativize(built.get()).toString();
    return Optional.of(new Found(rel, Files.readAllBytes(built.get())));
  }

  /** Where the tag has {@code name}: the first of the folders the loader reads that holds it. */
  private static Optional<String> locate(GitRepo repo, Release r, String name) {
    for (String folder : ScriptPlaces.usualFolders()) {
      if (repo.id(r.tag(), folder + name).isPresent()) return Optional.of(folder + name);
    }
    return Optional.empty();
  }

  /**
   * {@link #build}, kept in the cache by commit and PostgreSQL major (a makefile may build other
   * SQL for another major): a tag's build is made once.
   */
  private static Optional<Path> cached(
      GitRepo repo,
      Release r,
      String name,
      Supplier<Installation> pgxs,
      Path scratch,
      List<String> notes)
      throws IOException {
    Installation inst = pgxs.get();
    Path dir = Caches.root().resolve("tags").resolve(r.tag().commit()).resolve("pg" + inst.major());
    for (String p : List.of(name, "sql/" + name)) {
      if (Files.isRegularFile(dir.resolve(p))) {
        Path copy = scratch.resolve("tag").resolve(p);
        Files.createDirectories(copy.getParent());
        Files.copy(dir.resolve(p), copy);
        return Optional.of(copy);
      }
    }
    Optional<Path> built = build(repo, r.tag(), name, inst, scratch, notes);
    if (built.isPresent()) {
      Path target = dir.resolve(scratch.resolve("tag").relativize(built.get()).toString());
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), ".part-", ".sql");
      Files.copy(built.get(), tmp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    return built;
  }

  /** Builds {@code name} in a copy of the tag's tree with the project's make, if it can. */
  private static Optional<Path> build(
      GitRepo repo, Tag tag, String name, Installation inst, Path scratch, List<String> notes)
      throws IOException {
    Path tree = scratch.resolve("tag");
    repo.export(tag, tree);
    if (Make.makefile(tree).isEmpty()) return Optional.empty();
    Path pgConfig = PgConfig.forInstallation(inst, scratch.resolve("bin"));
    try {
      Make.build(tree, pgConfig, List.of(name, "sql/" + name), Sources.TIMEOUT, scratch);
    } catch (IOException | RuntimeException e) {
      notes.add("tag " + tag.name() + ": make of " + name + " failed: " + e.getMessage());
      return Optional.empty();
    }
    for (String p : List.of(name, "sql/" + name)) {
      if (Files.isRegularFile(tree.resolve(p))) return Optional.of(tree.resolve(p));
    }
    return Optional.empty();
  }
}
