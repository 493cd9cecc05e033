package org.extupgrade.layout;

import java.nio.file.Path;
import java.util.Optional;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;

/**
 * Reads a script's versions from its file name as {@code get_ext_ver_list} does: {@code ext--X.sql}
 * installs X, {@code ext--X--Y.sql} updates X to Y, a name with a third {@code --} is ignored.
 * {@code .sql.gz} (archived baselines) is read like {@code .sql}.
 */
public final class ScriptName {
  private ScriptName() {}

  /**
   * The script this file is for {@code extension}, or empty when the name is not one of its
   * scripts.
   */
  public static Optional<Script> parse(Path file, String extension) {
    String name = file.getFileName().toString();
    String stem;
    if (name.endsWith(".sql")) {
      stem = name.substring(0, name.length() - ".sql".length());
    } else if (name.endsWith(".sql.gz")) {
      stem = name.substring(0, name.length() - ".sql.gz".length());
    } else {
      return Optional.empty();
    }
    String prefix = extension + "--";
    if (!stem.startsWith(prefix)) {
      return Optional.empty();
    }
    String versions = stem.substring(prefix.length());
    int sep = versions.indexOf("--");
    if (sep < 0) {
      checkVersion(file, versions);
      return Optional.of(new Script(file, extension, null, versions));
    }
    String from = versions.substring(0, sep);
    String to = versions.substring(sep + 2);
    if (to.contains("--")) {
      return Optional.empty(); // PostgreSQL ignores names with a third "--"
    }
    checkVersion(file, from);
    checkVersion(file, to);
    return Optional.of(new Script(file, extension, from, to));
  }

  /** The version of a secondary control file {@code ext--X.control}, or empty. */
  static Optional<String> secondaryControlVersion(Path file, String extension) {
    String name = file.getFileName().toString();
    String prefix = extension + "--";
    if (!name.startsWith(prefix) || !name.endsWith(".control")) {
      return Optional.empty();
    }
    String v = name.substring(prefix.length(), name.length() - ".control".length());
    if (v.contains("--")) {
      return Optional.empty(); // never looked up by PostgreSQL
    }
    checkVersion(file, v);
    return Optional.of(v);
  }

  /**
   * {@code check_valid_version_name}: what PostgreSQL accepts as a version in CREATE/ALTER
   * EXTENSION.
   */
  static Optional<String> versionProblem(String v) {
    if (v.isEmpty()) {
      return Optional.of("version names must not be empty");
    }
    if (v.contains("--")) {
      return Optional.of("version names must not contain \"--\"");
    }
    if (v.startsWith("-") || v.endsWith("-")) {
      return Optional.of("version names must not begin or end with \"-\"");
    }
    if (v.contains("/") || v.contains("\\")) {
      return Optional.of("version names must not contain directory separator characters");
    }
    return Optional.empty();
  }

  /** {@code check_valid_extension_name}: the same rules for the extension's own name. */
  static Optional<String> extensionNameProblem(String n) {
    return versionProblem(n).map(p -> p.replace("version names", "extension names"));
  }

  private static void checkVersion(Path file, String v) {
    versionProblem(v)
        .ifPresent(
            p -> {
              throw new UserError(
                  Location.of(file),
                  "invalid version name \"" + v + "\" in script file name: " + p);
            });
  }
}
