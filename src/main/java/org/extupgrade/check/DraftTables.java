package org.extupgrade.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.extupgrade.draft.Change;
import org.extupgrade.model.ObjectId;
import org.extupgrade.sql.stmt.Column;
import org.extupgrade.sql.stmt.TableDef;

/**
 * The {@code ALTER TABLE} that turns one table of the upgraded install into the full install's:
 * constraints dropped, columns dropped, added, retyped, defaults and NOT NULL set, constraints
 * added. A type change that needs a {@code USING}, a changed generation expression, other table
 * options and another column order are TODOs.
 */
final class DraftTables {
  /**
   * @param changes the statement and the TODOs, in the order they run
   * @param breaksViews true when a column is dropped or retyped: views on the table must be dropped
   *     first and recreated after
   */
  record Result(List<Change> changes, boolean breaksViews) {}

  private final SchemaState names;
  private final String table;
  private final String object;
  private final String to;
  private final List<String> actions = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<Change> todos = new ArrayList<>();
  private final Map<String, java.util.Set<String>> newLabels;
  private boolean breaksViews;

  private DraftTables(
      SchemaState names,
      String table,
      String object,
      String to,
      Map<String, java.util.Set<String>> newLabels) {
    this.newLabels = newLabels;
    this.names = names;
    this.table = table;
    this.object = object;
    this.to = to;
  }

  /**
   * @param table the table's name as the draft writes it
   * @param object the table in SQL words, for TODOs
   * @param newLabels enum labels the draft adds, by type name: a default that uses one is a TODO
   */
  static Result diff(
      SchemaState names,
      String table,
      String object,
      String to,
      TableDef a,
      TableDef b,
      Map<String, java.util.Set<String>> newLabels) {
    DraftTables d = new DraftTables(names, table, object, to, newLabels);
    d.run(a, b);
    List<Change> out = new ArrayList<>();
    if (!d.actions.isEmpty()) {
      out.add(
          Change.of(
              object,
              String.join("\n", d.notes),
              "ALTER TABLE " + table + "\n    " + String.join(",\n    ", d.actions) + ";"));
    }
    out.addAll(d.todos);
    return new Result(out, d.breaksViews);
  }

  private void run(TableDef a, TableDef b) {
    constraintsDropped(a.constraints(), b.constraints());
    for (Column ca : a.columns()) {
      if (b.column(ca.name()).isEmpty()) {
        actions.add("DROP COLUMN IF EXISTS " + q(ca));
        notes.add(
            "column "
                + ca.name()
                + " is not in the full install of "
                + to
                + ": its values are lost");
        breaksViews = true;
      }
    }
    for (Column cb : b.columns()) {
      Column ca = a.column(cb.name()).orElse(null);
      if (ca == null) added(cb);
      else changed(ca, cb);
    }
    constraintsAdded(a.constraints(), b.constraints());
    List<String> orderA = new ArrayList<>();
    for (Column c : a.columns()) if (b.column(c.name()).isPresent()) orderA.add(c.name());
    List<String> orderB = new ArrayList<>();
    for (Column c : b.columns()) if (a.column(c.name()).isPresent()) orderB.add(c.name());
    if (!orderA.equals(orderB)) {
      todos.add(
          Change.todo(
              object,
              "the columns stand in another order than in the full install ("
                  + String.join(", ", orderB)
                  + "); only recreating the table and copying its rows changes that, and"
                  + " queries that name their columns do not notice",
              ""));
    }
    if (!names.canonicalText(a.extra()).equals(names.canonicalText(b.extra()))) {
      todos.add(
          Change.todo(
              object,
              "other table options than the full install's ("
                  + b.extra()
                  + "): most need the table recreated",
              ""));
    }
  }

  private void added(Column cb) {
    if (usesNewLabel(cb)) {
      actions.add("ADD COLUMN IF NOT EXISTS " + cb.withDefault(null).withNotNull(false).sql());
      todos.add(newLabelTodo(cb));
      return;
    }
    boolean fills = cb.defaultExpr() != null || !cb.generated().isEmpty();
    if (cb.notNull() && !fills) {
      actions.add("ADD COLUMN IF NOT EXISTS " + cb.withNotNull(false).sql());
      todos.add(
          Change.todo(
              object,
              "column "
                  + cb.name()
                  + " is NOT NULL without a default: fill it in the rows there are, then",
              "ALTER TABLE " + table + " ALTER COLUMN " + q(cb) + " SET NOT NULL;"));
      return;
    }
    actions.add("ADD COLUMN IF NOT EXISTS " + cb.sql());
  }

