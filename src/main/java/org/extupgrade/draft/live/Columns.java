package org.extupgrade.draft.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.extupgrade.catalog.CatalogObject;
import org.extupgrade.draft.Change;
import org.extupgrade.draft.live.LiveDrafter.Ranked;
import org.jspecify.annotations.Nullable;

/**
 * Column differences of tables both installs have: {@code ADD COLUMN} with its default, {@code DROP
 * COLUMN}, {@code SET/DROP DEFAULT}, {@code SET/DROP NOT NULL}; a type change (it needs a {@code
 * USING}), other column options and another column order are TODOs.
 */
final class Columns {
  private static final Set<String> BY_HAND =
      Set.of(
          "collation",
          "identity_kind",
          "generated",
          "storage",
          "statistics_target",
          "options",
          "fdw_options");
  private final LiveDrafter.Inputs in;
  private final Creates creates;
  private final List<Ranked> steps = new ArrayList<>();
  private final List<Ranked> late = new ArrayList<>();
  private final List<Ranked> drops = new ArrayList<>();
  private final Map<String, String> dropped = new LinkedHashMap<>();
  private final Map<String, String> defaultsSet = new LinkedHashMap<>();

  /** Table to its columns' names after the draft, in order; and the fresh order. */
  private final Map<String, TreeMap<Integer, String>> after = new TreeMap<>();

  private final Map<String, TreeMap<Integer, String>> wanted = new TreeMap<>();
  private final Map<String, Long> tableRank = new TreeMap<>();

  Columns(LiveDrafter.Inputs in, Creates creates) {
    this.in = in;
    this.creates = creates;
  }

  void compare(String id, @Nullable CatalogObject a, @Nullable CatalogObject b) {
    String[] tc = Kinds.column(id.substring("table column ".length()));
    String table = "table " + tc[0];
    if (!in.fresh().objects().containsKey(table)) return; // dropped with its table
    if (!in.upgraded().objects().containsKey(table)) return; // created with its table
    String t = in.names().name(tc[0]);
    String col = tc[1];
    long rank = rank(id);
    tableRank.merge(t, rank, Math::min);
    if (a != null) wanted.computeIfAbsent(t, k -> new TreeMap<>()).put(pos(a), col);
    if (b != null && a != null) after.computeIfAbsent(t, k -> new TreeMap<>()).put(pos(b), col);
    if (a != null && b == null) {
      after.computeIfAbsent(t, k -> new TreeMap<>()).put(100_000 + pos(a), col);
      add(id, t, col, a, rank);
    } else if (a == null) {
      dropped.put(id, "not in the full install of " + in.to() + ": its values are lost");
    } else {
      alter(id, t, col, a, b, rank);
    }
  }

  private void add(String id, String t, String col, CatalogObject a, long rank) {
    String def = creates.column(a);
    String label = Types.newLabel(in, id);
    if (label != null) {
      String dflt =
          def.substring(def.indexOf(" DEFAULT ") + " DEFAULT ".length()).replace(" NOT NULL", "");
      steps.add(
          new Ranked(
              rank,
              Change.of(
                  "table " + t,
                  "new in " + in.to() + " (its default below)",
                  "ALTER TABLE "
                      + t
                      + " ADD COLUMN IF NOT EXISTS "
                      + col
                      + " "
                      + def.substring(0, def.indexOf(" DEFAULT "))
                      + ";")));
      steps.add(
          new Ranked(
              rank,
              Change.todo(
                  "table " + t,
                  "the default of column "
                      + col
                      + " is a label this script adds ("
                      + label
                      + "), which"
                      + " PostgreSQL refuses until the script commits: set it in the next update script",
                  "ALTER TABLE "
                      + t
                      + " ALTER COLUMN "
                      + col
                      + " SET DEFAULT "
                      + dflt
                      + ";"
                      + (def.endsWith(" NOT NULL")
                          ? "\nALTER TABLE " + t + " ALTER COLUMN " + col + " SET NOT NULL;"
                          : ""))));
      return;
    }
    boolean noDefault = !def.contains(" DEFAULT ") && !def.contains(" GENERATED ");
    if (noDefault && def.endsWith(" NOT NULL")) {
      String nullable = def.substring(0, def.length() - " NOT NULL".length());
      steps.add(
          new Ranked(
              rank,
              Change.of(
                  "table " + t,
                  "new in " + in.to(),
                  "ALTER TABLE " + t + " ADD COLUMN IF NOT EXISTS " + col + " " + nullable + ";")));
      steps.add(
          new Ranked(
              rank,
              Change.todo(
                  "table column " + t + "." + col,
                  "NOT NULL without a default: the rows there are need a value first",
                  "UPDATE "
                      + t
                      + " SET "
                      + col
                      + " = ... WHERE "
                      + col
                      + " IS NULL;\n"
                      + "ALTER TABLE "
                      + t
                      + " ALTER COLUMN "
                      + col
                      + " SET NOT NULL;")));
      return;
    }
    steps.add(
        new Ranked(
            rank,
            Change.of(
                "table " + t,
                "new in " + in.to(),
                "ALTER TABLE " + t + " ADD COLUMN IF NOT EXISTS " + col + " " + def + ";")));
  }

