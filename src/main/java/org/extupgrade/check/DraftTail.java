package org.extupgrade.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.extupgrade.draft.Change;
import org.extupgrade.model.ObjectId;
import org.extupgrade.sql.stmt.EnumDef;
import org.extupgrade.sql.stmt.TableDef;

/**
 * The parts of a draft that follow the objects: enum labels, comments, config-table registrations.
 */
final class DraftTail {
  private DraftTail() {}

  /**
   * {@code ALTER TYPE ... ADD VALUE} for each new label, at its place; a TODO when labels go away
   * or move (PostgreSQL cannot remove or reorder enum labels).
   */
  static Change labels(DraftNames names, Entry f, EnumDef a, EnumDef b) {
    String type = names.name(f.id());
    List<String> kept = b.labels().stream().filter(a.labels()::contains).toList();
    if (!b.labels().containsAll(a.labels()) || !kept.equals(a.labels())) {
      return Change.todo(
          f.id().display(),
          "labels "
              + a.labels()
              + " become "
              + b.labels()
              + ": PostgreSQL cannot drop or reorder enum labels; create a new type, convert the"
              + " columns that use it (USING col::text::new_type), drop the old one",
          f.source());
    }
    StringBuilder sql = new StringBuilder();
    List<String> labels = b.labels();
    for (int i = 0; i < labels.size(); i++) {
      String l = labels.get(i);
      if (a.labels().contains(l)) continue;
      sql.append("ALTER TYPE ").append(type).append(" ADD VALUE IF NOT EXISTS ").append(lit(l));
      if (i > 0) sql.append(" AFTER ").append(lit(labels.get(i - 1)));
      else if (labels.size() > 1) sql.append(" BEFORE ").append(lit(labels.get(1)));
      sql.append(";\n");
    }
    return Change.of(
        f.id().display(),
        "new labels at their place (a new label cannot be used in the transaction that adds it)",
        sql.toString().strip());
  }

  /** {@code COMMENT ON} where the full install's comment differs from what the draft leaves. */
  static List<Change> comments(
      SchemaState up, SchemaState fresh, DraftNames names, Set<ObjectId> droppedOrNew) {
    Map<Comments.Key, String> u = up.comments().all();
    Map<Comments.Key, String> f = fresh.comments().all();
    List<Comments.Key> keys = new ArrayList<>(f.keySet());
    for (Comments.Key k : u.keySet()) if (!f.containsKey(k)) keys.add(k);
    keys.sort(Comparator.comparing(Comments.Key::id).thenComparing(Comments.Key::column));
    List<Change> out = new ArrayList<>();
    for (Comments.Key k : keys) {
      Entry ef = fresh.get(k.id());
      if (ef == null || !hasColumn(ef, k)) continue;
      Entry eu = up.get(k.id());
      boolean gone =
          eu == null || droppedOrNew.contains(fresh.canonical(k.id())) || !hasColumn(eu, k);
      String a = gone ? null : u.get(k);
      String b = f.get(k);
      if (Objects.equals(a, b)) continue;
      String target =
          k.column().isEmpty()
              ? k.id().kind().label().toUpperCase(Locale.ROOT) + " " + names.sqlName(k.id())
              : "COLUMN " + names.name(k.id()) + "." + ObjectId.quote(k.column());
      out.add(
          Change.of(
              k.display(),
              "",
              "COMMENT ON " + target + " IS " + (b == null ? "NULL" : lit(b)) + ";"));
    }
    return out;
  }

  /** {@code pg_extension_config_dump} for the tables the full install registers. */
  static List<Change> configDumps(SchemaState up, SchemaState fresh, DraftNames names) {
    List<Change> out = new ArrayList<>();
    for (Map.Entry<ObjectId, String> c : fresh.configTables().entrySet()) {
      if (c.getValue().equals(up.configTables().get(c.getKey()))) continue;
      out.add(
          Change.of(
              c.getKey().display(),
              "its rows are user data: pg_dump keeps them, as for a fresh install",
              "SELECT pg_catalog.pg_extension_config_dump("
                  + lit(names.name(c.getKey()))
                  + ", "
                  + lit(c.getValue())
                  + ");"));
    }
    return out;
  }

  private static boolean hasColumn(Entry e, Comments.Key k) {
    return k.column().isEmpty()
        || !(e.def() instanceof TableDef t)
        || t.column(k.column()).isPresent();
  }

  static String lit(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
