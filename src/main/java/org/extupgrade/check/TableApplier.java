package org.extupgrade.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.extupgrade.model.Location;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.extupgrade.sql.stmt.AlterTable;
import org.extupgrade.sql.stmt.Column;
import org.extupgrade.sql.stmt.TableDef;
import org.extupgrade.sql.stmt.Target;

/** ALTER TABLE actions applied to a table's columns and constraints. */
final class TableApplier {
  private final SchemaState st;
  private final Applier applier;

  /** True while a parent's change recurses to a child: PostgreSQL merges there, never fails. */
  private final boolean recursing;

  TableApplier(SchemaState st, Steps steps, Applier applier) {
    this(st, applier, false);
  }

  private TableApplier(SchemaState st, Applier applier, boolean recursing) {
    this.st = st;
    this.applier = applier;
    this.recursing = recursing;
  }

  void apply(AlterTable a, boolean cond) {
    Entry e = applier.lookup(Target.of(a.table()));
    if (e == null) {
      for (ObjectKind k :
          List.of(
              ObjectKind.VIEW,
              ObjectKind.MATERIALIZED_VIEW,
              ObjectKind.SEQUENCE,
              ObjectKind.INDEX)) {
        Entry other = st.get(a.table().withKind(k));
        if (other != null) {
          st.put(other.uncertainAt(a.at()));
          return;
        }
      }
      applier.resolve(Target.of(a.table()), a.ifExists(), cond, a.at());
      return;
    }
    if (!(e.def() instanceof TableDef t)) {
      st.put(e.uncertainAt(a.at()));
      return;
    }
    List<Column> cols = new ArrayList<>(t.columns());
    Map<String, String> cons = new LinkedHashMap<>(t.constraints());
    boolean onlyConstraints =
        a.actions().stream()
            .allMatch(
                x ->
                    x instanceof AlterTable.AddConstraint
                        || x instanceof AlterTable.DropConstraint
                        || x instanceof AlterTable.RenameConstraint
                        || x instanceof AlterTable.AlterConstraint);
    boolean uncertain = cond && !onlyConstraints;
    if (cond && onlyConstraints) st.markUncertainConstraints(st.canonical(e.id()));
    for (AlterTable.Action act : a.actions()) {
      uncertain |= !action(act, e.id(), cols, cons, cond, a.at());
    }
    Entry n = e.with(new TableDef(cols, cons, t.extra()), a.at());
    st.put(uncertain ? n.uncertainAt(a.at()) : n);
    List<AlterTable.Action> recurse =
        a.actions().stream().filter(TableApplier::recursesToChildren).toList();
    if (!recurse.isEmpty() && !a.only()) {
      for (Entry child : Inheritance.children(st, e.id())) {
        if (child.id().equals(e.id())) continue;
        new TableApplier(st, applier, true)
            .apply(new AlterTable(a.at(), child.id(), true, recurse), cond);
      }
    }
  }

  /** Column changes that ALTER TABLE (without ONLY) makes on every child table too. */
  private static boolean recursesToChildren(AlterTable.Action a) {
    return a instanceof AlterTable.AddColumn
        || a instanceof AlterTable.DropColumn
        || a instanceof AlterTable.AlterColumnType
        || a instanceof AlterTable.SetDefault
        || a instanceof AlterTable.SetNotNull
        || a instanceof AlterTable.RenameColumn;
  }

  private void fail(ObjectId table, String message, Location at) {
    if (!recursing) applier.fail(table, message, at);
  }

