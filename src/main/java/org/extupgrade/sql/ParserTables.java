package org.extupgrade.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extupgrade.model.ObjectKind;
import org.extupgrade.sql.stmt.AlterTable;
import org.extupgrade.sql.stmt.Column;
import org.extupgrade.sql.stmt.Create;
import org.extupgrade.sql.stmt.Stmt;
import org.extupgrade.sql.stmt.TableDef;
import org.jspecify.annotations.Nullable;

/** CREATE TABLE and ALTER TABLE: columns, their constraints, table constraints. */
final class ParserTables {
  private ParserTables() {}

  private static final Set<String> COLUMN_STOP =
      Set.of(
          "constraint",
          "not",
          "null",
          "default",
          "generated",
          "primary",
          "unique",
          "check",
          "references",
          "collate",
          "compression",
          "storage");

  /** Where a column's REFERENCES clause ends: the next constraint or COLLATE. */
  private static final Set<String> REFERENCES_STOP =
      Set.of(
          "constraint",
          "not",
          "null",
          "default",
          "generated",
          "primary",
          "unique",
          "check",
          "collate");

  private static final Set<String> TABLE_CONSTRAINT =
      Set.of("constraint", "primary", "unique", "check", "foreign", "exclude");

  /** A column with the constraints written on it, in table form ({@code unique ( c )}). */
  record ColumnSpec(Column column, Map<String, String> constraints) {}

  /** CREATE TABLE [IF NOT EXISTS] name (...), the cursor after TABLE. */
  static Stmt create(ParserCursor c, String source) {
    boolean ifNotExists = c.acceptWords("if", "not", "exists");
    ParserNames.QName q = ParserNames.qname(c);
    List<Column> columns = new ArrayList<>();
    Map<String, String> constraints = new LinkedHashMap<>();
    if (c.isPunct("(")) {
      for (List<Token> el : ParserCursor.splitCommas(c.parenthesized())) {
        ParserCursor e = new ParserCursor(el, c.start());
        if (e.isAnyWord(TABLE_CONSTRAINT)) {
          addConstraint(constraints, q.name(), tableConstraint(e));
        } else if (e.isWord("like")) {
          constraints.put("like " + ParserNames.norm(el), ParserNames.norm(el));
        } else {
          ColumnSpec spec = column(e, q.name());
          columns.add(spec.column());
          constraints.putAll(spec.constraints());
        }
      }
    }
    for (String def : constraints.values()) {
      if (!def.startsWith("primary key(")) continue;
      // a primary key makes its columns NOT NULL, wherever it is written
      for (int i = 0; i < columns.size(); i++) {
        String quoted = org.extupgrade.model.ObjectId.quote(columns.get(i).name());
        if (List.of(def.substring(12, Math.max(12, def.indexOf(')'))).split(", ?"))
            .contains(quoted)) columns.set(i, columns.get(i).withNotNull(true));
      }
    }
    String extra = ParserNames.norm(c.rest());
    return new Create(
        c.start(),
        q.id(ObjectKind.TABLE),
        false,
        ifNotExists,
        new TableDef(columns, constraints, extra),
        source);
  }

  /** A named or unnamed table constraint: [CONSTRAINT name] def. Name null when generated. */
  record NamedConstraint(@Nullable String name, String def, List<String> columns) {}

  static NamedConstraint tableConstraint(ParserCursor e) {
    String name = null;
    if (e.acceptWord("constraint")) {
      name = e.next().value();
    }
    List<Token> rest = e.rest();
    List<String> cols = new ArrayList<>();
    for (Token t : rest) {
      if (t.text().equals(")")) break;
      if (t.kind() == TokenKind.IDENT || t.kind() == TokenKind.QUOTED_IDENT) cols.add(t.value());
    }
    // the words before the column list (primary key / unique / foreign key) are not columns
    cols.removeIf(
        s ->
            Set.of(
                    "primary",
                    "key",
                    "unique",
                    "foreign",
                    "check",
                    "exclude",
                    "nulls",
                    "not",
                    "distinct")
                .contains(s));
    return new NamedConstraint(name, ParserNames.norm(rest), cols);
  }

  static void addConstraint(Map<String, String> into, String table, NamedConstraint nc) {
    String name = nc.name();
    if (name == null) {
      String d = nc.def();
      String suffix =
          d.startsWith("primary")
              ? "pkey"
              : d.startsWith("unique")
                  ? "key"
                  : d.startsWith("foreign") ? "fkey" : d.startsWith("check") ? "check" : "excl";
      name =
          suffix.equals("pkey") || nc.columns().isEmpty()
              ? table + "_" + suffix
              : table + "_" + String.join("_", nc.columns()) + "_" + suffix;
      while (into.containsKey(name)) name = name + "1";
    }
    into.put(name, nc.def());
  }

