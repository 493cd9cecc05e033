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
 * copies is kept): beside the control file, the control file's {@code directory}, {@code sql/},
 * {@code sql/archive/}, pgrx's generated {@code target/release/EXT-pgNN/.../extension/} (highest
 * NN), then each {@code --scripts} folder.
 */
final class ScriptPlaces {
  private static final Pattern PGRX = Pattern.compile("(.+)-pg(\\d+)");

  private ScriptPlaces() {}

  static List<Path> of(ControlFile control, List<Path> extraDirs) {
    Path parent = control.file().getParent();
    Path home = parent == null ? Path.of(".") : parent;
    Map<Path, Path> places = new LinkedHashMap<>(); // real path -> path as shown
    add(places, home);
    String directory = control.directory();
    if (directory != null) {
      Path d = home.resolve(directory).normalize();
      if (!Files.isDirectory(d)) {
        throw new UserError(
            control.where("directory"),
            "the control file's directory \""
                + directory
                + "\" does not exist (looked for "
                + d
                + ")");
      }
      add(places, d);
    }
    add(places, home.resolve("sql"));
    add(places, home.resolve("sql").resolve("archive"));
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
