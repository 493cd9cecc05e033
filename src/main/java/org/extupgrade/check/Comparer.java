package org.extupgrade.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.Severity;
import org.extupgrade.sql.stmt.Definition;
import org.extupgrade.sql.stmt.DoBlock;
import org.extupgrade.sql.stmt.EnumDef;
import org.extupgrade.sql.stmt.GenericDef;
import org.extupgrade.sql.stmt.RoutineDef;
import org.extupgrade.sql.stmt.TableDef;

/**
 * Compares the model after an upgrade with the model of a fresh install: missing and left-over
 * objects, signature and attribute drift, column drift, differing definitions.
 */
final class Comparer {
  private final String from;
  private final String to;
  private final Location edit;
  private final List<DoBlock.BlindSpot> blind;
  private final java.util.Set<java.nio.file.Path> pathFiles;
  final List<Finding> findings = new ArrayList<>();

  /** The object each of {@link #findings} is about, by position. */
  final List<ObjectId> about = new ArrayList<>();

  private final SameCache cache;

  /**
   * @param edit the script to edit (the last update script on the path)
   * @param blind dynamic SQL on the path that could not be read: objects they mention are reported
   *     as info only
   */
  Comparer(
      String from,
      String to,
      Location edit,
      List<DoBlock.BlindSpot> blind,
      java.util.Set<java.nio.file.Path> pathFiles,
      SameCache cache) {
    this.cache = cache;
    this.pathFiles = pathFiles;
    this.from = from;
    this.to = to;
    this.edit = edit;
    this.blind = List.copyOf(blind);
  }

  /** A comparer with a cache of its own. */
  Comparer(
      String from,
      String to,
      Location edit,
      List<DoBlock.BlindSpot> blind,
      java.util.Set<java.nio.file.Path> pathFiles) {
    this(from, to, edit, blind, pathFiles, new SameCache());
  }

  private SchemaState names = new SchemaState();

  /** Tables whose constraints the upgrade changed under a condition the model cannot evaluate. */
  private java.util.Set<ObjectId> unsureConstraints = java.util.Set.of();

  void compare(SchemaState upgraded, SchemaState fresh) {
    compare(upgraded, fresh, id -> true);
  }

  /**
   * Compares only the objects {@code only} accepts (by canonical id). It must accept every overload
   * of a name or none, so that a changed signature pairs up as one difference.
   */
  void compare(
      SchemaState upgraded, SchemaState fresh, java.util.function.Predicate<ObjectId> only) {
    names = fresh;
    unsureConstraints = upgraded.uncertainConstraints();
    Map<ObjectId, Entry> missing = new TreeMap<>();
    Map<ObjectId, Entry> extra = new TreeMap<>();
    Map<ObjectId, Entry> ups = upgraded.byCanonicalId();
    Map<ObjectId, Entry> fs = fresh.byCanonicalId();
    // forEach, in the maps' own order: an unmodifiable map's entry iterator wraps every entry
    fs.forEach(
        (id, f) -> {
          if (!only.test(id)) return;
          Entry u = ups.get(id);
          if (u == null) missing.put(id, f);
          else definitions(u, f);
        });
    ups.forEach(
        (id, u) -> {
          if (only.test(id) && !fs.containsKey(id)) extra.put(id, u);
        });
    pairSignatures(missing, extra);
    new CommentComparer(this, edit).compare(upgraded, fresh, only);
    for (Entry f : missing.values()) {
      add(
          f,
          Severity.ERROR,
          "missing-object",
          f.id().display()
              + " is missing after upgrade "
              + from
              + " -> "
              + to
              + " (the full install of "
              + to
              + " creates it at "
              + f.at()
              + ")",
          edit,
          Suggestions.create(f.source()),
          "");
    }
    for (Entry u : extra.values()) {
      add(
          u,
          Severity.ERROR,
          "leftover-object",
          u.id().display()
              + " is left over after upgrade "
              + from
              + " -> "
              + to
              + " (not in the full install of "
              + to
              + ")",
          edit,
          Suggestions.drop(u.id()),
          "");
    }
    for (Map.Entry<ObjectId, String> c : fresh.configTables().entrySet()) {
      if (!only.test(c.getKey())) continue;
      if (upgraded.get(c.getKey()) != null && !upgraded.configTables().containsKey(c.getKey())) {
        about.add(c.getKey());
        findings.add(
            new Finding(
                Severity.ERROR,
                "config-dump-missing",
                c.getKey().display(),
                from,
                to,
                c.getKey().display()
                    + " is not registered with pg_extension_config_dump after upgrade: pg_dump will not keep its rows",
                edit,
                "SELECT pg_catalog.pg_extension_config_dump('"
                    + c.getKey().qualifiedName()
                    + "', '"
                    + c.getValue().replace("'", "''")
                    + "');",
                ""));
      }
    }
  }

