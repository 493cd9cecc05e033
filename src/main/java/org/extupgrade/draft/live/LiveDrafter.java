package org.extupgrade.draft.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.extupgrade.catalog.CatalogObject;
import org.extupgrade.catalog.Snapshot;
import org.extupgrade.draft.Change;

/**
 * Turns the differences between an upgraded and a fresh snapshot into steps: drops (what the new
 * version no longer has, what must be created again, and everything that depends on those, in the
 * reverse of the old install's creation order), then creations and changes in the fresh install's
 * creation order (its OIDs), then comments, grants and configuration-table registrations.
 */
final class LiveDrafter {
  /** Fields that are not the object's definition: handled afterwards, or not at all. */
  static final Set<String> NOT_DEFINITION =
      Set.of("acl", "init_privs", "comment", "owner", "position");

  private final Inputs in;
  private final Creates creates;

  /** Identity to the steps at its rank: drops (descending) and the rest (ascending). */
  private final Map<String, String> dropNotes = new LinkedHashMap<>();

  private final Map<String, String> createNotes = new LinkedHashMap<>();
  private final List<Ranked> alters = new ArrayList<>();
  private final Map<Change, Change> standIns = new LinkedHashMap<>();

  /** A step and where it goes. */
  record Ranked(long rank, Change change) {}

  /** What the draft is made from. */
  record Inputs(
      String to,
      Snapshot fresh,
      Snapshot upgraded,
      Map<String, Catalog.Def> freshDefs,
      Map<String, Catalog.Def> upgradedDefs,
      Map<String, Set<String>> dependents,
      Map<String, Set<String>> freshDependents,
      Names names,
      CFunctions cfunctions) {}

  LiveDrafter(Inputs in) {
    this.in = in;
    this.creates = new Creates(in.fresh(), in.freshDefs(), in.names());
  }

  /** The steps, in the order they run, before the steps {@link Afterwards} adds. */
  List<Change> changes() {
    Map<String, CatalogObject> f = in.fresh().objects();
    Map<String, CatalogObject> u = in.upgraded().objects();
    Set<String> all = new TreeSet<>(f.keySet());
    all.addAll(u.keySet());
    Columns columns = new Columns(in, creates);
    for (String id : all) {
      String type = Kinds.type(id);
      if (skipped(id, type)) continue;
      CatalogObject a = f.get(id);
      CatalogObject b = u.get(id);
      if (type.equals("table column")) {
        columns.compare(id, a, b);
      } else if (b == null) {
        createNotes.put(id, "new in " + in.to());
      } else if (a == null) {
        dropNotes.put(id, "not in the full install of " + in.to());
      } else if (!definitionsEqual(a, b)) {
        changed(id, type, a, b);
      }
    }
    alters.addAll(columns.steps());
    for (Map.Entry<String, String> e : columns.dropped().entrySet())
      dropNotes.putIfAbsent(e.getKey(), e.getValue());
    cascade(columns);
    List<Ranked> drops = new ArrayList<>(columns.drops());
    for (Map.Entry<String, String> e : dropNotes.entrySet()) {
      String id = e.getKey();
      if (coveredByDrop(id)) continue;
      String type = Kinds.type(id);
      Catalog.Def d = in.upgradedDefs().get(id);
      String note = e.getValue() + (type.equals("table") ? ": dropped with its rows" : "");
      drops.add(
          new Ranked(
              d == null ? 0 : d.rank(),
              Change.of(type + " " + name(id), note, Kinds.drop(type, name(id)))));
    }
    drops.sort(Comparator.comparingLong(Ranked::rank).reversed());
    List<Ranked> rest = new ArrayList<>(alters);
    for (Map.Entry<String, String> e : createNotes.entrySet()) {
      String id = e.getKey();
      if (partOfCreatedTable(id) || !in.fresh().objects().containsKey(id)) continue;
      Catalog.Def d = in.freshDefs().get(id);
      Change c = creates.create(id, e.getValue());
      if (Kinds.type(id).equals("function")) {
        Change real = in.cfunctions().step(c, d, in.names());
        if (real != c) standIns.put(real, c);
        c = real;
      }
      rest.add(new Ranked(d == null ? Long.MAX_VALUE : d.rank(), c));
    }
    rest.sort(Comparator.comparingLong(Ranked::rank));
    List<Change> out = new ArrayList<>();
    drops.forEach(r -> out.add(r.change()));
    rest.forEach(r -> out.add(r.change()));
    return out;
  }

  /**
   * The steps as the throwaway server can run them: a C function restored from stub mode is its
   * stand-in there (the module is missing).
   */
  List<Change> runnable(List<Change> changes) {
    return changes.stream().map(c -> standIns.getOrDefault(c, c)).toList();
  }

  /** Objects created here (their comments and grants come afterwards in full). */
  Set<String> created() {
    Set<String> out = new LinkedHashSet<>();
    for (String id : createNotes.keySet())
      if (in.fresh().objects().containsKey(id) && !Kinds.type(id).equals("table column"))
        out.add(id);
    return out;
  }

  String name(String id) {
    return in.names().objectName(id, Kinds.type(id));
  }

  private boolean skipped(String id, String type) {
    if (type.equals("extension") || type.endsWith("view column")) return true;
    if (type.equals("type")) {
      // array types and the row types of relations come and go with their relation
      String name = id.substring("type ".length());
      if (name.endsWith("[]")) return true;
      for (String rel : List.of("table ", "view ", "materialized view ", "foreign table "))
        if (in.fresh().objects().containsKey(rel + name)
            || in.upgraded().objects().containsKey(rel + name)) return true;
    }
    if (type.equals("table constraint") && isNotNull(id)) return true;
    if (type.equals("index")) {
      Catalog.Def d = in.freshDefs().getOrDefault(id, in.upgradedDefs().get(id));
      return d != null && "constraint".equals(d.extra());
    }
    return false;
  }

