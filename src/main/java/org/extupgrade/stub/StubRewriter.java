package org.extupgrade.stub;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.extupgrade.sql.Lexer;
import org.extupgrade.sql.RawStatement;
import org.extupgrade.sql.Statements;
import org.extupgrade.sql.Token;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites the C functions of one script into stubs, leaving every other byte as it is: only the
 * {@code LANGUAGE} and {@code AS} clauses of each {@code CREATE FUNCTION ... LANGUAGE c} change, on
 * the same lines, so line numbers in findings still point at the author's script. Everything else
 * the function declares (name, arguments with modes and defaults, result, volatility, strictness,
 * parallel, cost, rows, SET, security, leakproof, support) stays. The C library and symbol go into
 * a {@code SET extupgrade.c_symbol = 'library:symbol'} clause, so the catalog snapshot (which
 * compares {@code proconfig}) still sees a changed or wrong symbol.
 */
public final class StubRewriter {
  /** The setting each stub carries: {@code library:symbol}. */
  public static final String SYMBOL_SETTING = "extupgrade.c_symbol";

  /** Types PL/pgSQL refuses as results (pseudo-types except record and polymorphic ones). */
  private static final Set<String> NO_PLPGSQL_RESULT =
      Set.of(
          "any",
          "cstring",
          "internal",
          "language_handler",
          "fdw_handler",
          "table_am_handler",
          "index_am_handler",
          "tsm_handler",
          "unknown",
          "pg_ddl_command",
          "opaque");

  /** Types PL/pgSQL refuses as arguments: those, and the ones it allows only as results. */
  private static final Set<String> NO_PLPGSQL_ARG =
      Stream.concat(NO_PLPGSQL_RESULT.stream(), Stream.of("trigger", "event_trigger", "void"))
          .collect(Collectors.toUnmodifiableSet());

  /** Handlers with a built-in of the same result type that ignores its argument. */
  private static final Map<String, String> HANDLERS =
      Map.of(
          "index_am_handler", "gisthandler",
          "table_am_handler", "heap_tableam_handler",
          "tsm_handler", "tsm_system_handler");

  /** A built-in that raises an error without reading its arguments. */
  static final String FAILING = "internal_in";

  private StubRewriter() {}

  /** A script's stubbed text and what was stubbed. */
  public record Result(String text, List<Stub> stubs) {
    public Result {
      stubs = List.copyOf(stubs);
    }
  }

  /** Finds what the base types of all {@code scripts} need (see {@link TypeIo}). */
  static TypeNeeds typeNeeds(Map<Path, String> scripts) {
    List<List<RawStatement>> split = new ArrayList<>();
    scripts.forEach((file, text) -> split.add(Statements.split(Lexer.lex(file, text))));
    return typeNeeds(split);
  }

  /** As {@link #typeNeeds(Map)}, for scripts already split into statements. */
  static TypeNeeds typeNeeds(Collection<List<RawStatement>> scripts) {
    TypeNeeds needs = new TypeNeeds(new TreeMap<>(), new TreeMap<>());
    scripts.forEach(statements -> TypeIo.scan(statements, needs.io(), needs.unsupported()));
    return needs;
  }

  /**
   * @param io I/O function name to the built-in it becomes
   * @param unsupported base types whose storage no built-in family matches (their I/O functions
   *     fail)
   */
  record TypeNeeds(Map<String, TypeIo.Binding> io, Map<String, String> unsupported) {}

  /** Rewrites every C function of {@code text} (the script {@code file}). */
  static Result rewrite(Path file, String text, TypeNeeds needs) {
    return rewrite(file, text, needs, library -> true);
  }

  /**
   * Rewrites the C functions of {@code text} whose library (as the script writes it) {@code
   * stubbed} accepts.
   */
  static Result rewrite(Path file, String text, TypeNeeds needs, Predicate<String> stubbed) {
    return rewrite(text, Statements.split(Lexer.lex(file, text)), needs, stubbed);
  }

