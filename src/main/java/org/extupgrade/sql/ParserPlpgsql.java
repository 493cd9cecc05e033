package org.extupgrade.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;
import org.extupgrade.sql.stmt.DoBlock;
import org.extupgrade.sql.stmt.Opaque;
import org.extupgrade.sql.stmt.Stmt;
import org.jspecify.annotations.Nullable;

/**
 * Reads the DDL in a PL/pgSQL body: plain statements, statements inside IF/CASE/loops (marked
 * conditional), and EXECUTE of a string literal or of {@code format()} with a literal template and
 * literal arguments. Anything else EXECUTEd is a blind spot.
 */
final class ParserPlpgsql {
  private static final Set<String> DDL =
      Set.of("create", "alter", "drop", "comment", "grant", "revoke", "select", "perform");

  private final Token body;
  private final List<Token> tokens;
  private final List<Stmt> effects = new ArrayList<>();
  private final List<Boolean> conditional = new ArrayList<>();
  private final List<DoBlock.BlindSpot> blind = new ArrayList<>();

  /** What is known of the block's text variables: {@code v := 'changes_' || x} is changes_%. */
  private final java.util.Map<String, String> vars = new java.util.HashMap<>();

  /**
   * Variables assigned exactly once, from literals only ({@code v := $q$CREATE ...$q$}): their
   * text, and whether that assignment may not run. EXECUTE of such a variable runs known SQL.
   */
  private final java.util.Map<String, Literal> literals = new java.util.HashMap<>();

  private final Set<String> assigned = new java.util.HashSet<>();

  private record Literal(String sql, boolean cond) {}

  ParserPlpgsql(Token body, List<Token> tokens) {
    this.body = body;
    this.tokens = tokens;
  }