  private boolean isNotNull(String id) {
    Catalog.Def d = in.freshDefs().getOrDefault(id, in.upgradedDefs().get(id));
    return d != null && "n".equals(d.extra());
  }

  static boolean definitionsEqual(CatalogObject a, CatalogObject b) {
    Set<String> names = new TreeSet<>(a.fields().keySet());
    names.addAll(b.fields().keySet());
    for (String n : names)
      if (!NOT_DEFINITION.contains(n) && !Objects.equals(a.fields().get(n), b.fields().get(n)))
        return false;
    return true;
  }

  private void changed(String id, String type, CatalogObject a, CatalogObject b) {
    switch (type) {
      case "function", "procedure" -> {
        if (differ(a, b, "arguments", "result", "kind")) {
          recreate(
              id,
              "created again below: its result type or argument names change, which"
                  + " CREATE OR REPLACE cannot do");
        } else {
          createNotes.put(
              id, "differs from the full install of " + in.to() + " in " + fields(a, b));
        }
      }
      case "view",
          "materialized view",
          "index",
          "trigger",
          "policy",
          "table constraint",
          "domain constraint" ->
          recreate(id, "created again below: its definition changed (" + fields(a, b) + ")");
      case "type" -> alters.addAll(new Types(in).changed(id, a, b, this::recreate));
      case "sequence" -> {
        // OWNED BY comes afterwards, once the column exists
        if (!fields(a, b).equals("owned_by"))
          alters.add(new Ranked(rank(id), Sequences.alter(name(id), a, b)));
      }
      case "table" -> {
        Change rls = Tables.rowSecurity(name(id), a, b);
        if (rls != null) alters.add(new Ranked(rank(id), rls));
        String rest = Tables.others(a, b);
        if (!rest.isEmpty())
          alters.add(
              new Ranked(
                  rank(id),
                  Change.todo(
                      type + " " + name(id),
                      "differs in "
                          + rest
                          + ", which the live draft does not alter: ALTER or"
                          + " recreate it by hand",
                      "")));
      }
      default ->
          alters.add(
              new Ranked(
                  rank(id),
                  Change.todo(
                      type + " " + name(id),
                      "differs in "
                          + fields(a, b)
                          + ", which the live draft does not alter:"
                          + " ALTER or recreate it by hand",
                      "")));
    }
  }

  void recreate(String id, String why) {
    dropNotes.put(id, why);
    createNotes.put(id, "dropped above");
  }

  long rank(String id) {
    Catalog.Def d = in.freshDefs().get(id);
    return d == null ? Long.MAX_VALUE : d.rank();
  }

  /** Everything that depends on what is dropped goes too, and comes back when the fresh has it. */
  private void cascade(Columns columns) {
    Deque<String> work = new ArrayDeque<>(dropNotes.keySet());
    Set<String> seen = new TreeSet<>(work);
    while (!work.isEmpty()) {
      String id = work.pop();
      for (String dep : in.dependents().getOrDefault(id, Set.of())) {
        if (!in.upgraded().objects().containsKey(dep) || !seen.add(dep)) continue;
        String type = Kinds.type(dep);
        if (type.endsWith("column")) {
          if (Kinds.type(id).equals("type")) columns.typeInUse(dep, name(id));
          else columns.defaultDependsOn(dep, name(id));
          continue;
        }
        if (type.equals("table") || type.equals("type") || type.equals("sequence")) continue;
        String why = "depends on " + Kinds.type(id) + " " + name(id) + ", dropped above";
        dropNotes.putIfAbsent(
            dep, in.fresh().objects().containsKey(dep) ? "created again below: " + why : why);
        if (in.fresh().objects().containsKey(dep)) createNotes.putIfAbsent(dep, "dropped above");
        work.push(dep);
      }
    }
    alters.addAll(columns.lateSteps());
  }

  /** A part of a table that is dropped whole: DROP TABLE takes it. */
  private boolean coveredByDrop(String id) {
    String type = Kinds.type(id);
    if (!Kinds.tablePart(type)) return false;
    String table = table(id, type);
    return table != null
        && dropNotes.containsKey("table " + table)
        && !in.fresh().objects().containsKey("table " + table);
  }

  /** A column of a table this draft creates: CREATE TABLE has it. */
  private boolean partOfCreatedTable(String id) {
    String type = Kinds.type(id);
    if (!type.equals("table column")) return false;
    String table = table(id, type);
    return table != null && createNotes.containsKey("table " + table);
  }

  /** The table's identity name of a part ({@code s.t}), or null. */
  static String table(String id, String type) {
    String rest = id.substring(type.length() + 1);
    return switch (type) {
      case "table column" -> Kinds.column(rest)[0];
      case "table constraint", "trigger", "policy", "rule" -> Kinds.on(rest)[1];
      default -> null;
    };
  }

  static boolean differ(CatalogObject a, CatalogObject b, String... fields) {
    for (String n : fields) if (!Objects.equals(a.fields().get(n), b.fields().get(n))) return true;
    return false;
  }

  static String fields(CatalogObject a, CatalogObject b) {
    List<String> out = new ArrayList<>();
    Set<String> names = new TreeSet<>(a.fields().keySet());
    names.addAll(b.fields().keySet());
    for (String n : names)
      if (!NOT_DEFINITION.contains(n) && !Objects.equals(a.fields().get(n), b.fields().get(n)))
        out.add(n);
    return String.join(", ", out);
  }
}