  /** A column definition: name type [constraints]. */
  static ColumnSpec column(ParserCursor e, String table) {
    String name = e.next().value();
    String type = ParserTypes.column(e.until(COLUMN_STOP, Set.of()));
    String def = null;
    boolean notNull = false;
    String generated = "";
    Map<String, String> constraints = new LinkedHashMap<>();
    String cname = null;
    while (!e.atEnd()) {
      if (e.acceptWord("constraint")) {
        cname = e.next().value();
        continue;
      }
      if (e.acceptWords("not", "null")) {
        notNull = true;
      } else if (e.acceptWord("null")) {
        // explicit NULL: the default
      } else if (e.acceptWord("default")) {
        def = defaultOf(ParserNames.norm(e.until(COLUMN_STOP, Set.of())));
      } else if (e.isWord("generated")) {
        List<Token> g = e.until(COLUMN_STOP, Set.of());
        generated = ParserNames.norm(g);
        if (generated.contains("identity")) notNull = true;
      } else if (e.acceptWords("primary", "key")) {
        notNull = true;
        constraints.put(cname != null ? cname : table + "_pkey", "primary key(" + q(name) + ")");
        e.until(COLUMN_STOP, Set.of());
      } else if (e.acceptWord("unique")) {
        List<Token> opts =
            e.atEnd() || e.isAnyWord(COLUMN_STOP) ? List.of() : e.until(COLUMN_STOP, Set.of());
        constraints.put(
            cname != null ? cname : table + "_" + name + "_key",
            ("unique " + ParserNames.norm(opts)).trim() + "(" + q(name) + ")");
      } else if (e.acceptWord("check")) {
        String expr = ParserNames.norm(e.parenthesized());
        if (!e.atEnd() && !e.isAnyWord(COLUMN_STOP)) e.until(COLUMN_STOP, Set.of());
        constraints.put(
            cname != null ? cname : table + "_" + name + "_check", "check(" + expr + ")");
      } else if (e.acceptWord("references")) {
        String ref = ParserNames.norm(e.until(REFERENCES_STOP, Set.of()));
        constraints.put(
            cname != null ? cname : table + "_" + name + "_fkey",
            "foreign key(" + q(name) + ") references " + ref);
      } else if (e.acceptWord("collate")) {
        type = type + " collate " + ParserNames.tokenText(e.next());
      } else {
        e.next();
      }
      cname = null;
    }
    return new ColumnSpec(new Column(name, type, def, notNull, generated), constraints);
  }

  /**
   * A column constraint in the text a table constraint normalizes to ({@code check(x > 0)}, {@code
   * primary key(id)}), so that both spellings compare equal.
   */
  private static String q(String column) {
    return org.extupgrade.model.ObjectId.quote(column);
  }

  /**
   * A normalized default, or null for {@code NULL} (also cast, {@code NULL::text}): PostgreSQL
   * stores no default for a null constant.
   */
  static @Nullable String defaultOf(String expr) {
    return expr.equals("null") || expr.matches("null::[\\w .\"]+(\\(\\d+(, ?\\d+)?\\))?(\\[\\])*")
        ? null
        : expr;
  }

  /** ALTER TABLE actions after the table name (RENAME TO / SET SCHEMA handled by the caller). */
  static List<AlterTable.Action> actions(ParserCursor c, String table) {
    List<AlterTable.Action> out = new ArrayList<>();
    for (List<Token> one : ParserCursor.splitCommas(c.rest())) {
      ParserCursor a = new ParserCursor(one, c.start());
      try {
        out.add(action(a, table));
      } catch (ParserCursor.ParseMiss m) {
        out.add(new AlterTable.Other(ParserNames.norm(one.subList(0, Math.min(3, one.size())))));
      }
    }
    return out;
  }

  private static AlterTable.Action action(ParserCursor a, String table) {
    if (a.acceptWord("add")) {
      if (a.isAnyWord(TABLE_CONSTRAINT)) {
        NamedConstraint nc = tableConstraint(a);
        return new AlterTable.AddConstraint(nc.name(), nc.def());
      }
      a.acceptWord("column");
      boolean ine = a.acceptWords("if", "not", "exists");
      ColumnSpec spec = column(a, table);
      return new AlterTable.AddColumn(spec.column(), ine, spec.constraints());
    }
    if (a.acceptWord("drop")) {
      if (a.acceptWord("constraint")) {
        boolean ie = a.acceptWords("if", "exists");
        return new AlterTable.DropConstraint(a.next().value(), ie);
      }
      a.acceptWord("column");
      boolean ie = a.acceptWords("if", "exists");
      return new AlterTable.DropColumn(a.next().value(), ie);
    }
    if (a.acceptWord("alter")) {
      if (a.acceptWord("constraint")) {
        String name = a.next().value();
        return new AlterTable.AlterConstraint(name, ParserNames.norm(a.rest()));
      }
      a.acceptWord("column");
      String col = a.next().value();
      if (a.acceptWords("set", "data", "type") || a.acceptWord("type")) {
        List<Token> t = a.until(Set.of("using", "collate"), Set.of());
        return new AlterTable.AlterColumnType(col, ParserTypes.column(t));
      }
      if (a.acceptWords("set", "default")) {
        return new AlterTable.SetDefault(col, defaultOf(ParserNames.norm(a.rest())));
      }
      if (a.acceptWords("drop", "default")) {
        return new AlterTable.SetDefault(col, null);
      }
      if (a.acceptWords("set", "not", "null")) {
        return new AlterTable.SetNotNull(col, true);
      }
      if (a.acceptWords("drop", "not", "null")) {
        return new AlterTable.SetNotNull(col, false);
      }
      return new AlterTable.Other("alter column " + col + " " + ParserNames.norm(a.rest()));
    }
    if (a.acceptWord("rename")) {
      if (a.acceptWord("constraint")) {
        String from = a.next().value();
        a.expectWord("to");
        return new AlterTable.RenameConstraint(from, a.next().value());
      }
      a.acceptWord("column");
      String from = a.next().value();
      a.expectWord("to");
      return new AlterTable.RenameColumn(from, a.next().value());
    }
    return new AlterTable.Other(ParserNames.norm(a.rest()));
  }
}
