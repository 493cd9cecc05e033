package org.extupgrade.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extupgrade.cluster.Installation;
import org.extupgrade.git.GitRepo;
import org.extupgrade.git.Releases;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.layout.Script;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/**
 * An extension's files ready to check: loaded from its source tree, with the scripts its build
 * makes built first when needed. The built scripts live in a scratch folder until {@link #close}.
 *
 * <p>A build runs when a command is named, or when the project has a makefile and either declares
 * {@code DATA_built} or lacks the full install script of its default_version. It runs in a copy of
 * the source tree (the user's checkout is never written), against the PGXS of the installation
 * {@code pgxs} supplies, and is bounded by {@link #TIMEOUT}. {@link Extension#notes()} says which
 * scripts came from it.
 */
public final class Sources implements AutoCloseable {
  static final Duration TIMEOUT = Duration.ofMinutes(2);
  private static final String TAGS = "tags";

  private final Extension extension;
  private final @Nullable Path scratch;
  private final Path dir;

  /** A file under the tags folder, as written in a message: its tag's folder is group 1. */
  private final @Nullable Pattern tagFolder;

  private Sources(Extension extension, @Nullable Path scratch, Path dir) {
    this.extension = extension;
    this.scratch = scratch;
    this.dir = dir;
    this.tagFolder =
        scratch == null
            ? null
            : Pattern.compile(Pattern.quote(scratch.resolve(TAGS) + "/") + "([^/]+)/");
  }

  /**
   * Where a report shows {@code file}: a built script (in the scratch folder, deleted when this
   * closes) as the file the build makes in the project, named as the project's make would name it;
   * any other file as it is.
   */
  public Path shown(Path file) {
    if (scratch == null) return file;
    Path out = scratch.resolve("out");
    if (file.startsWith(out)) return dir.resolve(out.relativize(file));
    Path tags = scratch.resolve(TAGS);
    return file.startsWith(tags) ? Path.of(atTag(tags, file)) : file;
  }

  /** Whether {@code file} was read from a release tag (not shipped by the tree or its build). */
  public boolean fromTag(Path file) {
    return scratch != null && file.startsWith(scratch.resolve(TAGS));
  }

  /** {@code tag:path} for a file {@link TagBaselines} wrote under {@code tags}. */
  private static String atTag(Path tags, Path file) {
    Path rel = tags.relativize(file);
    return TagBaselines.tag(rel.getName(0).toString()) + ":" + rel.subpath(1, rel.getNameCount());
  }

  /** {@code text} with the built scripts' folder written as the project's. */
  public String shown(String text) {
    if (scratch == null || tagFolder == null) return text;
    String built = text.replace(scratch.resolve("out").toString(), dir.toString());
    return tagFolder
        .matcher(built)
        .replaceAll(m -> Matcher.quoteReplacement(TagBaselines.tag(m.group(1)) + ":"));
  }

  /**
   * Loads the extension in {@code dir}, building its scripts first when needed.
   *
   * @param buildCommand a shell command that makes the scripts (run with {@code sh -c} in the copy,
   *     {@code PG_CONFIG} set and a {@code pg_config} first on PATH), or null for the project's own
   *     make targets
   * @param pgxs the installation whose PGXS a build uses; called only when something is built
   */
  public static Sources load(
      Path dir,
      @Nullable String extensionName,
      List<Path> extraScriptDirs,
      @Nullable String buildCommand,
      Supplier<Installation> pgxs) {
    return load(dir, extensionName, extraScriptDirs, buildCommand, true, null, pgxs);
  }

  /**
   * {@link #load}, reading the full install scripts of released versions from their release tags
   * when the tree has none (see {@link TagBaselines}).
   *
   * @param git whether to read release tags at all
   * @param tagPattern how release tags are named, or null for {@link Releases#DEFAULT_PATTERNS}
   */
  public static Sources load(
      Path dir,
      @Nullable String extensionName,
      List<Path> extraScriptDirs,
      @Nullable String buildCommand,
      boolean git,
      @Nullable String tagPattern,
      Supplier<Installation> pgxs) {
    Extension ext = ExtensionLoader.load(dir, extensionName, extraScriptDirs);
    Optional<Path> makefile = Make.makefile(dir);
    String dv = ext.defaultVersion();
    boolean installMissing = dv != null && ext.installScript(dv).isEmpty();
    boolean build =
        buildCommand != null
            || (makefile.isPresent() && (installMissing || Make.declaresBuiltData(makefile.get())));
    List<String> missing = git ? TagBaselines.missing(ext) : List.of();
    if (!build && missing.isEmpty()) {
      return new Sources(ext, null, dir);
    }
    Path scratch;
    try {
      scratch = Files.createTempDirectory("extupgrade-build-");
    } catch (IOException e) {
      throw new UserError("cannot create a scratch folder for the build: " + UserError.describe(e));
    }
    try {
      Built b =
          build
              ? build(dir, ext, extraScriptDirs, buildCommand, pgxs, scratch)
              : new Built(ext, List.of(), List.of());
      Extension out = git ? fromTags(dir, b, extraScriptDirs, tagPattern, pgxs, scratch) : b.ext();
      return new Sources(out, scratch, dir);
    } catch (IOException e) {
      deleteQuietly(scratch);
      throw new UserError("building the scripts failed: " + UserError.describe(e));
    } catch (RuntimeException e) {
      deleteQuietly(scratch);
      throw e;
    }
  }

