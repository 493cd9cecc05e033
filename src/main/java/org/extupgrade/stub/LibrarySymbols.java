package org.extupgrade.stub;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;
import org.extupgrade.sql.Lexer;
import org.extupgrade.sql.RawStatement;
import org.extupgrade.sql.Statements;
import org.jspecify.annotations.Nullable;

/**
 * Library compatibility: with a real module staged ({@code --library}), an install or update that
 * fails because the module lacks a symbol a script names becomes a {@code library-missing-symbol}
 * finding naming the version, the function and the symbol.
 */
public final class LibrarySymbols {
  /** The server's words: {@code could not find function "x" in file "/.../lib.so"}. */
  private static final Pattern MISSING =
      Pattern.compile("could not find function \"([^\"]+)\" in file \"([^\"]+)\"");

  private LibrarySymbols() {}

  /** Rewrites the failures caused by a missing symbol; other findings pass unchanged. */
  public static List<Finding> classify(List<Finding> findings, Extension ext) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      Matcher m = MISSING.matcher(f.message());
      out.add(m.find() ? missing(f, m.group(1), m.group(2), ext) : f);
    }
    out.sort(Finding.ORDER);
    return out;
  }

  private static Finding missing(Finding f, String symbol, String file, Extension ext) {
    @Nullable Script script = scriptOf(f, ext);
    String version = script == null ? (f.from().isEmpty() ? f.to() : f.from()) : script.to();
    String function = script == null ? "?" : functionWith(ext, script, symbol);
    String library = file.substring(file.lastIndexOf('/') + 1);
    return new Finding(
        Severity.ERROR,
        "library-missing-symbol",
        "function " + function,
        f.from(),
        f.to(),
        (script == null || script.isInstall() ? "version " : "the update to ")
            + version
            + " needs symbol \""
            + symbol
            + "\" for function "
            + function
            + ", which "
            + library
            + " does not export",
        f.where(),
        "keep the symbol in the library (a wrapper that raises an error is enough) as long as"
            + " a script that names it is shipped, or stop shipping that version",
        // The private server's path changes every run; the report must not.
        f.detail().replace(file, "$libdir/" + library));
  }

  private static @Nullable Script scriptOf(Finding f, Extension ext) {
    if (f.where() == null) {
      return null;
    }
    List<Script> all = new ArrayList<>(ext.installScripts());
    all.addAll(ext.updateScripts());
    for (Script s : all) {
      if (s.file().equals(f.where().file())) {
        return s;
      }
    }
    return null;
  }

  private static String functionWith(Extension ext, Script script, String symbol) {
    String text = ScriptText.read(ext, script);
    for (RawStatement s : Statements.split(Lexer.lex(script.file(), text))) {
      CFunction c = CFunction.parse(s.tokens());
      if (c != null && c.symbol().equals(symbol)) {
        return c.name();
      }
    }
    return "?";
  }
}
