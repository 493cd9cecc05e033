package org.extupgrade.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/**
 * The folders an extension's scripts may live in, in order of preference (the first of identical
 * copies is kept): folders of scripts a build made, beside the control file, the control file's
 * {@code directory} when it is a folder of the source tree, {@code sql/}, {@code sql/archive/}, the
 * usual folders of upgrade scripts ({@link #UPGRADE_FOLDERS}, beside the control file and under
 * {@code sql/}), pgrx's generated {@code target/release/EXT-pgNN/.../extension/} (highest NN), then
 * each {@code --scripts} folder.
 */
public final class ScriptPlaces {
  private static final Pattern PGRX = Pattern.compile("(.+)-pg(\\d+)");

  /** Where projects keep upgrade scripts apart from full install scripts. */
  static final List<String> UPGRADE_FOLDERS =
      List.of("updates", "update", "upgrades", "upgrade", "migrations");

  private ScriptPlaces() {}

  /**
   * The folders of the source tree {@link #of} reads, relative to the control file's folder and in
   * its order, each ending in {@code /} (the folder itself is {@code ""}): where a script is looked
   * for in a release tag's tree.
   */
  public static List<String> usualFolders() {
    List<String> out = new java.util.ArrayList<>(List.of("", "sql/", "sql/archive/"));
    for (String f : UPGRADE_FOLDERS) {
      out.add(f + "/");
      out.add("sql/" + f + "/");
    }
    return List.copyOf(out);
  }

  /**
   * The folders to read, in order; {@code notes} receives what a user should know about the choice.
   *
   * @param builtDirs folders of scripts a build made (they come first)
   */
  static List<Path> of(
      ControlFile control, List<Path> builtDirs, List<Path> extraDirs, List<String> notes) {
    Path parent = control.file().getParent();
    Path home = parent == null ? Path.of(".") : parent;
    Map<Path, Path> places = new LinkedHashMap<>(); // real path -> path as shown
    builtDirs.forEach(d -> add(places, d));
    add(places, home);
    String directory = control.directory();
    if (directory != null) {
      Path d = home.resolve(directory).normalize();
      if (Files.isDirectory(d)) {
        add(places, d);
      } else {
        // PostgreSQL resolves a relative directory under SHAREDIR: an install location, which a
        // source tree need not mirror.
        notes.add(
            control.where("directory")
                + ": directory = '"
                + directory
                + "' is an install location, not a folder here; scripts are read from the source"
                + " tree");
      }
    }
    Path sql = home.resolve("sql");
    add(places, sql);
    add(places, sql.resolve("archive"));
    for (String f : UPGRADE_FOLDERS) {
      add(places, home.resolve(f));
      add(places, sql.resolve(f));
    }
    Path pgrx = pgrxExtensionDir(home, control.name());
    if (pgrx != null) {
      add(places, pgrx);
    }
    for (Path extra : extraDirs) {
      if (!Files.isDirectory(extra)) {
        throw new UserError(Location.of(extra), "--scripts folder does not exist");
      }
      add(places, extra);
    }
    return List.copyOf(places.values());
  }

  private static void add(Map<Path, Path> places, Path dir) {
    if (Files.isDirectory(dir)) {
      try {
        places.putIfAbsent(dir.toRealPath(), dir);
      } catch (IOException e) {
        throw new UserError(Location.of(dir), "cannot read folder: " + UserError.describe(e));
      }
    }
  }

  /** pgrx's package output for the highest PostgreSQL major present, or null. */
  static @Nullable Path pgrxExtensionDir(Path home, String extension) {
    Path release = home.resolve("target").resolve("release");
    if (!Files.isDirectory(release)) {
      return null;
    }
    Path best = null;
    int bestMajor = -1;
    for (Path p : list(release)) {
      Matcher m = PGRX.matcher(p.getFileName().toString());
      if (m.matches() && m.group(1).equals(extension) && Files.isDirectory(p)) {
        int major = Integer.parseInt(m.group(2));
        if (major > bestMajor) {
          bestMajor = major;
          best = p;
        }
      }
    }
    if (best == null) {
      return null;
    }
    Path usual = best.resolve("usr/share/postgresql/" + bestMajor + "/extension");
    if (Files.isDirectory(usual)) {
      return usual;
    }
    try (Stream<Path> s = Files.walk(best, 8)) {
      return s.filter(Files::isDirectory)
          .filter(p -> p.getFileName().toString().equals("extension"))
          .min(Comparator.comparing(Path::toString))
          .orElse(null);
    } catch (IOException e) {
      throw new UserError(Location.of(best), "cannot read folder: " + UserError.describe(e));
    }
  }

  /** The folder's entries in strcmp order of their names. */
  static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> out = new ArrayList<>(s.toList());
      out.sort(
          (a, b) -> VersionGraph.strcmp(a.getFileName().toString(), b.getFileName().toString()));
      return out;
    } catch (IOException e) {
      throw new UserError(Location.of(dir), "cannot read folder: " + UserError.describe(e));
    }
  }
}