  /** What a build made: the extension as loaded with them, the folders, its note. */
  private record Built(Extension ext, List<Path> dirs, List<String> notes) {}

  private static Extension fromTags(
      Path dir,
      Built b,
      List<Path> extraScriptDirs,
      @Nullable String tagPattern,
      Supplier<Installation> pgxs,
      Path scratch)
      throws IOException {
    List<String> missing = TagBaselines.missing(b.ext());
    if (missing.isEmpty()) return b.ext();
    Optional<GitRepo> opened = GitRepo.open(dir);
    if (opened.isEmpty()) return b.ext();
    try (GitRepo repo = opened.get()) {
      Releases releases = Releases.of(repo.tags(), tagPattern);
      if (releases.isEmpty()) return b.ext();
      Path tags = scratch.resolve(TAGS);
      List<String> notes = new ArrayList<>();
      List<Path> made =
          TagBaselines.write(repo, releases, b.ext(), missing, tags, pgxs, scratch, notes);
      if (made.isEmpty()) return b.ext().withNotes(notes);
      Set<Path> tagDirs = new LinkedHashSet<>();
      List<String> shown = new ArrayList<>();
      for (Path m : made) {
        tagDirs.add(m.getParent());
        shown.add(atTag(tags, m));
      }
      List<Path> extra = new ArrayList<>(extraScriptDirs);
      extra.addAll(tagDirs);
      notes.add(0, "full install scripts read from release tags: " + String.join(", ", shown));
      List<String> all = new ArrayList<>(b.notes());
      all.addAll(notes);
      return ExtensionLoader.load(dir, b.ext().name(), b.dirs(), extra).withNotes(all);
    }
  }

  private static Built build(
      Path dir,
      Extension ext,
      List<Path> extraScriptDirs,
      @Nullable String buildCommand,
      Supplier<Installation> pgxs,
      Path scratch)
      throws IOException {
    Path tree = scratch.resolve("src");
    Path out = scratch.resolve("out");
    String how;
    List<Path> changed;
    try {
      Scratch.copy(dir, tree);
      Installation inst = pgxs.get();
      Path pgConfig = PgConfig.forInstallation(inst, scratch.resolve("bin"));
      if (buildCommand != null) {
        String path =
            pgConfig.getParent() + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        Command.run(
            List.of("sh", "-c", buildCommand),
            tree,
            Map.of("PG_CONFIG", pgConfig.toString(), "PATH", path),
            TIMEOUT);
        how = "`" + buildCommand + "`";
      } else {
        String name = ext.name() + "--" + ext.defaultVersion() + ".sql";
        List<String> wanted =
            ext.defaultVersion() != null && ext.installScript(ext.defaultVersion()).isEmpty()
                ? List.of(name, "sql/" + name)
                : List.of();
        if (!Make.build(tree, pgConfig, wanted, TIMEOUT, scratch)) {
          return new Built(ext, List.of(), List.of());
        }
        how = "`make` against the PGXS of PostgreSQL " + inst.version();
      }
      changed = Scratch.changedSql(dir, tree);
      for (Path rel : changed) {
        Path target = out.resolve(rel.toString());
        Files.createDirectories(target.getParent());
        Files.copy(tree.resolve(rel.toString()), target);
      }
    } finally {
      Scratch.delete(tree);
    }
    Set<Path> builtDirs = new LinkedHashSet<>();
    for (Path rel : changed) {
      builtDirs.add(out.resolve(rel.toString()).getParent());
    }
    Extension loaded =
        ExtensionLoader.load(dir, ext.name(), List.copyOf(builtDirs), extraScriptDirs);
    List<String> made = new ArrayList<>();
    List<Script> scripts = new ArrayList<>(loaded.installScripts());
    scripts.addAll(loaded.updateScripts());
    for (Script s : scripts) {
      if (s.file().startsWith(out)) {
        made.add(out.relativize(s.file()).toString());
      }
    }
    made.sort(null);
    String note =
        made.isEmpty()
            ? "built with " + how + ": no script of " + ext.name() + " came from it"
            : "scripts built with " + how + ": " + String.join(", ", made);
    return new Built(loaded.withNotes(List.of(note)), List.copyOf(builtDirs), List.of(note));
  }

  public Extension extension() {
    return extension;
  }

  /** Removes the built scripts. */
  @Override
  public void close() {
    if (scratch != null) {
      try {
        Scratch.delete(scratch);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove the build folder " + scratch, e);
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      Scratch.delete(dir);
    } catch (IOException e) {
      // the original failure matters more
    }
  }
}
