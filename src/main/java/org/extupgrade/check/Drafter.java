package org.extupgrade.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.extupgrade.draft.Change;
import org.extupgrade.model.Finding;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.extupgrade.sql.stmt.EnumDef;
import org.extupgrade.sql.stmt.GenericDef;
import org.extupgrade.sql.stmt.Privilege;
import org.extupgrade.sql.stmt.RoutineDef;
import org.extupgrade.sql.stmt.TableDef;

/**
 * Turns the differences between an upgraded model and a fresh install's model into the steps of an
 * update script: drops (dependents first), then creations and changes in the order the full install
 * makes them, then comments and {@code pg_extension_config_dump} registrations.
 *
 * <p>Which objects differ, and how, is what {@link Comparer} reports: the draft acts on exactly the
 * differences {@code check} sees. Statement text is the full install's own, as written.
 */
final class Drafter {
  private final String to;
  private final SchemaState up;
  private final SchemaState fresh;
  private final Map<Path, Integer> rank;
  private final List<Privilege> grants;
  private final DraftNames names;
  private final Map<String, List<Finding>> byObject = new HashMap<>();

  private final Map<ObjectId, Entry> missing = new TreeMap<>();
  private final Map<ObjectId, Entry> leftover = new TreeMap<>();

  /** Objects dropped and created again (canonical id), with why. */
  private final Map<ObjectId, String> recreate = new TreeMap<>();

  /** Objects {@code CREATE OR REPLACE} changes in place, with why. */
  private final Map<ObjectId, String> replace = new TreeMap<>();

  /** Changes in place (ALTER TABLE, ADD VALUE, TODOs) at the fresh object's position. */
  private final Map<ObjectId, List<Change>> alters = new TreeMap<>();

  /** Tables whose columns are dropped or retyped: their views are recreated around the change. */
  private final List<ObjectId> reshaped = new ArrayList<>();

  private @org.jspecify.annotations.Nullable Map<String, Set<String>> labels;

  Drafter(
      String to,
      SchemaState up,
      SchemaState fresh,
      List<Finding> differences,
      Map<Path, Integer> rank,
      List<Privilege> grants,
      boolean relocatable) {
    this.to = to;
    this.up = up;
    this.fresh = fresh;
    this.rank = rank;
    this.grants = grants;
    this.names = DraftNames.of(fresh, relocatable);
    for (Finding f : differences)
      byObject.computeIfAbsent(f.object(), k -> new ArrayList<>()).add(f);
  }

  List<Change> changes() {
    for (Entry f : fresh.entries()) {
      Entry u = up.get(f.id());
      if (u == null) missing.put(fresh.canonical(f.id()), f);
      else common(u, f);
    }
    for (Entry u : up.entries()) {
      if (fresh.get(u.id()) == null) leftover.put(up.canonical(u.id()), u);
    }
    dependents();
    List<DraftDefaults.Use> defaults = DraftDefaults.uses(up, fresh, dropped());
    List<Change> out = new ArrayList<>(DraftDefaults.before(defaults, names));
    out.addAll(drops());
    out.addAll(creations());
    out.addAll(DraftDefaults.after(defaults, names));
    out.addAll(DraftTail.comments(up, fresh, names, droppedOrNew()));
    out.addAll(DraftTail.configDumps(up, fresh, names));
    return out;
  }

  /** Table changes and enum labels only: the second pass, after the first draft is applied. */
  List<Change> alterations() {
    for (Entry f : fresh.entries()) {
      Entry u = up.get(f.id());
      if (u == null) continue;
      if (f.def() instanceof TableDef || f.def() instanceof EnumDef) common(u, f);
    }
    List<Change> out = new ArrayList<>();
    for (List<Change> cs : alters.values()) out.addAll(cs);
    return out;
  }

  private void common(Entry u, Entry f) {
    List<Finding> fs =
        byObject.getOrDefault(f.id().display(), List.of()).stream()
            .filter(Drafter::aboutDefinition)
            .toList();
    if (fs.isEmpty()) return;
    ObjectId id = fresh.canonical(f.id());
    String why = reason(fs.get(0));
    if (fs.stream().anyMatch(x -> x.message().contains("(uncertain"))) {
      alters.put(
          id,
          List.of(
              Change.todo(
                  f.id().display(),
                  "a conditional, dynamic or unmodeled statement touched it, so the static model"
                      + " cannot tell what the upgrade leaves: compare on a server"
                      + " (extupgrade verify); the model's suggestion:",
                  fs.get(0).suggestion())));
      return;
    }
    switch (f.def()) {
      case RoutineDef r -> {
        boolean drop =
            fs.stream()
                .anyMatch(
                    x ->
                        x.kind().id().equals("signature-drift")
                            || x.message().contains("CREATE OR REPLACE cannot"));
        (drop ? recreate : replace).put(id, why);
      }
      case TableDef tb -> {
        if (!(u.def() instanceof TableDef ta)) return;
        DraftTables.Result r =
            DraftTables.diff(fresh, names.name(f.id()), f.id().display(), to, ta, tb, newLabels());
        if (!r.changes().isEmpty()) alters.put(id, r.changes());
        if (r.breaksViews()) reshaped.add(id);
      }
      case EnumDef eb -> {
        if (u.def() instanceof EnumDef ea)
          alters.put(id, List.of(DraftTail.labels(names, f, ea, eb)));
      }
      case GenericDef g -> generic(u, f, id, why, fs);
    }
  }

