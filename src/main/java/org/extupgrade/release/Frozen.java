package org.extupgrade.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.extupgrade.git.GitRepo;
import org.extupgrade.git.Releases;
import org.extupgrade.git.Releases.Release;
import org.extupgrade.git.Tag;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.ScriptPlaces;
import org.extupgrade.layout.VersionOrder;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.policy.Policy;
import org.jspecify.annotations.Nullable;

/**
 * Released scripts are frozen: a script that the release tag of its version holds (an update script
 * {@code ext--1.0--1.1.sql} by the tag of 1.1, a full install script or archived baseline {@code
 * ext--1.1.sql} by the tag of 1.1) must keep that text, since users who installed or updated with
 * the release ran it. A change to comments or white space only is not reported.
 */
public final class Frozen {
  private final GitRepo repo;
  private final Releases releases;
  private final Path dir;

  /**
   * Where else a moved script may be at its tag: the folders the loader reads. Looked up by path,
   * never by walking the tag's whole tree (pg_trickle: 72 tags of 3,000 files).
   */
  private static final List<String> FOLDERS = ScriptPlaces.usualFolders();

  private Frozen(GitRepo repo, Releases releases, Path dir) {
    this.repo = repo;
    this.releases = releases;
    this.dir = dir.toAbsolutePath().normalize();
  }

  /**
   * The changed released scripts of {@code ext}; none when {@code dir} is in no git repository or
   * it has no release tags.
   *
   * @param text reads a script (shared with the check that runs beside)
   * @param policy how release tags are named; scripts into versions older than {@code oldest} (no
   *     longer supported) are left out
   */
  public static List<Finding> check(
      Extension ext, Path dir, Policy policy, Function<Script, String> text) {
    return open(dir, policy).findings(ext, policy, text);
  }

  /**
   * The repository and its release tags, read before the extension is (they need only the folder),
   * so that a caller can read them beside the loading. {@link #findings} closes the repository.
   */
  public static Opened open(Path dir, Policy policy) {
    if (!policy.release().git()) return new Opened(dir, null, null);
    Optional<GitRepo> opened = GitRepo.open(dir);
    if (opened.isEmpty()) return new Opened(dir, null, null);
    GitRepo repo = opened.get();
    try {
      Releases releases = Releases.of(repo.tags(), policy.release().tag());
      if (!releases.isEmpty()) return new Opened(dir, repo, releases);
    } catch (RuntimeException e) {
      repo.close();
      throw e;
    }
    repo.close();
    return new Opened(dir, null, null);
  }

  /** What {@link #open} read: nothing outside a repository or without release tags. */
  public record Opened(Path dir, @Nullable GitRepo repo, @Nullable Releases releases)
      implements AutoCloseable {
    @Override
    public void close() {
      if (repo != null) repo.close();
    }

    /** The changed released scripts of {@code ext}; closes the repository. */
    public List<Finding> findings(Extension ext, Policy policy, Function<Script, String> text) {
      if (repo == null || releases == null) return List.of();
      try (GitRepo r = repo) {
        return new Frozen(r, releases, dir).check(ext, policy.oldest(), text);
      }
    }
  }