  /** Applies one action; false when its effect is not modeled. */
  private boolean action(
      AlterTable.Action act,
      ObjectId table,
      List<Column> cols,
      Map<String, String> cons,
      boolean cond,
      Location at) {
    String tn = table.qualifiedName();
    switch (act) {
      case AlterTable.AddColumn ac -> {
        if (find(cols, ac.column().name()).isPresent()) {
          if (!ac.ifNotExists() && !cond)
            fail(table, "column " + ac.column().name() + " of " + tn + " already exists", at);
          return true;
        }
        cols.add(ac.column());
        cons.putAll(ac.constraints());
      }
      case AlterTable.DropColumn dc -> {
        int i = index(cols, dc.name());
        if (i < 0) {
          if (!dc.ifExists() && !cond) missingColumn(table, dc.name(), at);
          return true;
        }
        cols.remove(i);
        st.comments().set(new Comments.Key(st.canonical(table), dc.name()), "");
        cons.values().removeIf(def -> List.of(def.split(" ")).contains(dc.name()));
      }
      case AlterTable.AlterColumnType x ->
          update(table, cols, x.name(), c -> c.withType(x.type()), cond, at);
      case AlterTable.SetDefault x ->
          update(table, cols, x.name(), c -> c.withDefault(x.expr()), cond, at);
      case AlterTable.SetNotNull x ->
          update(table, cols, x.name(), c -> c.withNotNull(x.notNull()), cond, at);
      case AlterTable.RenameColumn x -> {
        if (find(cols, x.to()).isPresent()) {
          if (!cond) fail(table, "column " + x.to() + " of " + tn + " already exists", at);
          return true;
        }
        if (update(table, cols, x.from(), c -> c.withName(x.to()), cond, at)) {
          st.comments().renameColumn(st.canonical(table), x.from(), x.to());
          cons.replaceAll((name, def) -> Constraints.renameColumn(def, x.from(), x.to()));
          renameInIndexes(table, x.from(), x.to());
        }
      }
      case AlterTable.AddConstraint x -> {
        String name = x.name() != null ? x.name() : "(" + x.def() + ")";
        if (cons.containsKey(name) && x.name() != null && x.ifNotExists()) return true;
        if (cons.containsKey(name) && !cond && x.name() != null) {
          fail(table, "constraint " + name + " of " + tn + " already exists", at);
        }
        cons.put(name, x.def());
        if (x.def().startsWith("primary key(")) {
          // a primary key makes its columns NOT NULL, as in CREATE TABLE
          String list = x.def().substring(12, Math.max(12, x.def().indexOf(')')));
          for (String c : list.split(",")) {
            String col = c.strip().replace("\"", "");
            int i = index(cols, col);
            if (i >= 0) cols.set(i, cols.get(i).withNotNull(true));
          }
        }
      }
      case AlterTable.DropConstraint x -> cons.remove(x.name());
      case AlterTable.RenameConstraint x -> {
        String def = cons.remove(x.from());
        if (def != null) cons.put(x.to(), def);
      }
      case AlterTable.AlterConstraint x -> {
        String def = cons.get(x.name());
        String altered = def == null ? null : Constraints.withTiming(def, x.clause());
        if (altered == null) return false;
        cons.put(x.name(), altered);
      }
      case AlterTable.Other o -> {
        return !o.head().startsWith("alter column");
      }
    }
    return true;
  }

  /** RENAME COLUMN: the table's indexes name the column by its new name. */
  private void renameInIndexes(ObjectId table, String from, String to) {
    for (Entry d : List.copyOf(st.entries())) {
      if (d.id().kind() != ObjectKind.INDEX
          || !(d.def() instanceof org.extupgrade.sql.stmt.GenericDef g)
          || !Suggestions.indexTable(d).equals(table.qualifiedName())) continue;
      int paren = g.text().indexOf('(');
      if (paren < 0) continue;
      String renamed =
          g.text().substring(0, paren)
              + Constraints.renameColumn(g.text().substring(paren), from, to);
      if (!renamed.equals(g.text()))
        st.put(d.with(new org.extupgrade.sql.stmt.GenericDef(renamed), d.at()));
    }
  }

  /** Changes a column; false (reporting it unless inherited from an unknown table) if missing. */
  private boolean update(
      ObjectId table,
      List<Column> cols,
      String name,
      java.util.function.UnaryOperator<Column> f,
      boolean cond,
      Location at) {
    int i = index(cols, name);
    if (i < 0) {
      if (!cond) missingColumn(table, name, at);
      return false;
    }
    cols.set(i, f.apply(cols.get(i)));
    return true;
  }

  private void missingColumn(ObjectId table, String name, Location at) {
    Entry e = st.get(table);
    if (e != null
        && e.def() instanceof TableDef t
        && Inheritance.hasUnknownParent(t, applier::lookup)) {
      return; // the column may come from a parent the model does not know
    }
    fail(
        table,
        "column " + name + " of " + table.qualifiedName() + " does not exist at this point",
        at);
  }

  private static Optional<Column> find(List<Column> cols, String name) {
    return cols.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  private static int index(List<Column> cols, String name) {
    for (int i = 0; i < cols.size(); i++) if (cols.get(i).name().equals(name)) return i;
    return -1;
  }
}