  private void generic(Entry u, Entry f, ObjectId id, String why, List<Finding> fs) {
    switch (f.id().kind()) {
      case VIEW -> {
        boolean drop =
            fs.stream().anyMatch(x -> x.suggestion().startsWith("DROP"))
                || !(u.def() instanceof GenericDef a
                    && ViewColumns.onlyAppends(
                        fresh.canonicalText(a.text()), fresh.canonicalText(g(f).text())));
        (drop ? recreate : replace).put(id, why);
      }
      case RULE -> replace.put(id, why);
      case SEQUENCE, SCHEMA ->
          alters.put(
              id,
              List.of(
                  Change.todo(
                      f.id().display(),
                      why
                          + ": recreating it would lose "
                          + (f.id().kind() == ObjectKind.SEQUENCE
                              ? "its current value"
                              : "everything in it")
                          + "; change it with ALTER, as the full install defines it:",
                      f.source())));
      case TYPE -> {
        java.util.Optional<List<String>> attrs =
            u.def() instanceof GenericDef a
                ? CompositeTypes.actions(
                    fresh.canonicalText(a.text()), fresh.canonicalText(g(f).text()), f.source())
                : java.util.Optional.empty();
        if (attrs.isPresent()) {
          alters.put(
              id,
              List.of(
                  Change.of(
                      f.id().display(),
                      why,
                      "ALTER TYPE "
                          + names.name(f.id())
                          + "\n    "
                          + String.join(",\n    ", attrs.get())
                          + ";")));
        } else if (usedElsewhere(f)) {
          alters.put(
              id,
              List.of(
                  Change.todo(
                      f.id().display(),
                      why
                          + ": columns or functions use the type, so it cannot simply be dropped"
                          + " and created again; ALTER TYPE it (ADD/DROP/ALTER ATTRIBUTE) to:",
                      f.source())));
        } else recreate.put(id, why);
      }
      default -> recreate.put(id, why);
    }
  }

  /**
   * The labels each enum gains, by type name. The second pass keeps the first pass's: the labels it
   * added are still uncommitted when the script runs.
   */
  Map<String, Set<String>> newLabels() {
    if (labels != null) return labels;
    Map<String, Set<String>> out = new HashMap<>();
    for (Entry f : fresh.entries()) {
      if (!(f.def() instanceof EnumDef b)) continue;
      Entry u = up.get(f.id());
      Set<String> added = new java.util.HashSet<>(b.labels());
      if (u != null && u.def() instanceof EnumDef a) added.removeAll(a.labels());
      if (!added.isEmpty()) out.put(ObjectId.quote(f.id().name()), added);
    }
    labels = out;
    return out;
  }

  /** The second pass: enum labels the first pass added count as new. */
  Drafter after(Drafter first) {
    labels = first.newLabels();
    return this;
  }

  private static GenericDef g(Entry e) {
    return (GenericDef) e.def();
  }

  /** Differences of the object's own definition; comments, registrations and others are apart. */
  private static boolean aboutDefinition(Finding f) {
    return switch (f.kind().id()) {
      case "definition-drift",
          "attribute-drift",
          "signature-drift",
          "column-drift",
          "constraint-drift",
          "column-order-drift" ->
          true;
      case "comment-drift" -> f.message().contains("inside its body");
      default -> false;
    };
  }

  /** The finding's message, short: without the object and the upgrade, which the draft names. */
  private static String reason(Finding f) {
    String m = f.message();
    int cut = m.indexOf(" (uncertain");
    if (cut >= 0) m = m.substring(0, cut);
    if (f.kind().id().equals("signature-drift") && m.contains(" returns "))
      return "its result type changes, which CREATE OR REPLACE cannot do";
    m = m.replace(" after upgrade " + f.from() + " -> " + f.to(), "");
    if (m.startsWith(f.object() + " ")) m = "it" + m.substring(f.object().length());
    if (m.startsWith("it differs in "))
      return "differs from the full install in " + m.substring(14);
    return m;
  }

  private boolean usedElsewhere(Entry type) {
    Pattern p = DraftNames.word(type.id().name());
    for (Entry e : fresh.entries()) {
      if (e == type) continue;
      String text =
          switch (e.def()) {
            case TableDef t -> String.join(" ", t.columns().stream().map(c -> c.type()).toList());
            case RoutineDef r -> r.result() + " " + String.join(" ", e.id().args());
            default -> "";
          };
      if (p.matcher(text).find()) return true;
    }
    return false;
  }