  /**
   * Same kind, schema and name on both sides but other arguments: one signature drift, not missing
   * + left over.
   */
  private void pairSignatures(Map<ObjectId, Entry> missing, Map<ObjectId, Entry> extra) {
    for (ObjectId m : List.copyOf(missing.keySet())) {
      if (!m.kind().isRoutine() && m.kind() != org.extupgrade.model.ObjectKind.OPERATOR) continue;
      ObjectId match = null;
      for (ObjectId x : extra.keySet()) {
        if (x.kind() == m.kind() && x.schema().equals(m.schema()) && x.name().equals(m.name())) {
          match = x;
          break;
        }
      }
      if (match == null) continue;
      Entry f = missing.remove(m);
      Entry u = extra.remove(match);
      add(
          f,
          Severity.ERROR,
          "signature-drift",
          "after upgrade "
              + from
              + " -> "
              + to
              + " the database has "
              + match.display()
              + " where the full install has "
              + m.display(),
          edit,
          Suggestions.drop(match) + "\n" + Suggestions.create(f.source()),
          "- " + match.display() + " (upgraded)\n+ " + m.display() + " (fresh install)");
      if (u.uncertain())
        findings.set(findings.size() - 1, downgrade(findings.get(findings.size() - 1)));
    }
  }

  private void definitions(Entry u, Entry f) {
    String key = String.valueOf(names.naming().alias());
    Definition a = cache.canonical(key, u.def(), this::canonical);
    Definition b = cache.canonical(key, f.def(), this::canonical);
    if (a == b) { // one object per canonical value (SameCache)
      stars(u, f);
      return;
    }
    Location where = pathFiles.contains(u.at().file()) ? u.at() : edit;
    switch (b) {
      case RoutineDef rb when a instanceof RoutineDef ra -> routine(u, f, ra, rb, where);
      case TableDef tb when a instanceof TableDef ta ->
          new TableComparer(this, u, f, where).compare(ta, tb);
      case EnumDef eb when a instanceof EnumDef ea -> enumDrift(u, f, ea, eb, where);
      default -> {
        String ta = text(a);
        String tb = text(b);
        if (ta.equals(tb)) return;
        add(
            f,
            Severity.ERROR,
            "definition-drift",
            f.id().display()
                + " differs after upgrade "
                + from
                + " -> "
                + to
                + " from the full install",
            where,
            Suggestions.recreate(f.id(), f.source()),
            "- " + ta + "\n+ " + tb,
            u);
      }
    }
  }

  /**
   * The same view text, but its {@code *} stood for other columns when it was created (a table got
   * a column after the view).
   */
  private void stars(Entry u, Entry f) {
    List<String> a = u.stars();
    List<String> b = f.stars();
    if (a == null || b == null || a.equals(b)) return;
    List<String> missing = new ArrayList<>(b);
    missing.removeAll(a);
    List<String> extra = new ArrayList<>(a);
    extra.removeAll(b);
    StringBuilder detail = new StringBuilder();
    if (!missing.isEmpty())
      detail.append("  lacks: ").append(String.join(", ", missing)).append('\n');
    if (!extra.isEmpty())
      detail.append("  still has: ").append(String.join(", ", extra)).append('\n');
    detail
        .append("- * = ")
        .append(String.join(", ", a))
        .append("\n+ * = ")
        .append(String.join(", ", b));
    boolean appends = f.def() instanceof GenericDef g && StarColumns.replaceable(g.text(), a, b);
    // one message for every step the view stays behind, so that the first such script is blamed
    add(
        f,
        Severity.ERROR,
        "definition-drift",
        f.id().display()
            + " has other columns for its * after upgrade "
            + from
            + " -> "
            + to
            + " than in the full install: PostgreSQL expanded * when the view was created",
        pathFiles.contains(u.at().file()) ? u.at() : edit,
        appends
            ? Suggestions.create(f.source())
            : Suggestions.drop(f.id()) + "\n" + f.source().strip(),
        detail.toString(),
        u);
  }

  /** The definition with the control file's schema qualifier dropped (a no-op without one). */
  private Definition canonical(Definition d) {
    if (!names.hasAlias()) return d;
    return switch (d) {
      case GenericDef g -> new GenericDef(names.canonicalText(g.text()));
      case TableDef t ->
          new TableDef(
              t.columns().stream()
                  .map(
                      c ->
                          c.withType(names.naming().typeText(c.type()))
                              .withDefault(
                                  c.defaultExpr() == null
                                      ? null
                                      : names.canonicalText(c.defaultExpr())))
                  .toList(),
              t.constraints().entrySet().stream()
                  .collect(
                      java.util.stream.Collectors.toMap(
                          Map.Entry::getKey, e -> names.canonicalText(e.getValue()))),
              names.canonicalText(t.extra()));
      case RoutineDef r ->
          new RoutineDef(
              names.naming().typeText(r.result()),
              r.language(),
              r.volatility(),
              r.strict(),
              r.securityDefiner(),
              r.leakproof(),
              r.parallel(),
              r.cost(),
              r.rows(),
              r.settings(),
              r.body(),
              r.argNames(),
              r.argDefaults().stream().map(names::canonicalText).toList());
      case EnumDef e -> e;
    };
  }

