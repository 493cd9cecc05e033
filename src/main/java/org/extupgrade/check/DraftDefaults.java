package org.extupgrade.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.extupgrade.draft.Change;
import org.extupgrade.model.ObjectId;
import org.extupgrade.sql.stmt.Column;
import org.extupgrade.sql.stmt.TableDef;

/**
 * Column defaults that call a function the draft drops: PostgreSQL refuses {@code DROP FUNCTION}
 * while a default depends on it, so the default is dropped first and set again, as the full install
 * has it, once the function is created again.
 */
final class DraftDefaults {
  private DraftDefaults() {}

  /**
   * @param table the table as the upgraded install has it
   * @param fresh the column's default in the full install, or null when it has none there (or no
   *     such column)
   */
  record Use(
      Entry table,
      String column,
      ObjectId routine,
      @org.jspecify.annotations.Nullable String fresh) {}

  static List<Use> uses(SchemaState up, SchemaState fresh, List<ObjectId> dropped) {
    List<Use> out = new ArrayList<>();
    List<Entry> tables = new ArrayList<>(up.entries());
    tables.sort(Comparator.comparing(Entry::id));
    for (ObjectId r : dropped) {
      Pattern p = DraftNames.word(r.name());
      for (Entry t : tables) {
        if (!(t.def() instanceof TableDef def)) continue;
        for (Column c : def.columns()) {
          String d = c.defaultExpr();
          if (d == null || !p.matcher(d.toLowerCase(Locale.ROOT)).find()) continue;
          Entry f = fresh.get(t.id());
          String want =
              f != null && f.def() instanceof TableDef fd
                  ? fd.column(c.name()).map(Column::defaultExpr).orElse(null)
                  : null;
          out.add(new Use(t, c.name(), r, want));
        }
      }
    }
    return out;
  }

  static List<Change> before(List<Use> uses, DraftNames names) {
    List<Change> out = new ArrayList<>();
    for (Use u : uses) {
      out.add(
          Change.of(
              u.table().id().display(),
              "the default of "
                  + u.column()
                  + " calls "
                  + u.routine().display()
                  + ", dropped below",
              alter(u, names) + " DROP DEFAULT;"));
    }
    return out;
  }

  static List<Change> after(List<Use> uses, DraftNames names) {
    List<Change> out = new ArrayList<>();
    for (Use u : uses) {
      if (u.fresh() == null) continue;
      out.add(
          Change.of(
              u.table().id().display(),
              "the default of " + u.column() + " again, as the full install has it",
              alter(u, names) + " SET DEFAULT " + u.fresh() + ";"));
    }
    return out;
  }

  private static String alter(Use u, DraftNames names) {
    return "ALTER TABLE "
        + names.name(u.table().id())
        + " ALTER COLUMN "
        + ObjectId.quote(u.column());
  }
}
