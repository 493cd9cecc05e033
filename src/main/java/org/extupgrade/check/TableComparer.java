package org.extupgrade.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.extupgrade.model.Location;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.Severity;
import org.extupgrade.sql.stmt.Column;
import org.extupgrade.sql.stmt.TableDef;

/** Column and constraint drift of one table between an upgraded and a fresh install. */
final class TableComparer {
  private final Comparer out;
  private final Entry u;
  private final Entry f;
  private final Location where;
  private final String t;

  TableComparer(Comparer out, Entry u, Entry f, Location where) {
    this.out = out;
    this.u = u;
    this.f = f;
    this.where = where;
    this.t = f.id().qualifiedName();
  }

  void compare(TableDef a, TableDef b) {
    for (Column cb : b.columns()) {
      Column ca = a.column(cb.name()).orElse(null);
      if (ca == null) {
        col(
            Severity.ERROR,
            cb.name(),
            "is missing",
            "ALTER TABLE " + t + " ADD COLUMN IF NOT EXISTS " + cb.sql() + ";",
            "");
        continue;
      }
      if (!ca.type().equals(cb.type())) {
        col(
            Severity.ERROR,
            cb.name(),
            "has type " + ca.type() + " instead of " + cb.type(),
            "ALTER TABLE " + t + " ALTER COLUMN " + q(cb) + " TYPE " + cb.type() + ";",
            "- " + ca.type() + "\n+ " + cb.type());
      }
      if (!Objects.equals(ca.defaultExpr(), cb.defaultExpr())) {
        col(
            Severity.ERROR,
            cb.name(),
            "has default " + show(ca.defaultExpr()) + " instead of " + show(cb.defaultExpr()),
            "ALTER TABLE "
                + t
                + " ALTER COLUMN "
                + q(cb)
                + (cb.defaultExpr() == null
                    ? " DROP DEFAULT;"
                    : " SET DEFAULT " + cb.defaultExpr() + ";"),
            "");
      }
      if (ca.notNull() != cb.notNull()) {
        col(
            Severity.ERROR,
            cb.name(),
            cb.notNull()
                ? "allows nulls but is NOT NULL in the full install"
                : "is NOT NULL but allows nulls in the full install",
            "ALTER TABLE "
                + t
                + " ALTER COLUMN "
                + q(cb)
                + (cb.notNull() ? " SET NOT NULL;" : " DROP NOT NULL;"),
            "");
      }
      if (!ca.generated().equals(cb.generated())) {
        col(
            Severity.ERROR,
            cb.name(),
            "is " + show(ca.generated()) + " instead of " + show(cb.generated()),
            "",
            "");
      }
    }
    for (Column ca : a.columns()) {
      if (b.column(ca.name()).isEmpty()) {
        col(
            Severity.ERROR,
            ca.name(),
            "is left over (not in the full install)",
            "ALTER TABLE " + t + " DROP COLUMN IF EXISTS " + ObjectId.quote(ca.name()) + ";",
            "");
      }
    }
    List<String> orderA = new ArrayList<>();
    for (Column c : a.columns()) if (b.column(c.name()).isPresent()) orderA.add(c.name());
    List<String> orderB = new ArrayList<>();
    for (Column c : b.columns()) if (a.column(c.name()).isPresent()) orderB.add(c.name());
    if (!orderA.equals(orderB)) {
      out.add(
          f,
          Severity.WARNING,
          "column-order-drift",
          f.id().display()
              + " has its columns in another order after upgrade "
              + out.from()
              + " -> "
              + out.to()
              + " (only recreating the table changes the order)",
          where,
          "",
          "- " + String.join(", ", orderA) + "\n+ " + String.join(", ", orderB),
          u);
    }
    constraints(a.constraints(), b.constraints());
    if (!a.extra().equals(b.extra())) {
      out.add(
          f,
          Severity.WARNING,
          "definition-drift",
          f.id().display()
              + " has other table options after upgrade "
              + out.from()
              + " -> "
              + out.to(),
          where,
          "",
          "- " + a.extra() + "\n+ " + b.extra(),
          u);
    }
  }

  private void constraints(Map<String, String> upgraded, Map<String, String> fresh) {
    Map<String, String> a = new java.util.TreeMap<>(upgraded);
    Map<String, String> b = new java.util.TreeMap<>(fresh);
    for (String name : List.copyOf(b.keySet())) {
      String x = a.get(name);
      String y = b.get(name);
      if (x == null || x.equals(y) || a.containsValue(y) || b.containsValue(x)) continue;
      // one constraint, two definitions: one finding, not "lacks" + "has"
      a.remove(name);
      b.remove(name);
      out.add(
          f,
          Severity.ERROR,
          "constraint-drift",
          f.id().display()
              + " has constraint "
              + name
              + " defined otherwise after upgrade "
              + out.from()
              + " -> "
              + out.to(),
          where,
          "ALTER TABLE "
              + t
              + " DROP CONSTRAINT "
              + ObjectId.quote(name)
              + ", ADD CONSTRAINT "
              + ObjectId.quote(name)
              + " "
              + y
              + ";",
          "- " + x + "\n+ " + y,
          u);
    }
    List<String> left = new ArrayList<>(a.values());
    for (Map.Entry<String, String> e : b.entrySet()) {
      if (!left.remove(e.getValue())) {
        String name =
            e.getKey().startsWith("(") ? "" : "CONSTRAINT " + ObjectId.quote(e.getKey()) + " ";
        out.add(
            f,
            Severity.ERROR,
            "constraint-drift",
            f.id().display()
                + " lacks constraint "
                + e.getValue()
                + " after upgrade "
                + out.from()
                + " -> "
                + out.to(),
            where,
            "ALTER TABLE " + t + " ADD " + name + e.getValue() + ";",
            "",
            u);
      }
    }
    for (Map.Entry<String, String> e : a.entrySet()) {
      if (left.remove(e.getValue())) {
        out.add(
            f,
            Severity.WARNING,
            "constraint-drift",
            f.id().display()
                + " has constraint "
                + e.getValue()
                + " after upgrade "
                + out.from()
                + " -> "
                + out.to()
                + " that the full install lacks",
            where,
            e.getKey().startsWith("(")
                ? ""
                : "ALTER TABLE "
                    + t
                    + " DROP CONSTRAINT IF EXISTS "
                    + ObjectId.quote(e.getKey())
                    + ";",
            "",
            u);
      }
    }
  }

  private void col(Severity s, String name, String what, String fix, String detail) {
    out.add(
        f,
        s,
        "column-drift",
        "column "
            + name
            + " of "
            + f.id().display()
            + " "
            + what
            + " after upgrade "
            + out.from()
            + " -> "
            + out.to(),
        where,
        fix,
        detail,
        u);
  }

  private static String q(Column c) {
    return ObjectId.quote(c.name());
  }

  private static String show(String s) {
    return s == null || s.isEmpty() ? "none" : s;
  }
}