  private static String text(Definition d) {
    return switch (d) {
      case GenericDef g -> g.text();
      case EnumDef e -> "enum " + e.labels();
      case TableDef t -> "table";
      case RoutineDef r -> "routine";
    };
  }

  private void routine(Entry u, Entry f, RoutineDef a, RoutineDef b, Location where) {
    if (!a.result().equals(b.result())) {
      add(
          f,
          Severity.ERROR,
          "signature-drift",
          f.id().display()
              + " returns "
              + a.result()
              + " after upgrade "
              + from
              + " -> "
              + to
              + " but "
              + b.result()
              + " in the full install",
          where,
          Suggestions.drop(f.id()) + "\n" + Suggestions.create(f.source()),
          "- returns " + a.result() + "\n+ returns " + b.result(),
          u);
      return;
    }
    List<String> diffs = new ArrayList<>();
    StringBuilder detail = new StringBuilder();
    Map<String, String> x = a.attributes();
    Map<String, String> y = b.attributes();
    for (String k : y.keySet()) {
      if (!Objects.equals(x.get(k), y.get(k))) {
        diffs.add(k);
        detail
            .append("- ")
            .append(k)
            .append(": ")
            .append(x.get(k))
            .append("\n+ ")
            .append(k)
            .append(": ")
            .append(y.get(k))
            .append('\n');
      }
    }
    RoutineArgs.Diff args = RoutineArgs.compare(a, b, f.id());
    diffs.addAll(args.parts());
    detail.append(args.detail());
    RoutineBodies.Diff body = cache.bodies(a, b, names.naming().alias());
    diffs.addAll(body.parts());
    detail.append(body.detail());
    if (diffs.isEmpty()) {
      if (body.commentsDiffer()) {
        add(
            f,
            Severity.INFO,
            "comment-drift",
            f.id().display()
                + " has other comments inside its body after upgrade "
                + from
                + " -> "
                + to
                + " (prosrc differs, behaviour does not)",
            where,
            Suggestions.create(f.source()),
            "",
            u);
      }
      return;
    }
    add(
        f,
        Severity.ERROR,
        "attribute-drift",
        f.id().display()
            + " differs after upgrade "
            + from
            + " -> "
            + to
            + " in "
            + String.join(", ", diffs)
            + (args.needsDrop() ? " (CREATE OR REPLACE cannot make this change)" : ""),
        where,
        args.needsDrop()
            ? Suggestions.drop(f.id()) + "\n" + Suggestions.create(f.source())
            : Suggestions.create(f.source()),
        detail.toString().stripTrailing(),
        u);
  }

  private void enumDrift(Entry u, Entry f, EnumDef a, EnumDef b, Location where) {
    StringBuilder fix = new StringBuilder();
    if (b.labels().containsAll(a.labels())) {
      String prev = null;
      for (String l : b.labels()) {
        if (!a.labels().contains(l)) {
          fix.append("ALTER TYPE ")
              .append(f.id().qualifiedName())
              .append(" ADD VALUE IF NOT EXISTS '")
              .append(l.replace("'", "''"))
              .append('\'');
          if (prev != null) fix.append(" AFTER '").append(prev.replace("'", "''")).append('\'');
          fix.append(";\n");
        }
        prev = l;
      }
    }
    add(
        f,
        Severity.ERROR,
        "definition-drift",
        f.id().display() + " has other labels after upgrade " + from + " -> " + to,
        where,
        fix.toString().strip(),
        "- " + a.labels() + "\n+ " + b.labels(),
        u);
  }

  void add(
      Entry f,
      Severity s,
      String kind,
      String msg,
      Location where,
      String fix,
      String detail,
      Entry... others) {
    Finding x = new Finding(s, kind, f.id().display(), from, to, msg, where, fix, detail);
    boolean unsure =
        f.uncertain()
            || mentionedInBlindSpot(f.id(), kind)
            || kind.equals("constraint-drift")
                && unsureConstraints.contains(names.canonical(f.id()));
    for (Entry o : others) unsure |= o.uncertain();
    about.add(names.canonical(f.id()));
    findings.add(unsure ? downgrade(x) : x);
  }

  /**
   * Dynamic SQL that may have changed what the finding is about: the object (or its kind, when it
   * may build the name at run time); SQL that only adds or drops constraints leaves the rest of a
   * table (columns, comments, options) as the model has it.
   */
  private boolean mentionedInBlindSpot(ObjectId id, String kind) {
    String schema = names.naming().alias();
    for (DoBlock.BlindSpot b : blind) {
      if (!cache.touches(b, id, schema)) continue;
      if (BlindSpots.constraintsOnly(b) && !kind.equals("constraint-drift")) continue;
      return true;
    }
    return false;
  }

  /** Unsure findings (conditional or unmodeled statements, dynamic SQL) are info, never errors. */
  private static Finding downgrade(Finding x) {
    return x.withSeverity(Severity.INFO)
        .withMessage(
            x.message()
                + " (uncertain: a conditional, dynamic or unmodeled statement is involved)");
  }

  String from() {
    return from;
  }

  String to() {
    return to;
  }
}