  /** Dependents of what the draft drops or reshapes are dropped and created again too. */
  private void dependents() {
    List<ObjectId> roots = new ArrayList<>(recreate.keySet());
    roots.addAll(leftover.keySet());
    roots.addAll(reshaped);
    Set<ObjectId> skip = new java.util.HashSet<>(recreate.keySet());
    skip.addAll(leftover.keySet());
    DraftDependents.of(up, fresh, roots, skip)
        .forEach(
            (c, why) -> {
              recreate.put(c, why);
              replace.remove(c);
            });
  }

  private List<Change> drops() {
    List<Entry> gone = new ArrayList<>();
    for (ObjectId c : leftover.keySet()) gone.add(leftover.get(c));
    for (ObjectId c : recreate.keySet()) {
      Entry u = up.get(c);
      if (u != null) gone.add(u);
    }
    gone.sort(
        Comparator.comparingInt((Entry e) -> DraftNames.dropRank(e.id().kind()))
            .thenComparing(Comparator.comparingLong(this::position).reversed())
            .thenComparing(Entry::id));
    List<Change> out = new ArrayList<>();
    for (Entry u : gone) {
      ObjectId c = up.canonical(u.id());
      String drop = names.drop(u.id());
      if (recreate.containsKey(c)) {
        out.add(Change.of(u.id().display(), "created again below: " + recreate.get(c), drop));
      } else if (u.uncertain()) {
        out.add(
            Change.todo(
                u.id().display(),
                "not in the full install of "
                    + to
                    + ", but a conditional or dynamic statement touched it: drop it if it is"
                    + " there",
                drop));
      } else {
        out.add(Change.of(u.id().display(), goneNote(u), drop));
      }
    }
    return out;
  }

  private String goneNote(Entry u) {
    String n = "not in the full install of " + to;
    for (Entry m : missing.values()) {
      ObjectId a = m.id();
      if (a.kind() == u.id().kind() && a.name().equals(u.id().name()))
        return n + " (replaced by " + a.display() + ", created below)";
    }
    if (u.id().kind() == ObjectKind.TABLE) return n + ": dropped with its rows";
    return n;
  }

  private List<Change> creations() {
    Map<ObjectId, Entry> at = new LinkedHashMap<>();
    for (ObjectId c : missing.keySet()) at.put(c, missing.get(c));
    List<ObjectId> changed = new ArrayList<>(recreate.keySet());
    changed.addAll(replace.keySet());
    changed.addAll(alters.keySet());
    for (ObjectId c : changed) {
      Entry f = fresh.get(c);
      if (f != null) at.put(c, f);
    }
    List<ObjectId> order = new ArrayList<>(at.keySet());
    order.sort(Comparator.comparingLong((ObjectId c) -> position(at.get(c))).thenComparing(c -> c));
    List<Change> out = new ArrayList<>();
    for (ObjectId c : order) {
      Entry f = at.get(c);
      String what = f.id().display();
      if (missing.containsKey(c) || recreate.containsKey(c)) {
        if (f.source().isBlank()) {
          out.add(
              Change.todo(
                  what,
                  "the full install creates it without a statement the model can copy (dynamic"
                      + " SQL or a DO block): write its CREATE by hand",
                  ""));
          continue;
        }
        if (missing.containsKey(c)) {
          out.add(Change.of(what, "new in " + to, DraftNames.create(f.id().kind(), f.source())));
        } else {
          out.add(Change.of(what, "", f.source().strip()));
        }
        String g = grantsOf(f.id());
        if (!g.isEmpty()) out.add(Change.of(what, "privileges as the full install grants them", g));
      } else if (replace.containsKey(c)) {
        out.add(Change.of(what, replace.get(c), DraftNames.create(f.id().kind(), f.source())));
      }
      out.addAll(alters.getOrDefault(c, List.of()));
    }
    return out;
  }

  /** The routines the draft drops, by the ids the upgraded install has. */
  private List<ObjectId> dropped() {
    List<ObjectId> out = new ArrayList<>();
    for (ObjectId c : leftover.keySet()) if (c.kind().isRoutine()) out.add(c);
    for (ObjectId c : recreate.keySet()) if (c.kind().isRoutine()) out.add(c);
    return out;
  }

  private Set<ObjectId> droppedOrNew() {
    Set<ObjectId> s = new java.util.HashSet<>(recreate.keySet());
    s.addAll(missing.keySet());
    s.addAll(leftover.keySet());
    return s;
  }

  private String grantsOf(ObjectId id) {
    Pattern p = DraftNames.word(id.name());
    StringBuilder b = new StringBuilder();
    for (Privilege g : grants) {
      String t = g.text().toLowerCase(Locale.ROOT);
      int on = t.indexOf(" on ");
      if (on < 0) continue;
      String object = t.substring(on, Math.max(on, t.lastIndexOf(g.grant() ? " to " : " from ")));
      if (!p.matcher(object).find()) continue;
      b.append(g.grant() ? "GRANT " : "REVOKE ").append(g.text()).append(";\n");
    }
    return b.toString().strip();
  }

  /** Where the object stands in the scripts that made it: their order, then the line. */
  private long position(Entry e) {
    int r = rank.getOrDefault(e.at().file(), rank.size());
    return (long) r * 100_000_000L + (long) e.at().line() * 1000L + Math.min(999, e.at().column());
  }
}