  private List<Finding> check(
      Extension ext, @Nullable String oldest, Function<Script, String> text) {
    List<Script> scripts = new ArrayList<>(ext.updateScripts());
    scripts.addAll(ext.installScripts());
    List<Changed> changed = new ArrayList<>();
    for (Script s : scripts) {
      Path file = s.file().toAbsolutePath().normalize();
      Optional<Release> r = releases.of(s.to());
      if (!file.startsWith(dir) || r.isEmpty()) continue;
      if (oldest != null && VersionOrder.INSTANCE.compare(s.to(), oldest) < 0) continue;
      String rel = dir.relativize(file).toString().replace('\\', '/');
      if (unchanged(r.get().tag(), rel, file)) continue;
      Optional<Released> old = released(r.get().tag(), rel, file.getFileName().toString());
      if (old.isEmpty()) continue;
      String now = text.apply(s);
      String then = TextDiff.text(old.get().bytes(), s.compressed());
      now = now.replace("\r\n", "\n");
      if (now.equals(then) || TextDiff.sameTokens(file, now, then)) continue;
      String released = r.get().tag().name() + ":" + old.get().path();
      changed.add(new Changed(s, rel, r.get(), TextDiff.of(released, then, rel, now)));
    }
    Map<String, Tag> since = new HashMap<>();
    for (Changed c : changed) since.put(c.rel(), c.release().tag());
    Map<String, List<String>> commits = repo.changes(since);
    // one commit that edited many released scripts (a sweep) is one root cause: one finding
    Map<String, List<Changed>> byCommit = new LinkedHashMap<>();
    for (Changed c : changed) {
      List<String> cs = commits.getOrDefault(c.rel(), List.of());
      String key = c.script().isInstall() + " " + (cs.isEmpty() ? "" : cs.get(0));
      byCommit.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    List<Finding> out = new ArrayList<>();
    for (List<Changed> group : byCommit.values()) {
      List<String> cs = commits.getOrDefault(group.get(0).rel(), List.of());
      Finding first = finding(group.get(0), cs);
      out.add(group.size() == 1 ? first : sweep(group, first, cs));
    }
    return out;
  }

  /** Many released scripts changed by one commit: one finding at the first, listing them all. */
  private static Finding sweep(List<Changed> group, Finding first, List<String> commits) {
    List<String> each = new ArrayList<>();
    for (Changed c : group) {
      each.add(c.rel() + " (" + c.release().tag().name() + ", " + c.diff().where() + ")");
    }
    boolean install = group.get(0).script().isInstall();
    String what = install ? "released full install scripts" : "released update scripts";
    String shown =
        String.join(", ", each.subList(0, Math.min(each.size(), 10)))
            + (each.size() > 10 ? " and " + (each.size() - 10) + " more" : "");
    return first
        .withMessage(
            group.size()
                + " "
                + what
                + " have changed since their release tags, "
                + (commits.isEmpty() ? "none of it committed yet" : "last by " + commits.get(0))
                + ": "
                + shown)
        .withDetail(String.join("\n", each) + "\n\n" + first.detail());
  }

  /** A released script whose text differs now, and how (computed once). */
  private record Changed(Script script, String rel, Release release, TextDiff diff) {}

  /** Whether the file is byte for byte what the tag has at its path (by blob id, nothing read). */
  private boolean unchanged(Tag tag, String rel, Path file) {
    Optional<String> id = repo.id(tag, rel);
    if (id.isEmpty()) return false;
    try {
      return id.get().equals(GitRepo.blobId(Files.readAllBytes(file)));
    } catch (IOException e) {
      return false; // read again, with the error a user sees, by the comparison
    }
  }

  /** The released file: at the same path, else the same name in a usual folder of scripts. */
  private Optional<Released> released(Tag tag, String rel, String name) {
    Optional<byte[]> same = repo.read(tag, rel);
    if (same.isPresent()) return Optional.of(new Released(rel, same.get()));
    for (String folder : FOLDERS) {
      String p = folder + name;
      if (p.equals(rel)) continue;
      Optional<byte[]> b = repo.read(tag, p);
      if (b.isPresent()) return Optional.of(new Released(p, b.get()));
    }
    return Optional.empty();
  }

  private record Released(String path, byte[] bytes) {}

  /** Which commits changed the file since the tag, for the message. */
  private static String by(List<String> commits) {
    if (commits.isEmpty()) return "not committed yet";
    String last = commits.get(0);
    return commits.size() == 1
        ? "changed by " + last
        : "changed by " + commits.size() + " commits, the last " + last;
  }

  private static Finding finding(Changed c, List<String> commits) {
    Script s = c.script();
    String rel = c.rel();
    Release r = c.release();
    TextDiff d = c.diff();
    String what = s.isInstall() ? "full install script" : "update script";
    Finding.Builder f =
        Finding.of(
                s.isInstall()
                    ? FindingKind.RELEASED_BASELINE_CHANGED
                    : FindingKind.RELEASED_SCRIPT_CHANGED)
            .object(s.canonicalName())
            .message(
                "the "
                    + what
                    + " "
                    + s.canonicalName()
                    + " has changed since tag "
                    + r.tag().name()
                    + " released it ("
                    + d.where()
                    + ", "
                    + by(commits)
                    + "): users of "
                    + r.version()
                    + (s.isInstall() ? " installed" : " ran")
                    + " the released text")
            .at(new Location(s.file(), d.first(), 1))
            .detail(d.diff())
            .fix(
                "restore the released text (git checkout "
                    + r.tag().name()
                    + " -- "
                    + rel
                    + ")"
                    + (s.isInstall()
                        ? "; if old versions must install against today's library (a removed C"
                            + " symbol), keep the edit and accept it with its reason in"
                            + " extupgrade.toml"
                        : " and put the change in the update script to the next version, where"
                            + " users of "
                            + r.version()
                            + " will run it"));
    if (!s.isInstall()) f.upgrade(s.from(), s.to());
    return f.build();
  }
}
