package org.extupgrade.lint;

import java.util.List;
import org.extupgrade.model.FindingKind;
import org.extupgrade.sql.Token;

/**
 * The search_path of the routines a script creates (pgspot PS003, PS004, PS005, PS018), and the
 * bodies run with an unsafe one: a SECURITY DEFINER body's names are read by {@link
 * ExpressionScan}; every PL/pgSQL body's EXECUTEs by {@link DynamicSqlRule}.
 */
final class RoutineRules {
  private RoutineRules() {}

  /** Checks the routine whose CREATE is {@code ts}, with its name at {@code i}. */
  static void check(List<Token> ts, int i, Context cx, ExpressionScan script) {
    Routine r = Routine.read(ts, i);
    String object = "function " + r.name().text();
    SearchPath path = r.searchPath();
    if (path != null && path.misquoted() && r.setAt() != null) {
      script.quotedList(r.setAt(), path);
    }
    String unsafe = path == null ? "" : path.unsafe(cx.ownSchemas());
    // C and internal code names no SQL objects through search_path (unlike pgspot, not reported)
    boolean definer =
        r.securityDefiner() && !r.language().equals("c") && !r.language().equals("internal");
    if (definer && path == null) {
      cx.add(
          FindingKind.SECURITY_DEFINER_NO_SEARCH_PATH,
          r.nameAt(),
          object,
          "SECURITY DEFINER routine "
              + r.name().text()
              + " has no SET search_path: it runs with its owner's rights and its caller's"
              + " search_path",
          "add SET search_path = pg_catalog, pg_temp (and qualify the extension's objects with"
              + " @extschema@)");
    } else if (definer && !unsafe.isEmpty()) {
      cx.add(
          FindingKind.SECURITY_DEFINER_UNSAFE_SEARCH_PATH,
          r.setAt() != null ? r.setAt() : r.nameAt(),
          object,
          "SECURITY DEFINER routine " + r.name().text() + " sets an unsafe search_path: " + unsafe,
          "SET search_path = pg_catalog, pg_temp (schemas the extension creates may come between)");
    } else if (!r.securityDefiner() && path == null && r.readable() && r.body() != null) {
      String names = unqualified(r.body(), cx);
      if (!names.isEmpty()) {
        cx.add(
            FindingKind.FUNCTION_NO_SEARCH_PATH,
            r.nameAt(),
            object,
            "routine "
                + r.name().text()
                + " has no SET search_path and its body names "
                + names
                + " without a schema: they resolve through its caller's search_path",
            "add SET search_path = pg_catalog, pg_temp, or (for a routine that must be inlined)"
                + " qualify every name and operator in its body");
      }
    }
    for (int[] d : r.defaults()) script.scanRange(ts, d[0], d[1]);
    if (r.standardBody() >= 0) script.scanRange(ts, r.standardBody(), ts.size());
    script.flush(object);
    Token body = r.body();
    if (body == null || !r.readable()) return;
    boolean bodySafe = path != null && unsafe.isEmpty();
    List<List<Token>> statements = Body.statements(body);
    if (r.securityDefiner() && !bodySafe) {
      ExpressionScan inner = new ExpressionScan(cx, false);
      for (List<Token> s : statements) {
        if (!inner.setting(s, 0)) inner.scanRange(s, 0, s.size());
      }
      inner.flush(object);
    }
    if (r.language().equals("plpgsql")) {
      for (List<Token> s : statements) DynamicSqlRule.check(s, cx);
    }
  }

  /**
   * What a body run with its caller's search_path names without a schema (the first few, for the
   * message), or empty when it qualifies everything: pgspot's PS005 is reported only then.
   */
  private static String unqualified(Token body, Context cx) {
    ExpressionScan scan = new ExpressionScan(cx, false);
    for (List<Token> s : Body.statements(body)) {
      if (!scan.setting(s, 0)) scan.scanRange(s, 0, s.size());
    }
    return scan.drain();
  }
}
