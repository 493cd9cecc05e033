package org.extupgrade.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.extupgrade.sql.stmt.Definition;
import org.extupgrade.sql.stmt.GenericDef;

/** Statements suggested to close a gap, and small helpers on definitions. */
final class Suggestions {
  private Suggestions() {}

  private static final Pattern CREATE_REPLACEABLE =
      Pattern.compile(
          "(?i)^CREATE(\\s+)(FUNCTION|PROCEDURE|VIEW|AGGREGATE|TRIGGER|RULE|RECURSIVE\\s+VIEW)\\b");
  private static final Pattern CREATE_INE =
      Pattern.compile(
          "(?i)^CREATE(\\s+(?:UNLOGGED\\s+)?(?:TABLE|SEQUENCE|SCHEMA|MATERIALIZED\\s+VIEW|(?:UNIQUE\\s+)?INDEX))(\\s+)(?!IF\\s)");

  /** {@code DROP kind IF EXISTS name;}. */
  static String drop(ObjectId id) {
    String what = id.sqlName();
    if (id.kind() == ObjectKind.OPERATOR)
      what = what.replace("(none", "(NONE").replace(", none)", ", NONE)");
    return "DROP "
        + id.kind().label().toUpperCase(java.util.Locale.ROOT)
        + " IF EXISTS "
        + what
        + ";";
  }

  /**
   * The full install's statement, made safe to run in an update script (OR REPLACE / IF NOT
   * EXISTS).
   */
  static String create(String source) {
    String s = source.strip();
    Matcher m = CREATE_REPLACEABLE.matcher(s);
    if (m.find()) return "CREATE OR REPLACE" + m.group(1) + s.substring(m.start(2));
    m = CREATE_INE.matcher(s);
    if (m.find())
      return "CREATE" + m.group(1) + " IF NOT EXISTS" + m.group(2) + s.substring(m.end());
    return s;
  }

  /**
   * Recreating an object whose definition differs: OR REPLACE where PostgreSQL allows it, else DROP
   * and CREATE.
   */
  static String recreate(ObjectId id, String source) {
    return switch (id.kind()) {
      case FUNCTION, PROCEDURE, VIEW, RULE -> create(source);
      default -> drop(id) + "\n" + source.strip();
    };
  }

  /** The table an index is on, as {@code qualifiedName()}, read from its normalized definition. */
  static String indexTable(Entry e) {
    if (!(e.def() instanceof GenericDef g)) return "";
    String[] w = g.text().split(" ");
    int i = 0;
    while (i < w.length && !w[i].equals("on")) i++;
    i++;
    if (i < w.length && w[i].equals("only")) i++;
    if (i >= w.length) return "";
    String t = w[i];
    int paren = t.indexOf('(');
    return paren > 0 ? t.substring(0, paren) : t;
  }

  /** A trigger's, policy's, rule's or index's definition with its table renamed. */
  static Definition retarget(Definition d, String oldQ, String newQ) {
    if (!(d instanceof GenericDef g)) return d;
    String t =
        (" " + g.text() + " ")
            .replaceAll(
                " (on|to) " + java.util.regex.Pattern.quote(oldQ) + "([ (])",
                " $1 " + java.util.regex.Matcher.quoteReplacement(newQ) + "$2");
    return new GenericDef(t.strip());
  }
}
