package org.extupgrade.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extupgrade.git.Releases;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads {@code extupgrade.toml}. Every key is known or an error at its file and line, so a typo
 * never silently turns a setting off.
 *
 * <pre>
 * oldest = "1.2"                      # upgrades from older versions are not checked
 * build = "make sql/ext--2.0.sql"     # how the scripts are built (default: the project's make)
 *
 * [scenarios]                         # verify scenarios: "off", or the severity of their findings
 * rerun = "error"                     # opt in: every update script must run twice safely
 * locks = "off"
 *
 * [severity]                          # by finding kind
 * column-order-drift = "error"
 *
 * [release]                           # how releases are tagged, archived and documented
 * tag = "v{version}"                  # default: v{version}, then {version}
 * archive = "sql/archive"             # where `extupgrade archive` writes baselines
 * changelog = "CHANGELOG.md"          # default: CHANGELOG.md, CHANGELOG, NEWS.md, NEWS...
 * matrix = "docs/upgrades.md"         # the document that shows the upgrade path matrix
 * git = false                         # never read the repository (default: true)
 *
 * [[accept]]                          # a known finding, with the reason it is accepted
 * kind = "definition-drift"
 * object = "view ext.v"
 * script = "ext--1.0--1.1.sql"
 * line = 12                           # optional, with script: the finding's line
 * reason = "released in 1.1; 1.2 recreates the view"
 * </pre>
 */
public final class PolicyFile {
  /** The file name looked for beside the control file. */
  public static final String NAME = "extupgrade.toml";

  private static final long MAX_BYTES = 1 << 20;
  private static final Set<String> TOP =
      Set.of("oldest", "build", "scenarios", "severity", "accept", "release");
  private static final Set<String> RELEASE = Set.of("tag", "archive", "changelog", "matrix", "git");
  private static final Set<String> SCENARIOS =
      Set.of(
          "data",
          "rerun",
          "downgrade",
          "schemas",
          "settings",
          "locks",
          "dependents",
          "dump",
          "rollback");
  private static final Set<String> ACCEPT =
      Set.of("kind", "object", "script", "line", "upgrade", "reason");

  private PolicyFile() {}

  /** The policy in {@code dir}, or the default one when the directory has no policy file. */
  public static Policy find(Path dir) {
    Path f = dir.resolve(NAME);
    return Files.isRegularFile(f) ? read(f) : Policy.none();
  }

  /** Reads {@code file}; any problem is a UserError at its line. */
  public static Policy read(Path file) {
    String text;
    try {
      if (!Files.isRegularFile(file)) throw new UserError(Location.of(file), "not a regular file");
      if (Files.size(file) > MAX_BYTES) {
        throw new UserError(Location.of(file), "larger than 1 MiB; a policy file is a few lines");
      }
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UserError(Location.of(file), "cannot read: " + UserError.describe(e), e);
    }
    TomlParseResult toml = Toml.parse(text);
    if (toml.hasErrors()) {
      var e = toml.errors().get(0);
      throw new UserError(at(file, e.position()), e.getMessage());
    }
    known(file, toml, "", TOP);
    Map<String, String> scenarios = new LinkedHashMap<>();
    TomlTable sc = table(file, toml, "scenarios");
    if (sc != null) {
      known(file, sc, "scenarios.", SCENARIOS);
      for (String k : sc.keySet()) {
        String v = string(file, sc, k, "scenarios.");
        if (!v.equals("off")) severity(file, sc, k, v);
        scenarios.put(k, v);
      }
    }
    Map<FindingKind, Severity> severities = new LinkedHashMap<>();
    TomlTable sev = table(file, toml, "severity");
    if (sev != null) {
      for (String k : sev.keySet()) {
        FindingKind kind =
            FindingKind.byId(k)
                .orElseThrow(
                    () ->
                        new UserError(
                            at(file, sev.inputPositionOf(k)),
                            "unknown finding kind \"" + k + "\" (docs/findings.md lists them)"));
        severities.put(kind, severity(file, sev, k, string(file, sev, k, "severity.")));
      }
    }
    return new Policy(
        file,
        scenarios,
        optional(file, toml, "oldest"),
        optional(file, toml, "build"),
        severities,
        accepted(file, toml),
        release(file, toml));
  }