  /** As {@link #rewrite(Path, String, TypeNeeds, Predicate)}, for {@code text} already split. */
  static Result rewrite(
      String text, List<RawStatement> statements, TypeNeeds needs, Predicate<String> stubbed) {
    List<Stub> stubs = new ArrayList<>();
    Offsets offsets = new Offsets(text);
    StringBuilder out = new StringBuilder(text.length() + 256);
    int copied = 0;
    // A base type is a shell (a pseudo-type PL/pgSQL refuses) until its CREATE TYPE x (...):
    // made by CREATE TYPE x; or implicitly by the first function that returns it.
    Map<String, Integer> definedAt = new HashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      String defined = baseTypeDefined(statements.get(i).tokens());
      if (defined != null) {
        definedAt.putIfAbsent(defined, i);
      }
    }
    // The script that creates PL/pgSQL itself (the plpgsql extension) cannot use it before.
    boolean noPlpgsql = statements.stream().anyMatch(s -> createsPlpgsql(s.tokens()));
    for (int i = 0; i < statements.size(); i++) {
      RawStatement s = statements.get(i);
      CFunction f = CFunction.parse(s.tokens());
      if (f == null || !stubbed.test(f.library())) {
        continue;
      }
      int at = i;
      Set<String> shells = new HashSet<>();
      definedAt.forEach(
          (type, index) -> {
            if (index > at) {
              shells.add(type);
            }
          });
      Stub stub = stub(f, s, needs, shells, noPlpgsql);
      stubs.add(stub);
      List<Token> t = s.tokens();
      String language = stub.kind() == Stub.Kind.PLPGSQL ? "plpgsql" : "internal";
      String as =
          (stub.kind() == Stub.Kind.PLPGSQL
                  ? "AS $extupgrade_stub$" + stub.body() + "$extupgrade_stub$"
                  : "AS '" + stub.body() + "'")
              + " SET "
              + SYMBOL_SETTING
              + " = '"
              + (f.library() + ":" + f.symbol()).replace("'", "''")
              + "'";
      // The two clauses in source order; each keeps the line breaks it spanned.
      int[][] spans = {
        offsets.span(t.get(f.languageAt()), t.get(f.languageAt() + 1)),
        offsets.span(t.get(f.asStart()), t.get(f.asEnd() - 1))
      };
      String[] with = {"LANGUAGE " + language, as};
      int first = spans[0][0] < spans[1][0] ? 0 : 1;
      for (int k : new int[] {first, 1 - first}) {
        out.append(text, copied, spans[k][0]).append(with[k]);
        out.append("\n".repeat(newlines(text, spans[k][0], spans[k][1])));
        copied = spans[k][1];
      }
    }
    out.append(text, copied, text.length());
    return new Result(out.toString(), stubs);
  }

  private static boolean createsPlpgsql(List<Token> t) {
    if (t.isEmpty() || !t.get(0).isWord("create")) {
      return false;
    }
    for (int i = 1; i + 1 < t.size() && i < 6; i++) {
      if (t.get(i).isWord("language")) {
        return t.get(i + 1).value().equals("plpgsql");
      }
    }
    return false;
  }

  /** The base type a {@code CREATE TYPE x (...)} defines, or null for another statement. */
  private static @Nullable String baseTypeDefined(List<Token> t) {
    int open = TypeIo.baseTypeOpen(t);
    return open < 0 ? null : CFunction.lastWord(t.subList(2, open));
  }

  private static Stub stub(
      CFunction f, RawStatement s, TypeNeeds needs, Set<String> shells, boolean noPlpgsql) {
    TypeIo.Binding io = needs.io().get(f.name());
    if (io != null && io.fits(f)) {
      return new Stub(f.name(), s.at(), f.library(), f.symbol(), Stub.Kind.BUILTIN, io.builtin());
    }
    String handler = HANDLERS.get(f.result());
    if (handler != null) {
      return new Stub(f.name(), s.at(), f.library(), f.symbol(), Stub.Kind.BUILTIN, handler);
    }
    boolean plpgsql =
        !noPlpgsql
            && !NO_PLPGSQL_RESULT.contains(f.result())
            && !shells.contains(f.result())
            && f.argTypes().stream()
                .noneMatch(a -> NO_PLPGSQL_ARG.contains(a) || shells.contains(a));
    if (!plpgsql) {
      return new Stub(f.name(), s.at(), f.library(), f.symbol(), Stub.Kind.FAILING, FAILING);
    }
    return new Stub(f.name(), s.at(), f.library(), f.symbol(), Stub.Kind.PLPGSQL, body(f));
  }

  /** A body PL/pgSQL accepts for the signature and that does nothing. */
  static String body(CFunction f) {
    if (f.result().equals("trigger")) {
      // A BEFORE row trigger returning NULL would skip the row: let the row through.
      return " BEGIN IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END ";
    }
    if (f.procedure()
        || f.setof()
        || f.outArgs()
        || f.result().equals("void")
        || f.result().equals("event_trigger")) {
      return " BEGIN RETURN; END ";
    }
    return " BEGIN RETURN NULL; END ";
  }

  private static int newlines(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** Character offsets of tokens (whose locations are 1-based lines and code-point columns). */
  private static final class Offsets {
    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    Offsets(String text) {
      this.text = text;
      lineStarts.add(0);
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        lineStarts.add(i + 1);
      }
    }

    int start(Token t) {
      int line = lineStarts.get(t.at().line() - 1);
      return text.offsetByCodePoints(line, t.at().column() - 1);
    }

    int[] span(Token first, Token last) {
      return new int[] {start(first), start(last) + last.text().length()};
    }
  }
}
