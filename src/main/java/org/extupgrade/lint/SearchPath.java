package org.extupgrade.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.extupgrade.sql.Token;

/**
 * A {@code search_path} value as a script or a routine's {@code SET} clause writes it, and whether
 * it is safe: nothing a hostile user can write into ({@code public}, {@code "$user"}, a schema the
 * extension does not own) and {@code pg_temp} named last (unnamed, it is searched first).
 *
 * @param schemas the schema names, lower case for unquoted ones
 * @param misquoted the whole list is one quoted string with commas ({@code 'a, b'}): one schema
 *     named {@code a, b}
 */
record SearchPath(List<String> schemas, boolean misquoted) {

  /** The value in {@code ts} from index {@code i} to the end (after {@code TO} or {@code =}). */
  static SearchPath of(List<Token> ts, int i) {
    List<String> out = new ArrayList<>();
    int strings = 0;
    if (Tokens.word(ts, i, "from") && Tokens.word(ts, i + 1, "current")) {
      return new SearchPath(List.of("@extschema@", "pg_temp"), false); // the script's own path
    }
    for (int j = i; j < ts.size(); j += 2) {
      Token t = ts.get(j);
      switch (t.kind()) {
        case IDENT, QUOTED_IDENT -> out.add(t.value());
        case PLACEHOLDER -> out.add("@" + t.value() + "@");
        case STRING -> {
          strings++;
          out.add(t.value());
        }
        default -> j = ts.size();
      }
      if (!Tokens.symbol(ts, j + 1, ",")) break;
    }
    boolean misquoted = strings == 1 && out.size() == 1 && out.get(0).contains(",");
    return new SearchPath(out, misquoted);
  }

  /** The value of {@code set_config('search_path', '...', ...)}: a list in one string. */
  static SearchPath ofString(String value) {
    List<String> out = new ArrayList<>();
    for (String s : value.split(",")) {
      String n = s.strip();
      if (n.startsWith("\"") && n.endsWith("\"") && n.length() > 1) {
        out.add(n.substring(1, n.length() - 1));
      } else if (!n.isEmpty()) out.add(n.toLowerCase(Locale.ROOT));
    }
    return new SearchPath(out, false);
  }

  /** Why this path is unsafe, or empty when it is safe. */
  String unsafe(Set<String> ownSchemas) {
    if (misquoted) {
      return "the list is one quoted string, so it names a single schema \""
          + schemas.get(0)
          + "\" and pg_temp is searched first";
    }
    if (schemas.isEmpty() || !schemas.get(schemas.size() - 1).equals("pg_temp")) {
      return "pg_temp is not named last, so temporary objects are searched first";
    }
    for (String s : schemas.subList(0, schemas.size() - 1)) {
      if (s.equals("pg_catalog") || s.startsWith("@extschema") || ownSchemas.contains(s)) continue;
      if (s.equals("public")) return "public is in it: any user may create objects there";
      if (s.equals("$user")) return "\"$user\" is in it: the caller's own schema comes first";
      if (s.equals("pg_temp")) return "pg_temp is named before the end";
      return "schema " + s + " is not one the extension creates";
    }
    return "";
  }
}
