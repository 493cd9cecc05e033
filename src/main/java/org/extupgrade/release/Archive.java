package org.extupgrade.release;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.extupgrade.build.TagBaselines;
import org.extupgrade.cluster.Installation;
import org.extupgrade.git.GitRepo;
import org.extupgrade.git.Releases;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.ScriptName;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;
import org.extupgrade.policy.Policy;
import org.jspecify.annotations.Nullable;

/**
 * The archive of full install scripts ({@code sql/archive/} by default): the baselines of released
 * versions, which {@code check} and {@code verify} install old versions from.
 */
public final class Archive {
  private final Extension ext;
  private final Path folder;

  /**
   * @param folder the archive folder
   */
  public Archive(Extension ext, Path folder) {
    this.ext = ext;
    this.folder = folder.toAbsolutePath().normalize();
  }

  /** What {@link #write} did. */
  public enum Outcome {
    WRITTEN,
    UNCHANGED
  }

  /** The archived baseline of {@code version}, {@code .sql} or {@code .sql.gz}, if there is one. */
  public Optional<Path> baseline(String version) {
    String name = ext.name() + "--" + version + ".sql";
    return Stream.of(name, name + ".gz")
        .map(folder::resolve)
        .filter(Files::isRegularFile)
        .findFirst();
  }

  /**
   * Archives the full install script of {@code version}: the one the tree, the build or the release
   * tag gives. An archived baseline that differs is replaced only with {@code force}.
   */
  public Outcome write(String version, boolean gzip, boolean force) {
    Script source =
        ext.installScript(version)
            .orElseThrow(
                () ->
                    new UserError(
                        "version "
                            + version
                            + " of "
                            + ext.name()
                            + " has no full install script to archive (build it, or pass --scripts"
                            + " with the folder that has it)"));
    byte[] bytes = ScriptText.bytes(source.file(), "cannot read script: ");
    Optional<Path> old = baseline(version);
    if (old.isPresent() && Arrays.equals(ScriptText.bytes(old.get(), "cannot read: "), bytes)) {
      return Outcome.UNCHANGED;
    }
    if (old.isPresent() && !force) {
      throw new UserError(
          Location.of(old.get()),
          "differs from the full install script of "
              + version
              + " ("
              + source.file()
              + "); an archived baseline shows what users of "
              + version
              + " installed: replace it only with --force");
    }
    String name = ext.name() + "--" + version + (gzip ? ".sql.gz" : ".sql");
    Path target = folder.resolve(name);
    try {
      Files.createDirectories(folder);
      if (old.isPresent()) Files.delete(old.get());
      try (OutputStream out = Files.newOutputStream(target);
          OutputStream o = gzip ? new GZIPOutputStream(out) : out) {
        o.write(bytes);
      }
    } catch (IOException e) {
      throw new UserError(Location.of(target), "cannot write: " + UserError.describe(e));
    }
    return Outcome.WRITTEN;
  }

  /**
   * The archived baselines that no longer match what made them: the release tag of their version
   * (the script it holds, or the one its make builds), or for the version being made, the full
   * install script outside the archive. What cannot be compared is said in {@code notes}.
   */
  public List<Finding> check(
      Path dir, Policy.Release release, Supplier<Installation> pgxs, List<String> notes) {
    @Nullable String tagPattern = release.tag();
    List<Path> archived = archived();
    if (archived.isEmpty()) {
      notes.add("no archived baselines in " + folder);
      return List.of();
    }
    Optional<GitRepo> repo = release.git() ? GitRepo.open(dir) : Optional.empty();
    try {
      Releases releases =
          repo.map(r -> Releases.of(r.tags(), tagPattern)).orElse(Releases.of(List.of(), null));
      List<Finding> out = new ArrayList<>();
      int compared = 0;
      for (Path file : archived) {
        Script s = ScriptName.parse(file, ext.name()).orElseThrow();
        String now = TextDiff.text(ScriptText.bytes(file, "cannot read: "), false);
        Optional<Reference> ref = reference(s.to(), repo, releases, pgxs, notes);
        if (ref.isEmpty()) continue;
        compared++;
        String then = ref.get().text();
        if (now.equals(then) || TextDiff.sameTokens(file, now, then)) continue;
        TextDiff d = TextDiff.of(ref.get().name(), then, dir.relativize(file).toString(), now);
        out.add(
            Finding.of(FindingKind.BASELINE_DIFFERS)
                .object(s.canonicalName())
                .message(
                    "the archived baseline of "
                        + s.to()
                        + " differs from "
                        + ref.get().name()
                        + " ("
                        + d.where()
                        + ")")
                .at(new Location(file, d.first(), 1))
                .detail(d.diff())
                .fix(ref.get().fix())
                .build());
      }
      notes.add(
          0,
          compared
              + " of "
              + archived.size()
              + " archived baselines compared with their release tag or the full install script");
      return out;
    } finally {
      repo.ifPresent(GitRepo::close);
    }
  }

  /** What a baseline is compared with: its text, a name for it, how to restore from it. */
  private record Reference(String text, String name, String fix) {}

  private Optional<Reference> reference(
      String version,
      Optional<GitRepo> repo,
      Releases releases,
      Supplier<Installation> pgxs,
      List<String> notes) {
    Optional<Releases.Release> r = releases.of(version);
    if (r.isPresent() && repo.isPresent()) {
      Optional<TagBaselines.Found> f =
          TagBaselines.find(repo.get(), r.get(), ext.name(), pgxs, notes);
      if (f.isPresent()) {
        String name = r.get().tag().name() + ":" + f.get().path();
        return Optional.of(
            new Reference(
                TextDiff.text(f.get().bytes(), f.get().path().endsWith(".gz")),
                name,
                "restore the released text: git show " + name + " > the archived file"));
      }
    }
    Optional<Script> current = ext.installScript(version);
    if (current.isPresent()
        && !current.get().file().toAbsolutePath().normalize().startsWith(folder)) {
      return Optional.of(
          new Reference(
              TextDiff.text(ScriptText.bytes(current.get().file(), "cannot read: "), false),
              current.get().file().toString(),
              "archive it again: extupgrade archive " + version + " --force"));
    }
    notes.add(
        version
            + ": neither a release tag nor a full install script outside the archive to compare"
            + " its baseline with");
    return Optional.empty();
  }

  private List<Path> archived() {
    if (!Files.isDirectory(folder)) return List.of();
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> ScriptName.parse(f, ext.name()).map(Script::isInstall).orElse(false))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UserError(Location.of(folder), "cannot list: " + UserError.describe(e));
    }
  }
}
