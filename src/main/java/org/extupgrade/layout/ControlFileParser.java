package org.extupgrade.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/**
 * Reads control files by PostgreSQL's rules ({@code parse_extension_control_file} in {@code
 * extension.c}, the GUC file syntax of {@code guc-file.l}). Every problem PostgreSQL rejects is a
 * {@link UserError} with the file and line.
 */
public final class ControlFileParser {
  private static final int MAX_INCLUDE_DEPTH = 10;

  /** The most extupgrade reads of one control file or included file (they are a few lines). */
  private static final int MAX_CONTROL_BYTES = 1 << 20;

  private ControlFileParser() {}

  /** Parses a primary control file {@code name.control}. */
  public static ControlFile parsePrimary(Path file, String extensionName) {
    ControlFile defaults =
        new ControlFile(
            file,
            extensionName,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            true,
            false,
            false,
            null);
    return apply(defaults, file, false);
  }

  /** Parses a secondary file {@code name--VERSION.control} over the primary's values. */
  public static ControlFile parseSecondary(ControlFile primary, Path file) {
    return apply(primary, file, true);
  }

  private static ControlFile apply(ControlFile base, Path file, boolean secondary) {
    String directory = base.directory();
    String defaultVersion = base.defaultVersion();
    String modulePathname = base.modulePathname();
    String comment = base.comment();
    String encoding = base.encoding();
    List<String> requires = base.requires();
    List<String> noRelocate = base.noRelocate();
    boolean superuser = base.superuser();
    boolean trusted = base.trusted();
    boolean relocatable = base.relocatable();
    String schema = base.schema();
    Map<String, Integer> lines = new HashMap<>();
    for (Located e : read(file, 0)) {
      Location at = Location.of(e.file, e.entry.line());
      String v = utf8(e.entry.value());
      String key = e.entry.name();
      switch (key) {
        case "directory" -> directory = primaryOnly(secondary, key, at, v);
        case "default_version" -> defaultVersion = primaryOnly(secondary, key, at, v);
        case "module_pathname" -> modulePathname = v;
        case "comment" -> comment = v;
        case "schema" -> schema = v;
        case "relocatable" -> relocatable = bool(key, v, at);
        case "superuser" -> superuser = bool(key, v, at);
        case "trusted" -> trusted = bool(key, v, at);
        case "encoding" ->
            encoding =
                PgEncoding.serverEncoding(v)
                    .orElseThrow(
                        () -> new UserError(at, "\"" + v + "\" is not a valid encoding name"));
        case "requires" -> requires = names(key, v, at);
        case "no_relocate" -> noRelocate = names(key, v, at);
        default ->
            throw new UserError(
                at,
                "unrecognized parameter \""
                    + key
                    + "\" in control file (known: comment, default_version,"
                    + " directory, encoding, module_pathname, no_relocate, relocatable, requires,"
                    + " schema, superuser, trusted)");
      }
      lines.put(key, e.entry.line());
    }
    if (relocatable && schema != null) {
      int line = lines.getOrDefault("schema", lines.getOrDefault("relocatable", 0));
      throw new UserError(
          Location.of(file, line),
          "parameter \"schema\" cannot be specified when \"relocatable\" is true");
    }
    return new ControlFile(
        file,
        base.name(),
        directory,
        defaultVersion,
        modulePathname,
        comment,
        encoding,
        requires,
        noRelocate,
        superuser,
        trusted,
        relocatable,
        schema,
        lines);
  }

  private static String primaryOnly(boolean secondary, String key, Location at, String v) {
    if (secondary) {
      throw new UserError(
          at, "parameter \"" + key + "\" cannot be set in a secondary extension control file");
    }
    return v;
  }

  private static boolean bool(String key, String v, Location at) {
    return PgValues.parseBool(v)
        .orElseThrow(
            () ->
                new UserError(
                    at, "parameter \"" + key + "\" requires a Boolean value, not \"" + v + "\""));
  }

  private static List<String> names(String key, String v, Location at) {
    return PgValues.splitIdentifiers(v)
        .orElseThrow(
            () -> new UserError(at, "parameter \"" + key + "\" must be a list of extension names"));
  }

  /** Control files are ASCII by PostgreSQL's assumption; non-ASCII bytes are taken as UTF-8. */
  private static String utf8(String latin1) {
    return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  private record Located(Path file, GucLexer.Entry entry) {}

  /** ParseConfigFp with its include, include_if_exists and include_dir directives. */
  private static List<Located> read(Path file, int depth) {
    if (depth > MAX_INCLUDE_DEPTH) {
      throw new UserError(
          Location.of(file), "could not open configuration file: maximum nesting depth exceeded");
    }
    String text;
    try {
      text =
          new String(
              ScriptText.regularBytes(
                  file, MAX_CONTROL_BYTES, "a control file", "cannot read control file: "),
              StandardCharsets.ISO_8859_1);
    } catch (NoSuchFileException e) {
      throw new UserError(Location.of(file), "control file does not exist");
    } catch (IOException e) {
      throw new UserError(Location.of(file), "cannot read control file: " + e.getMessage());
    }
    List<Located> out = new ArrayList<>();
    for (GucLexer.Entry e : GucLexer.parse(file, text)) {
      String directive = e.name().toLowerCase(Locale.ROOT);
      switch (directive) {
        case "include" -> out.addAll(read(relative(file, e.value()), depth + 1));
        case "include_if_exists" -> {
          Path p = relative(file, e.value());
          if (Files.exists(p)) {
            out.addAll(read(p, depth + 1));
          }
        }
        case "include_dir" -> out.addAll(readDir(file, e, depth));
        default -> out.add(new Located(file, e));
      }
    }
    return out;
  }

  private static List<Located> readDir(Path file, GucLexer.Entry e, int depth) {
    Path dir = relative(file, e.value());
    List<Located> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> confs =
          s.filter(p -> p.getFileName().toString().endsWith(".conf"))
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .filter(Files::isRegularFile)
              .sorted(
                  (a, b) ->
                      VersionGraph.strcmp(a.getFileName().toString(), b.getFileName().toString()))
              .toList();
      for (Path p : confs) {
        out.addAll(read(p, depth + 1));
      }
    } catch (IOException ex) {
      throw new UserError(
          Location.of(file, e.line()), "could not open configuration directory \"" + dir + "\"");
    }
    return out;
  }

  private static Path relative(Path file, String name) {
    Path p = Path.of(name);
    @Nullable Path parent = file.toAbsolutePath().getParent();
    return p.isAbsolute() || parent == null ? p : parent.resolve(p).normalize();
  }
}
