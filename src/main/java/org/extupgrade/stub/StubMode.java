package org.extupgrade.stub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.layout.ControlFile;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Severity;
import org.extupgrade.sql.Lexer;
import org.extupgrade.sql.RawStatement;
import org.extupgrade.sql.Statements;

/**
 * Decides whether an extension needs stub mode on a cluster, and stages its stubbed scripts over
 * the copies {@link Cluster#stage} wrote.
 */
public final class StubMode {
  private StubMode() {}

  /** What stub mode rewrote in an extension's scripts. */
  public record Summary(List<Stub> stubs, Set<String> unsupportedTypes) {
    public Summary {
      stubs = List.copyOf(stubs);
      unsupportedTypes = Set.copyOf(new TreeSet<>(unsupportedTypes));
    }

    /** How many scripts had C functions. */
    public long scripts() {
      return stubs.stream().map(s -> s.at().file()).distinct().count();
    }

    public long count(Stub.Kind kind) {
      return stubs.stream().filter(s -> s.kind() == kind).count();
    }
  }

  /**
   * The C libraries the scripts name that {@code libDir} does not hold (after MODULE_PATHNAME is
   * replaced by the control file's module_pathname), sorted; empty when every one is there.
   */
  public static Set<String> missingLibraries(Extension ext, Path libDir) {
    Set<String> missing = new TreeSet<>();
    for (Map.Entry<Script, String> e : texts(ext).entrySet()) {
      for (RawStatement s : Statements.split(Lexer.lex(e.getKey().file(), e.getValue()))) {
        CFunction f = CFunction.parse(s.tokens());
        if (f == null) {
          continue;
        }
        String library = library(ext, e.getKey(), f.library());
        if (!present(library, libDir)) {
          missing.add(library);
        }
      }
    }
    return missing;
  }

  private static String library(Extension ext, Script script, String library) {
    ControlFile c = ext.versionControls().getOrDefault(script.to(), ext.control());
    String module =
        c.modulePathname() != null ? c.modulePathname() : ext.control().modulePathname();
    return module == null ? library : library.replace("MODULE_PATHNAME", module);
  }

  /**
   * As PostgreSQL looks: {@code $libdir/} means pkglibdir, a bare name too; .so may be left out.
   */
  private static boolean present(String library, Path libDir) {
    String name = library.startsWith("$libdir/") ? library.substring("$libdir/".length()) : library;
    Path p = name.contains("/") ? Path.of(name) : libDir.resolve(name);
    return Files.isRegularFile(p) || Files.isRegularFile(Path.of(p + ".so"));
  }

  /**
   * In stub mode, a script that calls a stub which can only fail (see {@link Stub.Kind#FAILING})
   * says nothing about the extension: its failure becomes a {@code stub-not-callable} warning.
   */
  public static List<Finding> classify(List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      java.util.regex.Matcher setting = LIBRARY_SETTING.matcher(f.message());
      if (setting.find()) {
        // A setting with a prefix exists only once the library that defines it is loaded.
        out.add(
            notChecked(
                f,
                "the script reads setting "
                    + setting.group(1)
                    + ", which the extension's library defines when it is loaded; without the"
                    + " library the script cannot run"));
      } else if (f.detail().contains(FAILING_MESSAGE) || f.message().contains(FAILING_MESSAGE)) {
        out.add(
            notChecked(
                f,
                "the script calls a C function stub mode cannot imitate (internal or cstring"
                    + " arguments or result, or I/O of a base type whose storage no built-in"
                    + " matches)"));
      } else {
        out.add(f);
      }
    }
    out.sort(Finding.ORDER);
    return out;
  }

  /** {@code f} as a warning that its scenario could not be checked without the library. */
  private static Finding notChecked(Finding f, String why) {
    return new Finding(
        Severity.WARNING,
        FindingKind.STUB_NOT_CALLABLE,
        f.object(),
        f.from(),
        f.to(),
        why + ": this scenario was not checked",
        f.where(),
        "run verify with the compiled module: --library FILE",
        f.detail(),
        f.affects());
  }

  /** A script that fails on a prefixed setting no loaded library has defined. */
  private static final java.util.regex.Pattern LIBRARY_SETTING =
      java.util.regex.Pattern.compile(
          "unrecognized configuration parameter \"([A-Za-z_][A-Za-z0-9_$]*\\.[A-Za-z0-9_.$]+)\"");

  /** What the built-in behind a failing stub raises. */
  static final String FAILING_MESSAGE = "cannot accept a value of type internal";

  /**
   * Rewrites the scripts of {@code ext} and writes them over their staged copies.
   *
   * @param every true to stub every C function; false for only those whose library {@code
   *     cluster}'s {@code $libdir} lacks
   */
  public static Summary stage(Cluster cluster, Extension ext, boolean every) {
    return stage(cluster.shareDir(), cluster.libDir(), ext, every);
  }

  /**
   * As {@link #stage(Cluster, Extension, boolean)}, into a SHAREDIR whose {@code extension} folder
   * holds the staged files, with {@code libDir} as {@code $libdir}.
   */
  public static Summary stage(Path shareDir, Path libDir, Extension ext, boolean every) {
    Map<Script, String> texts = texts(ext);
    Map<Script, List<RawStatement>> statements = new LinkedHashMap<>();
    texts.forEach((s, t) -> statements.put(s, Statements.split(Lexer.lex(s.file(), t))));
    StubRewriter.TypeNeeds needs = StubRewriter.typeNeeds(statements.values());
    List<Stub> all = new ArrayList<>();
    Path dir = scriptDir(shareDir, ext.control());
    for (Map.Entry<Script, String> e : texts.entrySet()) {
      Script script = e.getKey();
      StubRewriter.Result r =
          StubRewriter.rewrite(
              e.getValue(),
              statements.get(script),
              needs,
              lib -> every || !present(library(ext, script, lib), libDir));
      all.addAll(r.stubs());
      if (!r.stubs().isEmpty()) {
        write(dir.resolve(e.getKey().canonicalName()), r.text(), charset(ext, e.getKey()));
      }
    }
    return new Summary(all, needs.unsupported().keySet());
  }

  private static Map<Script, String> texts(Extension ext) {
    Map<Script, String> out = new LinkedHashMap<>();
    List<Script> scripts = new ArrayList<>(ext.installScripts());
    scripts.addAll(ext.updateScripts());
    for (Script s : scripts) {
      out.put(s, ScriptText.read(ext, s));
    }
    return out;
  }

  private static Path scriptDir(Path shareDir, ControlFile control) {
    String d = control.directory();
    return d == null || d.isEmpty() ? shareDir.resolve("extension") : shareDir.resolve(d);
  }

  /** The script's encoding for writing it back; UTF-8 when Java does not know the name. */
  private static Charset charset(Extension ext, Script s) {
    String enc = ext.versionControls().getOrDefault(s.to(), ext.control()).encoding();
    if (enc == null || enc.equalsIgnoreCase("UTF8")) {
      return StandardCharsets.UTF_8;
    }
    if (enc.equalsIgnoreCase("SQL_ASCII")) {
      return StandardCharsets.ISO_8859_1;
    }
    try {
      return Charset.forName(enc);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** Replaces (never writes through) the staged file: it may share its inode with a cache. */
  private static void write(Path target, String text, Charset cs) {
    try {
      Files.deleteIfExists(target);
      Files.writeString(target, text, cs);
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the stubbed script " + target, e);
    }
  }
}
