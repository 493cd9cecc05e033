package org.extupgrade.lint;

import java.util.List;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.sql.Token;
import org.extupgrade.sql.TokenKind;

/**
 * {@code @extschema@}, {@code @extschema:name@} and {@code @extowner@} inside a quoting construct
 * (CVE-2023-39417): PostgreSQL substitutes them as text before the script is parsed, so a schema or
 * role named with a quote or a dollar sign ends the string or the body early and injects SQL.
 * PostgreSQL 11.21, 12.16, 13.12, 14.9, 15.4, 16.0 and later refuse such names; older servers run
 * the injected SQL as the installing superuser. Not in pgspot.
 */
final class PlaceholderRule {
  private PlaceholderRule() {}

  static void check(List<Token> ts, Context cx) {
    for (Token t : ts) {
      if (t.kind() != TokenKind.STRING && t.kind() != TokenKind.QUOTED_IDENT) continue;
      String text = t.text();
      int at = first(text);
      if (at < 0) continue;
      int lines = 0;
      int lastNl = -1;
      for (int k = 0; k < at; k++) {
        if (text.charAt(k) == '\n') {
          lines++;
          lastNl = k;
        }
      }
      Location l = t.at();
      Location where =
          new Location(l.file(), l.line() + lines, lines == 0 ? l.column() + at : at - lastNl);
      String name = text.substring(at, text.indexOf('@', at + 1) + 1);
      String construct =
          t.kind() == TokenKind.QUOTED_IDENT
              ? "a quoted name"
              : text.startsWith("$") ? "a dollar-quoted string" : "a quoted string";
      cx.add(
          t.kind() == TokenKind.QUOTED_IDENT
              ? FindingKind.PLACEHOLDER_DOUBLE_QUOTED
              : FindingKind.PLACEHOLDER_IN_STRING,
          where,
          name,
          t.kind() == TokenKind.QUOTED_IDENT
              ? name
                  + " inside double quotes: it is substituted as a quoted name already, so a name"
                  + " that needs quoting becomes \"\"name\"\" (and a name with a quote injects"
                  + " SQL on servers without the CVE-2023-39417 fix)"
              : name
                  + " inside "
                  + construct
                  + ": a schema or role name with a quote or dollar sign would end it and inject"
                  + " SQL on servers without the CVE-2023-39417 fix (before 11.21, 12.16, 13.12,"
                  + " 14.9, 15.4); later ones refuse such names",
          t.kind() == TokenKind.QUOTED_IDENT
              ? "write " + name + " without double quotes (it is substituted already quoted)"
              : "keep "
                  + name
                  + " outside quotes: SET search_path in the routine, or build the"
                  + " name at run time with format('%I', ...)");
    }
  }

  private static int first(String text) {
    int best = -1;
    for (String p : new String[] {"@extschema@", "@extschema:", "@extowner@"}) {
      int i = text.indexOf(p);
      if (i >= 0 && (best < 0 || i < best)) best = i;
    }
    return best;
  }
}