  private void alter(String id, String t, String col, CatalogObject a, CatalogObject b, long rank) {
    var fa = a.fields();
    var fb = b.fields();
    String alter = "ALTER TABLE " + t + " ALTER COLUMN " + col;
    String object = "table column " + t + "." + col;
    if (!Objects.equals(fa.get("type"), fb.get("type"))) {
      String type = in.names().name(def(id, fa.get("type")));
      steps.add(
          new Ranked(
              rank,
              Change.todo(
                  object,
                  "its type changes from "
                      + fb.get("type")
                      + " to "
                      + fa.get("type")
                      + ": the rows need a USING that converts them (and the table is rewritten)"
                      + users(id),
                  alter + " TYPE " + type + " USING " + col + "::" + type + ";")));
    }
    if (!Objects.equals(fa.get("default"), fb.get("default")))
      setDefault(id, t, col, rank, "its default differs from the full install's");
    if (!Objects.equals(fa.get("not_null"), fb.get("not_null"))) {
      boolean set = Kinds.yes(fa.get("not_null"));
      steps.add(
          new Ranked(
              rank,
              Change.of(
                  object,
                  set
                      ? "NOT NULL in the full install of "
                          + in.to()
                          + " (fails if a row holds NULL)"
                      : "nullable in the full install of " + in.to(),
                  alter + (set ? " SET NOT NULL;" : " DROP NOT NULL;"))));
    }
    List<String> hand = new ArrayList<>();
    for (String f : BY_HAND) if (!Objects.equals(fa.get(f), fb.get(f))) hand.add(f);
    if (!hand.isEmpty())
      steps.add(
          new Ranked(
              rank,
              Change.todo(
                  object,
                  "differs in "
                      + String.join(", ", hand.stream().sorted().toList())
                      + ": ALTER it by hand (some need the table rewritten)",
                  "")));
  }

  /** The views over a column, which ALTER COLUMN TYPE refuses to leave: said in the TODO. */
  private String users(String id) {
    // the views over it now, and those the draft creates over it
    java.util.SortedSet<String> views = new java.util.TreeSet<>();
    for (var graph : List.of(in.dependents(), in.freshDependents()))
      for (String d : graph.getOrDefault(id, Set.of()))
        if (Kinds.type(d).endsWith("view"))
          views.add(Kinds.type(d) + " " + in.names().objectName(d, Kinds.type(d)));
    return views.isEmpty()
        ? ""
        : "; "
            + String.join(", ", views)
            + " uses it: drop it first and create it again after"
            + " (its column types follow)";
  }

  private void setDefault(String id, String t, String col, long rank, String note) {
    Catalog.Def d = in.freshDefs().get(id);
    if (Types.newLabel(in, id) != null) {
      late.add(
          new Ranked(
              rank,
              Change.todo(
                  "table column " + t + "." + col,
                  "its default is a label this script adds, which PostgreSQL refuses until the script"
                      + " commits: set it in the next update script",
                  "ALTER TABLE "
                      + t
                      + " ALTER COLUMN "
                      + col
                      + " SET DEFAULT "
                      + in.names().name(d.extra())
                      + ";")));
      return;
    }
    String alter = "ALTER TABLE " + t + " ALTER COLUMN " + col;
    String sql =
        d == null || d.extra() == null
            ? alter + " DROP DEFAULT;"
            : alter + " SET DEFAULT " + in.names().name(d.extra()) + ";";
    Change c = Change.of("table column " + t + "." + col, note, sql);
    if (defaultsSet.put(id, sql) == null) late.add(new Ranked(rank, c));
  }

  /** A column whose default calls what is dropped: the default goes first and comes back. */
  void defaultDependsOn(String id, String what) {
    if (!in.upgraded().objects().containsKey(id)) return;
    String[] tc = Kinds.column(id.substring("table column ".length()));
    String t = in.names().name(tc[0]);
    Catalog.Def u = in.upgradedDefs().get(id);
    drops.add(
        new Ranked(
            u == null ? 0 : u.rank(),
            Change.of(
                "table column " + t + "." + tc[1],
                "its default uses " + what + ", dropped below; set again below",
                "ALTER TABLE " + t + " ALTER COLUMN " + tc[1] + " DROP DEFAULT;")));
    if (in.fresh().objects().containsKey(id))
      setDefault(id, t, tc[1], rank(id), "the default dropped above");
  }

  /** A column of a type that is dropped: DROP TYPE would fail. */
  void typeInUse(String id, String type) {
    late.add(
        new Ranked(
            rank(id),
            Change.todo(
                "table column " + in.names().name(id.substring("table column ".length())),
                "its type "
                    + type
                    + " is dropped above, which fails while a column uses it: convert the column first",
                "")));
  }

  private String def(String id, String fallback) {
    Catalog.Def d = in.freshDefs().get(id);
    return d != null && d.definition() != null ? d.definition() : fallback;
  }

  private long rank(String id) {
    Catalog.Def d = in.freshDefs().get(id);
    return d == null ? Long.MAX_VALUE : d.rank();
  }

  private static int pos(CatalogObject o) {
    return Integer.parseInt(o.fields().getOrDefault("position", "0"));
  }

  /** The steps so far, with a column-order TODO where adding at the end is not the fresh order. */
  List<Ranked> steps() {
    List<Ranked> out = new ArrayList<>(steps);
    for (Map.Entry<String, TreeMap<Integer, String>> e : wanted.entrySet()) {
      List<String> want = List.copyOf(e.getValue().values());
      List<String> got = new ArrayList<>(after.getOrDefault(e.getKey(), new TreeMap<>()).values());
      if (!want.equals(got))
        out.add(
            new Ranked(
                tableRank.get(e.getKey()),
                Change.todo(
                    "table " + e.getKey(),
                    "its columns are in another order than the full install's ("
                        + String.join(", ", want)
                        + "): that needs the table recreated and its rows copied",
                    "")));
    }
    return out;
  }

  /** Defaults set again after what they call exists. */
  List<Ranked> lateSteps() {
    return late;
  }

  /** Defaults dropped before what they call is dropped. */
  List<Ranked> drops() {
    return drops;
  }

  /** Columns the fresh install lacks: identity to note. */
  Map<String, String> dropped() {
    return dropped;
  }
}
