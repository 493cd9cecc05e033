package org.extupgrade.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.extupgrade.sql.stmt.Column;
import org.extupgrade.sql.stmt.TableDef;
import org.extupgrade.sql.stmt.Target;
import org.jspecify.annotations.Nullable;

/**
 * Table inheritance ({@code INHERITS (parent)}, and partitions, {@code PARTITION OF parent}): a
 * child has its parents' columns first, then its own (a local column of the same name merges into
 * the inherited one), and column changes on a parent recurse to its children, as in PostgreSQL.
 */
final class Inheritance {
  private Inheritance() {}

  private static final Pattern INHERITS = Pattern.compile("(?:^|\\s)inherits\\s?\\(([^)]*)\\)");

  private static final Pattern PARTITION_OF = Pattern.compile("^partition of ([^\\s(]+)");

  /** The parents a table's options name, in order: INHERITS (a, b) or PARTITION OF a. */
  static List<ObjectId> parents(TableDef t) {
    Matcher p = PARTITION_OF.matcher(t.extra());
    Matcher m = INHERITS.matcher(t.extra());
    String list;
    if (p.find()) list = p.group(1);
    else if (m.find()) list = m.group(1);
    else return List.of();
    List<ObjectId> out = new ArrayList<>();
    for (String n : list.split(",")) {
      String s = n.strip();
      if (s.isEmpty()) continue;
      int dot = lastDotOutsideQuotes(s);
      String schema = dot < 0 ? ObjectId.EXTSCHEMA : unquote(s.substring(0, dot));
      out.add(ObjectId.of(ObjectKind.TABLE, schema, unquote(s.substring(dot + 1))));
    }
    return out;
  }

  /**
   * The child's columns with its known parents' columns first; unchanged if a parent is unknown.
   */
  static TableDef withInherited(TableDef child, Function<Target, @Nullable Entry> lookup) {
    List<Column> cols = new ArrayList<>();
    for (ObjectId p : parents(child)) {
      Entry e = lookup.apply(Target.of(p));
      if (e == null || !(e.def() instanceof TableDef pt)) return child;
      for (Column c : pt.columns()) if (index(cols, c.name()) < 0) cols.add(c);
    }
    for (Column c : child.columns()) {
      int i = index(cols, c.name());
      if (i < 0) {
        cols.add(c);
      } else {
        Column inh = cols.get(i);
        cols.set(
            i,
            inh.withNotNull(inh.notNull() || c.notNull())
                .withDefault(c.defaultExpr() != null ? c.defaultExpr() : inh.defaultExpr()));
      }
    }
    return new TableDef(cols, child.constraints(), child.extra());
  }

  /**
   * True when the table inherits from a table the model does not know (its columns are unknown).
   */
  static boolean hasUnknownParent(TableDef t, Function<Target, @Nullable Entry> lookup) {
    for (ObjectId p : parents(t)) {
      Entry e = lookup.apply(Target.of(p));
      if (e == null || !(e.def() instanceof TableDef)) return true;
    }
    return false;
  }

  /** The tables that name {@code parent} in their INHERITS list. */
  static List<Entry> children(SchemaState st, ObjectId parent) {
    ObjectId key = st.canonical(parent);
    List<Entry> out = new ArrayList<>();
    for (Entry e : st.entries()) {
      if (e.def() instanceof TableDef t) {
        for (ObjectId p : parents(t)) {
          if (st.canonical(p).equals(key)) {
            out.add(e);
            break;
          }
        }
      }
    }
    out.sort((a, b) -> a.id().compareTo(b.id()));
    return out;
  }

  private static int index(List<Column> cols, String name) {
    for (int i = 0; i < cols.size(); i++) if (cols.get(i).name().equals(name)) return i;
    return -1;
  }

  private static int lastDotOutsideQuotes(String s) {
    boolean q = false;
    int dot = -1;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '"') q = !q;
      else if (s.charAt(i) == '.' && !q) dot = i;
    }
    return dot;
  }

  private static String unquote(String s) {
    return s.startsWith("\"") && s.endsWith("\"") && s.length() > 1
        ? s.substring(1, s.length() - 1).replace("\"\"", "\"")
        : s;
  }
}
