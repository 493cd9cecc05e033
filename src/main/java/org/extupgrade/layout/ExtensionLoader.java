package org.extupgrade.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/**
 * Finds one extension's control file and scripts in the layouts authors use (PGXS, {@code sql/},
 * archives, pgrx) and reads them by PostgreSQL's rules. Every problem is a {@link UserError}.
 */
public final class ExtensionLoader {
  private ExtensionLoader() {}

  /**
   * Loads the extension in {@code dir}.
   *
   * @param extensionName which extension when the folder holds several control files, else null
   * @param extraScriptDirs further folders with scripts ({@code --scripts})
   */
  public static Extension load(
      Path dir, @Nullable String extensionName, List<Path> extraScriptDirs) {
    return load(dir, extensionName, List.of(), extraScriptDirs);
  }

  /**
   * Loads the extension in {@code dir}, reading first the scripts a build made.
   *
   * @param builtDirs folders of built scripts: a built script wins over a different file of the
   *     same name in the source tree (a stale copy), which is then named in a note
   */
  public static Extension load(
      Path dir, @Nullable String extensionName, List<Path> builtDirs, List<Path> extraScriptDirs) {
    Path controlFile = findControlFile(dir, extensionName);
    String name = stem(controlFile);
    ScriptName.extensionNameProblem(name)
        .ifPresent(
            p -> {
              throw new UserError(
                  Location.of(controlFile), "invalid extension name \"" + name + "\": " + p);
            });
    ControlFile control = ControlFileParser.parsePrimary(controlFile, name);
    String defaultVersion = control.defaultVersion();
    if (CargoVersion.PLACEHOLDER.equals(defaultVersion)) {
      defaultVersion =
          CargoVersion.resolve(controlFile, control.keyLines().getOrDefault("default_version", 0));
    }
    Map<String, Script> scripts = new TreeMap<>(VersionGraph::strcmp);
    Map<String, Path> secondaries = new TreeMap<>(VersionGraph::strcmp);
    List<String> notes = new ArrayList<>();
    List<Path> places = ScriptPlaces.of(control, builtDirs, extraScriptDirs, notes);
    int built = (int) places.stream().filter(builtDirs::contains).count();
    for (int i = 0; i < places.size(); i++) {
      for (Path file : ScriptPlaces.list(places.get(i))) {
        Optional<Script> s = ScriptName.parse(file, name);
        if (s.isPresent()) {
          checkReadable(file);
          Script first = scripts.get(s.get().canonicalName());
          if (first != null
              && i >= built
              && builtDirs.stream().anyMatch(first.file()::startsWith)) {
            if (!Arrays.equals(ScriptText.bytes(first.file()), ScriptText.bytes(file))) {
              notes.add(file + ": differs from the one the build made, which is used");
            }
            continue;
          }
          keepFirst(scripts, s.get().canonicalName(), s.get(), s.get().file());
          continue;
        }
        Optional<String> v = ScriptName.secondaryControlVersion(file, name);
        if (v.isPresent()) {
          keepFirst(secondaries, name + "--" + v.get() + ".control", file, file);
        }
      }
    }
    Map<String, ControlFile> versionControls = new LinkedHashMap<>();
    for (Path f : secondaries.values()) {
      String v = ScriptName.secondaryControlVersion(f, name).orElseThrow();
      versionControls.put(v, ControlFileParser.parseSecondary(control, f));
    }
    List<Script> install = new ArrayList<>();
    List<Script> update = new ArrayList<>();
    for (Script s : scripts.values()) {
      (s.isInstall() ? install : update).add(s);
    }
    return new Extension(
        name, dir, control, defaultVersion, versionControls, install, update, notes);
  }

  private static Path findControlFile(Path dir, @Nullable String extensionName) {
    if (!Files.exists(dir)) {
      throw new UserError(Location.of(dir), "no such directory");
    }
    if (!Files.isDirectory(dir)) {
      throw new UserError(
          Location.of(dir), "not a directory (give the folder that holds the control file)");
    }
    List<Path> primaries =
        ScriptPlaces.list(dir).stream()
            .filter(p -> p.getFileName().toString().endsWith(".control"))
            .filter(p -> !stem(p).contains("--"))
            .toList();
    List<String> names = primaries.stream().map(ExtensionLoader::stem).toList();
    if (extensionName != null) {
      int i = names.indexOf(extensionName);
      if (i < 0) {
        throw new UserError(
            Location.of(dir),
            "no control file "
                + extensionName
                + ".control here"
                + (names.isEmpty() ? "" : " (found: " + String.join(", ", names) + ")"));
      }
      return primaries.get(i);
    }
    if (primaries.isEmpty()) {
      throw new UserError(Location.of(dir), "no control file (*.control) in this folder");
    }
    if (primaries.size() > 1) {
      throw new UserError(
          Location.of(dir),
          "several extensions here ("
              + String.join(", ", names)
              + "): choose one with --extension NAME");
    }
    return primaries.get(0);
  }

  private static String stem(Path controlFile) {
    String f = controlFile.getFileName().toString();
    return f.substring(0, f.length() - ".control".length());
  }

  /**
   * Keeps the first file for a key; a later identical copy is dropped, a different one is an error.
   */
  private static <T> void keepFirst(Map<String, T> kept, String key, T value, Path file) {
    T first = kept.get(key);
    if (first == null) {
      kept.put(key, value);
      return;
    }
    Path firstFile = first instanceof Script s ? s.file() : (Path) first;
    if (!Arrays.equals(ScriptText.bytes(firstFile), ScriptText.bytes(file))) {
      throw new UserError(
          Location.of(file),
          "conflicts with "
              + firstFile
              + ": two different files for "
              + key
              + " (remove one, or make them identical)");
    }
  }

  private static void checkReadable(Path file) {
    if (file.getFileName().toString().endsWith(".gz")) {
      ScriptText.bytes(file); // a truncated archive is found now, not halfway through a run
      return;
    }
    try (InputStream in = ScriptText.openRegular(file, "cannot read script: ")) {
      in.read();
    } catch (IOException e) {
      throw new UserError(Location.of(file), "cannot read script: " + UserError.describe(e));
    }
  }
}