  DoBlock read(Location at) {
    boolean guarded = false;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).value().equals("exception") && tokens.get(i + 1).value().equals("when")) {
        guarded = true; // an exception handler may swallow any failure in the block
      }
    }
    int cond = 0;
    // per open IF/CASE/loop: the names an "IF NOT EXISTS (... 'name' ...)" guard tests, else empty
    java.util.Deque<Set<String>> guards = new java.util.ArrayDeque<>();
    // per open IF/CASE/loop: true while its branch runs on every supported server (a version test)
    java.util.Deque<Boolean> sure = new java.util.ArrayDeque<>();
    boolean declare = false;
    for (List<Token> chunk : chunks()) {
      ParserCursor c = new ParserCursor(chunk, chunk.get(0).at());
      while (!c.atEnd()) {
        if (c.isPunct("<<") || c.peek().text().equals("<<")) {
          c.next();
          c.next();
          if (!c.atEnd()) c.next();
        } else if (c.acceptWord("declare")) {
          declare = true;
        } else if (c.acceptWord("begin")) {
          declare = false;
        } else if (c.acceptWord("end")) {
          if (c.acceptWord("if") || c.acceptWord("loop") || c.acceptWord("case")) {
            cond = Math.max(0, cond - 1);
            if (!guards.isEmpty()) guards.pop();
            if (!sure.isEmpty()) sure.pop();
          }
          c.rest();
        } else if (c.acceptWord("if")) {
          cond++;
          List<Token> test = c.until(Set.of("then"), Set.of());
          c.acceptWord("then");
          guards.push(notExistsNames(test));
          sure.push(VersionGuards.alwaysTrue(test));
        } else if (c.acceptWord("case")
            || c.isWord("while")
            || c.isWord("for")
            || c.isWord("foreach")) {
          cond++;
          guards.push(Set.of());
          sure.push(false);
          skipTo(c, c.isWord("while") || c.isWord("for") || c.isWord("foreach") ? "loop" : "then");
        } else if (c.acceptWord("loop")) {
          cond++;
          guards.push(Set.of());
          sure.push(false);
        } else if (c.acceptWord("elsif") || c.acceptWord("when")) {
          if (!guards.isEmpty()) {
            guards.pop(); // a branch after the first: the guard no longer holds
            guards.push(Set.of());
          }
          if (!sure.isEmpty()) {
            sure.pop();
            sure.push(false);
          }
          skipTo(c, "then");
        } else if (c.acceptWord("else")) {
          if (!guards.isEmpty()) {
            guards.pop();
            guards.push(Set.of());
          }
          if (!sure.isEmpty()) {
            sure.pop();
            sure.push(false);
          }
        } else if (c.acceptWord("exception")) {
          // the rest is a statement
        } else {
          break;
        }
      }
      if (c.atEnd()) continue;
      List<Token> rest = c.rest();
      boolean unsure = guarded || sure.contains(false);
      if (assignment(rest, unsure) || declare) continue;
      Set<String> guard = cond == 1 && !guarded && !guards.isEmpty() ? guards.peek() : Set.of();
      simple(rest, unsure, guard);
    }
    return new DoBlock(at, effects, conditional, blind);
  }

  /**
   * Records {@code v := 'literal' ...} (also {@code v type := ...} in DECLARE); true for any
   * assignment.
   */
  private boolean assignment(List<Token> ts, boolean cond) {
    for (int i = 1; i + 1 < ts.size(); i++) {
      if (ts.get(i).kind() == TokenKind.OPERATOR && ts.get(i).text().equals(":=")) {
        if (ts.get(0).kind() != TokenKind.IDENT) return false;
        String name = ts.get(0).value();
        List<Token> value = ts.subList(i + 1, ts.size());
        vars.put(name, SqlSketch.operand(value, vars));
        String text = literalsOnly(value);
        if (assigned.add(name) && text != null) literals.put(name, new Literal(text, cond));
        else literals.remove(name); // assigned twice, or from run-time values
        return true;
      }
      if (ts.get(i).kind() == TokenKind.PUNCT && !ts.get(i).text().equals(".")) return false;
    }
    return false;
  }

  /** The text of {@code 'a'} or {@code 'a' || 'b' ...}; null when any part is not a literal. */
  private static @Nullable String literalsOnly(List<Token> ts) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      boolean even = i % 2 == 0;
      if (even && t.kind() == TokenKind.STRING) b.append(t.value());
      else if (!even && t.kind() == TokenKind.OPERATOR && t.text().equals("||")) continue;
      else return null;
    }
    return ts.size() % 2 == 1 ? b.toString() : null;
  }

  private static void skipTo(ParserCursor c, String word) {
    c.until(Set.of(word), Set.of());
    c.acceptWord(word);
  }

  private List<List<Token>> chunks() {
    List<List<Token>> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (ParserCursor.isOpen(t)) depth++;
      else if (ParserCursor.isClose(t)) depth--;
      else if (depth == 0 && t.kind() == TokenKind.PUNCT && t.text().equals(";")) {
        if (i > from) out.add(tokens.subList(from, i));
        from = i + 1;
      }
    }
    if (from < tokens.size()) out.add(tokens.subList(from, tokens.size()));
    return out;
  }

  private void simple(List<Token> ts, boolean cond, Set<String> guard) {
    Token first = ts.get(0);
    if (first.kind() != TokenKind.IDENT) return;
    if (first.value().equals("execute")) {
      execute(ts.subList(1, ts.size()), first.at(), cond);
    } else if (DDL.contains(first.value())) {
      Stmt s = Parser.statement(ts, first.at(), new ParserSource(""));
      Stmt g = DoGuards.ifNotExists(s, guard);
      add(g != null ? g : s, g == null && cond, true);
    }
  }

  /**
   * The string literals of an {@code IF NOT EXISTS (SELECT ...)} test: the names whose absence it
   * checks; empty for any other test.
   */
  private static Set<String> notExistsNames(List<Token> test) {
    if (test.size() < 3 || !test.get(0).isWord("not") || !test.get(1).isWord("exists"))
      return Set.of();
    Set<String> names = new java.util.HashSet<>();
    for (Token t : test) if (t.kind() == TokenKind.STRING) names.add(t.value());
    return names;
  }

  private void add(Stmt s, boolean cond, boolean fromSql) {
    if (s instanceof Opaque o
        && (o.head().startsWith("SELECT") || o.head().startsWith("PERFORM"))) {
      return; // a query, not DDL
    }
    effects.add(s);
    conditional.add(cond);
  }

  private void execute(List<Token> expr, Location at, boolean cond) {
    ParserCursor c = new ParserCursor(expr, at);
    List<Token> e = c.until(Set.of("into", "using"), Set.of());
    String sql = literalSql(e);
    Literal known =
        e.size() == 1 && e.get(0).kind() == TokenKind.IDENT ? literals.get(e.get(0).value()) : null;
    if (sql == null && known != null) {
      sql = known.sql();
      cond |= known.cond();
    }
    if (sql == null) {
      blind.add(
          new DoBlock.BlindSpot(at, "EXECUTE " + ParserNames.norm(e), new SqlSketch(vars).of(e)));
      return;
    }
    try {
      List<Token> lexed = Lexer.lex(at.file(), sql);
      for (RawStatement raw : Statements.split(lexed)) {
        List<Token> moved = new ArrayList<>();
        for (Token t : raw.tokens()) moved.add(new Token(t.kind(), t.text(), t.value(), at));
        add(Parser.statement(moved, at, new ParserSource("")), cond, true);
      }
    } catch (UserError err) {
      blind.add(
          new DoBlock.BlindSpot(at, "EXECUTE of text that does not lex: " + err.getMessage()));
    }
  }

  /**
   * The SQL text of a literal or of format() with a literal template and literal arguments; null if
   * dynamic.
   */
  private static String literalSql(List<Token> e) {
    if (e.size() == 1 && e.get(0).kind() == TokenKind.STRING) return e.get(0).value();
    if (e.size() >= 4
        && e.get(0).value().equals("format")
        && e.get(1).text().equals("(")
        && e.get(2).kind() == TokenKind.STRING
        && e.get(e.size() - 1).text().equals(")")) {
      List<List<Token>> args = ParserCursor.splitCommas(e.subList(2, e.size() - 1));
      String template = args.get(0).get(0).value();
      if (args.get(0).size() != 1) return null;
      List<String> values = new ArrayList<>();
      for (List<Token> a : args.subList(1, args.size())) {
        if (a.size() != 1
            || (a.get(0).kind() != TokenKind.STRING && a.get(0).kind() != TokenKind.NUMBER))
          return null;
        values.add(a.get(0).value());
      }
      return format(template, values);
    }
    return null;
  }

  private static @Nullable String format(String template, List<String> values) {
    return expandFormat(
        template,
        (spec, n) ->
            n >= values.size() || "sIL".indexOf(spec) < 0
                ? null
                : switch (spec) {
                  case 'I' -> org.extupgrade.model.ObjectId.quote(values.get(n));
                  case 'L' -> "'" + values.get(n).replace("'", "''") + "'";
                  default -> values.get(n);
                });
  }

  /** The value of one format() argument: its conversion letter and index; null gives up. */
  interface FormatArg {
    @Nullable String value(char spec, int index);
  }

  /**
   * PostgreSQL's {@code format(template, ...)}: {@code %%} is a percent sign, each other {@code %x}
   * takes the next argument through {@code arg}; null when {@code arg} gives up.
   */
  static @Nullable String expandFormat(String template, FormatArg arg) {
    StringBuilder b = new StringBuilder();
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char ch = template.charAt(i);
      if (ch != '%' || i + 1 >= template.length()) {
        b.append(ch);
        continue;
      }
      char spec = template.charAt(++i);
      if (spec == '%') {
        b.append('%');
        continue;
      }
      String v = arg.value(spec, next++);
      if (v == null) return null;
      b.append(v);
    }
    return b.toString();
  }
}
