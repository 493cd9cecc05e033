package org.extupgrade.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/**
 * Resolves pgrx's {@code default_version = '@CARGO_VERSION@'}: the {@code [package] version} of the
 * nearest {@code Cargo.toml} above the control file, or the workspace root's {@code
 * [workspace.package] version} when the package says {@code version.workspace = true}. Reads just
 * those keys, not TOML in general.
 */
final class CargoVersion {
  static final String PLACEHOLDER = "@CARGO_VERSION@";
  private static final Pattern SECTION =
      Pattern.compile("^\\s*\\[\\s*([A-Za-z0-9_.\\-\" ]+?)\\s*]\\s*(#.*)?$");
  private static final Pattern VERSION =
      Pattern.compile("^\\s*version\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')\\s*(#.*)?$");
  private static final Pattern WORKSPACE_TRUE =
      Pattern.compile(
          "^\\s*version\\s*(?:\\.\\s*workspace\\s*=\\s*true|=\\s*\\{\\s*workspace\\s*=\\s*true\\s*})\\s*(#.*)?$");

  private CargoVersion() {}

  /** The version for the control file {@code control}, or a UserError saying what is missing. */
  static String resolve(Path control, int line) {
    Location at = Location.of(control, line);
    Path dir = control.toAbsolutePath().getParent();
    Path cargo = nearest(dir, "Cargo.toml");
    if (cargo == null) {
      throw new UserError(
          at, "default_version is " + PLACEHOLDER + " but no Cargo.toml was found above " + dir);
    }
    List<String> lines = lines(cargo);
    Optional<String> v = value(lines, "package", VERSION);
    if (v.isPresent()) {
      return v.get();
    }
    if (value(lines, "package", WORKSPACE_TRUE).isPresent()) {
      for (Path d = cargo.getParent(); d != null; d = d.getParent()) {
        Path root = d.resolve("Cargo.toml");
        if (Files.isRegularFile(root)) {
          Optional<String> w = value(lines(root), "workspace.package", VERSION);
          if (w.isPresent()) {
            return w.get();
          }
        }
      }
      throw new UserError(
          Location.of(cargo),
          "version.workspace = true but no [workspace.package] version was found above it");
    }
    throw new UserError(
        Location.of(cargo), "no [package] version in Cargo.toml (needed for " + PLACEHOLDER + ")");
  }

  private static @Nullable Path nearest(Path dir, String name) {
    for (Path d = dir; d != null; d = d.getParent()) {
      Path p = d.resolve(name);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  private static Optional<String> value(List<String> lines, String section, Pattern key) {
    String current = "";
    for (String l : lines) {
      Matcher s = SECTION.matcher(l);
      if (s.matches()) {
        current = s.group(1).replace("\"", "").replace(" ", "");
        continue;
      }
      if (current.equals(section)) {
        Matcher m = key.matcher(l);
        if (m.matches()) {
          return Optional.of(
              m.groupCount() >= 2 && m.group(1) != null
                  ? m.group(1)
                  : m.groupCount() >= 2 && m.group(2) != null ? m.group(2) : "true");
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError(Location.of(file), "cannot read Cargo.toml: " + e.getMessage());
    }
  }
}