  private static Policy.Release release(Path file, TomlTable toml) {
    TomlTable r = table(file, toml, "release");
    if (r == null) return Policy.Release.DEFAULT;
    known(file, r, "release.", RELEASE);
    String tag = optional(file, r, "tag");
    if (tag != null) {
      String t = tag;
      Releases.problem(t)
          .ifPresent(
              p -> {
                throw new UserError(at(file, r.inputPositionOf("tag")), "release.tag " + p);
              });
    }
    String archive = optional(file, r, "archive");
    boolean git = true;
    if (r.contains("git")) {
      if (!r.isBoolean("git")) {
        throw new UserError(
            at(file, r.inputPositionOf("git")), "release.git must be true or false");
      }
      git = Boolean.TRUE.equals(r.getBoolean("git"));
    }
    return new Policy.Release(
        tag,
        archive == null ? Policy.Release.DEFAULT.archive() : archive,
        optional(file, r, "changelog"),
        optional(file, r, "matrix"),
        git);
  }

  private static List<Policy.Accepted> accepted(Path file, TomlTable toml) {
    List<Policy.Accepted> out = new ArrayList<>();
    if (!toml.contains("accept")) return out;
    if (!toml.isArray("accept")) {
      throw new UserError(
          at(file, toml.inputPositionOf("accept")), "accept must be [[accept]] tables");
    }
    TomlArray arr = toml.getArrayOrEmpty("accept");
    for (int i = 0; i < arr.size(); i++) {
      if (!(arr.get(i) instanceof TomlTable t)) {
        throw new UserError(at(file, arr.inputPositionOf(i)), "accept must be [[accept]] tables");
      }
      known(file, t, "accept.", ACCEPT);
      Location where = at(file, arr.inputPositionOf(i));
      String reason = optional(file, t, "reason");
      if (reason == null || reason.isBlank()) {
        throw new UserError(
            where, "an [[accept]] needs a reason = \"...\" (why the finding is accepted)");
      }
      String kind = optional(file, t, "kind");
      FindingKind k = null;
      if (kind != null) {
        k =
            FindingKind.byId(kind)
                .orElseThrow(
                    () ->
                        new UserError(
                            at(file, t.inputPositionOf("kind")),
                            "unknown finding kind \"" + kind + "\""));
      }
      String script = optional(file, t, "script");
      out.add(
          new Policy.Accepted(
              k,
              optional(file, t, "object"),
              script,
              line(file, t, script != null),
              optional(file, t, "upgrade"),
              reason,
              where));
    }
    return out;
  }

  /** {@code line = N}: a positive integer, only beside {@code script}. */
  private static @Nullable Integer line(Path file, TomlTable t, boolean hasScript) {
    if (!t.contains("line")) return null;
    Location where = at(file, t.inputPositionOf("line"));
    Long n = t.isLong("line") ? t.getLong("line") : null;
    if (n == null || n < 1 || n > Integer.MAX_VALUE) {
      throw new UserError(where, "accept.line must be a line number (1 or more)");
    }
    if (!hasScript) {
      throw new UserError(where, "accept.line needs script = \"...\" (the file the line is in)");
    }
    return n.intValue();
  }

  private static void known(Path file, TomlTable t, String prefix, Set<String> keys) {
    for (String k : t.keySet()) {
      if (!keys.contains(k)) {
        throw new UserError(
            at(file, t.inputPositionOf(k)),
            "unknown key \""
                + prefix
                + k
                + "\" (known: "
                + String.join(", ", keys.stream().sorted().toList())
                + ")");
      }
    }
  }

  private static @Nullable TomlTable table(Path file, TomlTable t, String key) {
    if (!t.contains(key)) return null;
    if (!t.isTable(key))
      throw new UserError(at(file, t.inputPositionOf(key)), key + " must be a table");
    return t.getTable(key);
  }

  private static @Nullable String optional(Path file, TomlTable t, String key) {
    if (!t.contains(key)) return null;
    return string(file, t, key, "");
  }

  private static String string(Path file, TomlTable t, String key, String prefix) {
    if (!t.isString(key)) {
      throw new UserError(at(file, t.inputPositionOf(key)), prefix + key + " must be a string");
    }
    return t.getString(key);
  }

  private static Severity severity(Path file, TomlTable t, String key, String value) {
    try {
      return Severity.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UserError(
          at(file, t.inputPositionOf(key)),
          key + " = \"" + value + "\": must be error, warning or info");
    }
  }

  private static Location at(Path file, @Nullable TomlPosition p) {
    return p == null ? Location.of(file) : new Location(file, p.line(), p.column());
  }
}