  private void changed(Column ca, Column cb) {
    String ta = names.naming().typeText(ca.type());
    String tb = names.naming().typeText(cb.type());
    if (!ta.equals(tb)) {
      breaksViews = true;
      if (ColumnTypes.widens(ta, tb)) {
        actions.add("ALTER COLUMN " + q(cb) + " TYPE " + cb.type());
      } else {
        todos.add(
            Change.todo(
                object,
                "column "
                    + cb.name()
                    + " changes type from "
                    + ca.type()
                    + " to "
                    + cb.type()
                    + ": no cast is known to keep every value, write the USING that converts"
                    + " the rows",
                "ALTER TABLE "
                    + table
                    + " ALTER COLUMN "
                    + q(cb)
                    + " TYPE "
                    + cb.type()
                    + " USING "
                    + q(cb)
                    + "::"
                    + cb.type()
                    + ";"));
      }
    }
    String da = ca.defaultExpr() == null ? null : names.canonicalText(ca.defaultExpr());
    String db = cb.defaultExpr() == null ? null : names.canonicalText(cb.defaultExpr());
    if (!Objects.equals(da, db) && usesNewLabel(cb)) {
      todos.add(newLabelTodo(cb));
    } else if (!Objects.equals(da, db)) {
      actions.add(
          "ALTER COLUMN "
              + q(cb)
              + (cb.defaultExpr() == null ? " DROP DEFAULT" : " SET DEFAULT " + cb.defaultExpr()));
    }
    if (ca.notNull() != cb.notNull()) {
      actions.add("ALTER COLUMN " + q(cb) + (cb.notNull() ? " SET NOT NULL" : " DROP NOT NULL"));
      if (cb.notNull())
        notes.add("SET NOT NULL on " + cb.name() + " fails while a row holds a null");
    }
    if (!ca.generated().equals(cb.generated())) {
      todos.add(
          Change.todo(
              object,
              "column "
                  + cb.name()
                  + " is generated otherwise in the full install ("
                  + (cb.generated().isEmpty() ? "not generated" : cb.generated())
                  + "): changing that needs the column dropped and added again, or its data moved",
              ""));
    }
  }

  /** A default naming an enum label this draft adds: PostgreSQL refuses it before a commit. */
  private boolean usesNewLabel(Column c) {
    if (c.defaultExpr() == null) return false;
    String type = c.type().substring(c.type().lastIndexOf('.') + 1);
    for (String label : newLabels.getOrDefault(type, java.util.Set.of()))
      if (c.defaultExpr().contains(DraftTail.lit(label))) return true;
    return false;
  }

  private Change newLabelTodo(Column c) {
    return Change.todo(
        object,
        "the default of column "
            + c.name()
            + " is a label this script adds, and PostgreSQL refuses a new enum label before the"
            + " transaction that adds it commits (an update script is one transaction): set it in"
            + " a later update script"
            + (c.notNull() ? ", with NOT NULL after the rows are filled" : ""),
        "ALTER TABLE "
            + table
            + " ALTER COLUMN "
            + q(c)
            + " SET DEFAULT "
            + c.defaultExpr()
            + ";"
            + (c.notNull()
                ? "\nALTER TABLE " + table + " ALTER COLUMN " + q(c) + " SET NOT NULL;"
                : ""));
  }

  private void constraintsDropped(Map<String, String> upgraded, Map<String, String> fresh) {
    Map<String, String> b = canonical(fresh);
    for (Map.Entry<String, String> e : canonical(upgraded).entrySet()) {
      if (e.getKey().startsWith("(")) continue; // unnamed in the model: nothing to drop by name
      String want = b.get(e.getKey());
      if (want != null && want.equals(e.getValue())) continue;
      if (want == null && b.containsValue(e.getValue())) continue; // same constraint, another name
      actions.add("DROP CONSTRAINT IF EXISTS " + ObjectId.quote(e.getKey()));
      notes.add(
          want == null
              ? "constraint " + e.getKey() + " is not in the full install of " + to
              : "constraint " + e.getKey() + " is defined otherwise in the full install of " + to);
    }
  }

  private void constraintsAdded(Map<String, String> upgraded, Map<String, String> fresh) {
    Map<String, String> a = canonical(upgraded);
    Map<String, String> raw = new TreeMap<>(fresh);
    for (Map.Entry<String, String> e : canonical(fresh).entrySet()) {
      String have = a.get(e.getKey());
      if (have != null && have.equals(e.getValue())) continue;
      if (have == null && a.containsValue(e.getValue())) continue;
      String name =
          e.getKey().startsWith("(") ? "" : "CONSTRAINT " + ObjectId.quote(e.getKey()) + " ";
      actions.add("ADD " + name + raw.get(e.getKey()));
      notes.add(
          "the new constraint "
              + (name.isEmpty() ? e.getValue() : e.getKey())
              + " fails on rows that break it");
    }
  }

  private Map<String, String> canonical(Map<String, String> m) {
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, String> e : m.entrySet())
      out.put(e.getKey(), names.canonicalText(e.getValue()));
    return out;
  }

  private static String q(Column c) {
    return ObjectId.quote(c.name());
  }
}
