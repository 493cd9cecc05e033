package org.extupgrade.release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.extupgrade.check.Check;
import org.extupgrade.git.GitRepo;
import org.extupgrade.git.Releases;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.VersionOrder;
import org.extupgrade.lint.Lint;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Severity;
import org.extupgrade.policy.Apply;
import org.extupgrade.policy.Policy;
import org.jspecify.annotations.Nullable;

/**
 * The checklist of cutting a release, each item pass, fail or skip with its reason: default_version
 * bumped, full install script and baseline there, a path from every supported release with check
 * clean on each (and verify with {@code --live}), released scripts unchanged, the changelog
 * mentioning the version, the documented path matrix current.
 *
 * @param ext the extension as its sources give it
 * @param dir the project's folder
 * @param text reads a script (shared with the check)
 * @param matrix what {@code paths --format markdown} prints now (its table must be in the document)
 * @param live runs verify and returns its item, or null without {@code --live}
 * @param fromTag whether a script was read from a release tag (so the release does not ship it)
 */
public record ReleaseCheck(
    Extension ext,
    Path dir,
    Policy policy,
    Function<Script, String> text,
    String matrix,
    @Nullable Supplier<Item> live,
    Predicate<Path> fromTag) {

  /** The changelog names looked for when the policy names none, in this order. */
  static final List<String> CHANGELOGS =
      List.of(
          "CHANGELOG.md",
          "CHANGELOG",
          "CHANGES.md",
          "CHANGES",
          "Changes",
          "ChangeLog",
          "NEWS.md",
          "NEWS",
          "HISTORY.md",
          "HISTORY",
          "RELEASE_NOTES.md",
          "docs/CHANGELOG.md");

  public enum Status {
    PASS,
    FAIL,
    SKIP
  }

  /** One item of the checklist. */
  public record Item(String id, Status status, String reason) {
    static Item pass(String id, String reason) {
      return new Item(id, Status.PASS, reason);
    }

    static Item fail(String id, String reason) {
      return new Item(id, Status.FAIL, reason);
    }
  }

  /** Runs every item for {@code version}. */
  public List<Item> run(String version) {
    List<Releases.Release> releases = releases();
    List<Item> out = new ArrayList<>();
    out.add(defaultVersion(version, releases));
    out.add(fullScript(version));
    out.add(paths(version, releases));
    out.add(checked(version));
    if (live != null) out.add(live.get());
    out.add(frozen());
    out.add(changelog(version));
    out.add(documentedMatrix());
    return out;
  }

  /** The extension versions released by tags, oldest first (see {@link ReleasedVersions}). */
  private List<Releases.Release> releases() {
    Optional<GitRepo> repo = policy.release().git() ? GitRepo.open(dir) : Optional.empty();
    if (repo.isEmpty()) return List.of();
    try (GitRepo r = repo.get()) {
      Releases tags = Releases.of(r.tags(), policy.release().tag());
      String control =
          dir.toAbsolutePath()
              .normalize()
              .relativize(ext.control().file().toAbsolutePath().normalize())
              .toString()
              .replace('\\', '/');
      return ReleasedVersions.of(r, tags, control);
    }
  }

  private Item defaultVersion(String version, List<Releases.Release> all) {
    String dv = ext.defaultVersion();
    if (!version.equals(dv)) {
      return Item.fail(
          "default-version",
          "default_version is " + (dv == null ? "not set" : dv) + ", not " + version);
    }
    if (!all.isEmpty()) {
      Releases.Release last = all.get(all.size() - 1);
      if (!last.version().equals(version)
          && VersionOrder.INSTANCE.compare(version, last.version()) <= 0) {
        return Item.fail(
            "default-version",
            version
                + " is not newer than "
                + last.version()
                + ", the last extension version released (tag "
                + last.tag().name()
                + ")");
      }
      for (Releases.Release r : all) {
        if (r.version().equals(version)) {
          return Item.pass(
              "default-version",
              "default_version is " + version + ", first released by tag " + r.tag().name());
        }
      }
    }
    return Item.pass("default-version", "default_version is " + version);
  }

  private Item fullScript(String version) {
    Optional<Script> full = ext.installScript(version).filter(s -> !fromTag.test(s.file()));
    if (full.isEmpty()) {
      Optional<List<String>> path =
          ext.graph()
              .installPath(version)
              .filter(
                  p -> ext.installScript(p.get(0)).map(s -> !fromTag.test(s.file())).orElse(false));
      return path.isPresent()
          ? Item.pass(
              "full-script",
              "no full install script: CREATE EXTENSION installs "
                  + version
                  + " from "
                  + ext.name()
                  + "--"
                  + path.get().get(0)
                  + ".sql and the updates "
                  + String.join("--", path.get()))
          : Item.fail(
              "full-script",
              "no full install script of "
                  + version
                  + " and no install path to it (build it, or --scripts)");
    }
    Path folder = dir.resolve(policy.release().archive());
    Optional<Path> baseline = new Archive(ext, folder).baseline(version);
    if (baseline.isPresent()) {
      return Item.pass("full-script", "full install script and baseline " + baseline.get());
    }
    if (Files.isDirectory(folder)) {
      return Item.fail(
          "full-script",
          "no baseline of " + version + " in " + folder + ": run extupgrade archive " + version);
    }
    return Item.pass(
        "full-script",
        full.get().file() + " (no archive folder " + policy.release().archive() + " is kept)");
  }

  /** Every release at or after the oldest supported one has an update path to {@code version}. */
  private Item paths(String version, List<Releases.Release> releases) {
    @Nullable String oldest = policy.oldest();
    List<String> stuck = new ArrayList<>();
    int n = 0;
    for (Releases.Release r : releases) {
      String v = r.version();
      if (v.equals(version)) continue;
      if (oldest != null && VersionOrder.INSTANCE.compare(v, oldest) < 0) continue;
      if (VersionOrder.INSTANCE.compare(v, version) > 0) continue; // a later release line
      n++;
      if (ext.graph().updatePath(v, version).isEmpty()) stuck.add(v);
    }
    if (releases.isEmpty()) {
      return Item.pass(
          "paths", "no release tags: the check below covers every installable version");
    }
    if (!stuck.isEmpty()) {
      return Item.fail(
          "paths",
          "no update path to " + version + " from the released " + String.join(", ", stuck));
    }
    if (n == 0) return Item.pass("paths", "no earlier release to update from");
    return Item.pass(
        "paths",
        "an update path to "
            + version
            + " from "
            + (n == 1 ? "the 1 release" : "each of " + count(n, "release")));
  }

  private Item checked(String version) {
    if (!ext.graph().versions().contains(version)) {
      return Item.fail("check", "no script of " + ext.name() + " has version " + version);
    }
    Check.Result r = Check.run(ext, text, null, version, policy.oldest());
    List<Finding> all = new ArrayList<>(r.findings());
    all.addAll(Lint.run(ext, text));
    List<Finding> errors =
        Apply.to(policy, all).stream().filter(f -> f.severity() == Severity.ERROR).toList();
    if (errors.isEmpty()) {
      return Item.pass("check", count(r.pairs().size(), "upgrade") + " checked, no errors");
    }
    return Item.fail(
        "check",
        count(errors.size(), "error")
            + " on "
            + count(r.pairs().size(), "upgrade")
            + ", the first: "
            + errors.get(0).kind().id()
            + ": "
            + errors.get(0).message()
            + " (extupgrade check shows them all)");
  }

  private Item frozen() {
    List<Finding> found = Apply.to(policy, Frozen.check(ext, dir, policy, text));
    List<Finding> changed =
        found.stream()
            .filter(f -> f.kind() == FindingKind.RELEASED_SCRIPT_CHANGED)
            .filter(f -> f.severity() == Severity.ERROR)
            .toList();
    if (!changed.isEmpty()) {
      return Item.fail(
          "released-scripts",
          count(changed.size(), "released update script")
              + " changed, the first: "
              + changed.get(0).message());
    }
    long baselines = found.size();
    return Item.pass(
        "released-scripts",
        "no released update script changed"
            + (baselines == 0
                ? ""
                : " (" + count(baselines, "released baseline") + " did: see check)"));
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private Item changelog(String version) {
    Optional<Path> file = Changelog.find(dir, policy.release().changelog());
    if (file.isEmpty()) {
      return Item.fail(
          "changelog",
          "no changelog (looked for "
              + (policy.release().changelog() != null
                  ? policy.release().changelog()
                  : String.join(", ", CHANGELOGS))
              + ")");
    }
    return Changelog.mentions(file.get(), version)
        ? Item.pass("changelog", file.get() + " mentions " + version)
        : Item.fail("changelog", file.get() + " does not mention " + version);
  }

  private Item documentedMatrix() {
    String doc = policy.release().matrix();
    if (doc == null) {
      return new Item(
          "path-matrix", Status.SKIP, "no document named by [release] matrix in extupgrade.toml");
    }
    Path file = dir.resolve(doc);
    if (!Files.isRegularFile(file)) return Item.fail("path-matrix", file + " does not exist");
    String table = String.join("\n", matrix.lines().filter(l -> l.startsWith("|")).toList());
    return Changelog.read(file).contains(table)
        ? Item.pass("path-matrix", file + " shows the current upgrade path matrix")
        : Item.fail(
            "path-matrix",
            file
                + " does not show the current matrix: paste the output of extupgrade paths"
                + " --format markdown");
  }
}
