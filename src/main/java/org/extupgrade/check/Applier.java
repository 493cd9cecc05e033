package org.extupgrade.check;

import java.util.List;
import org.extupgrade.model.Location;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.extupgrade.model.Severity;
import org.extupgrade.sql.stmt.AddEnumValue;
import org.extupgrade.sql.stmt.AlterOther;
import org.extupgrade.sql.stmt.AlterRoutine;
import org.extupgrade.sql.stmt.AlterTable;
import org.extupgrade.sql.stmt.CommentOn;
import org.extupgrade.sql.stmt.ConfigDump;
import org.extupgrade.sql.stmt.Create;
import org.extupgrade.sql.stmt.DoBlock;
import org.extupgrade.sql.stmt.Drop;
import org.extupgrade.sql.stmt.EnumDef;
import org.extupgrade.sql.stmt.ExtensionMember;
import org.extupgrade.sql.stmt.GenericDef;
import org.extupgrade.sql.stmt.Opaque;
import org.extupgrade.sql.stmt.Privilege;
import org.extupgrade.sql.stmt.Rename;
import org.extupgrade.sql.stmt.RoutineDef;
import org.extupgrade.sql.stmt.SetSchema;
import org.extupgrade.sql.stmt.Stmt;
import org.extupgrade.sql.stmt.TableDef;
import org.extupgrade.sql.stmt.Target;
import org.jspecify.annotations.Nullable;

/**
 * Applies statements to a {@link SchemaState} as PostgreSQL would run them, reporting statements
 * that would fail at that point and drops that silently match nothing.
 */
final class Applier {
  private final SchemaState st;
  private final Steps steps;
  private final DropApplier drops;

  Applier(SchemaState st, Steps steps) {
    this.st = st;
    this.steps = steps;
    this.drops = new DropApplier(st, steps, this);
  }

  /** Applies one script's statements. */
  void applyAll(List<Stmt> stmts) {
    for (Stmt s : stmts) apply(s, false);
    drops.endOfScript();
  }

  void apply(Stmt s, boolean cond) {
    switch (s) {
      case Create c -> create(c, cond);
      case Drop d -> drops.apply(d, cond);
      case AlterRoutine a -> {
        Entry e = resolve(a.target(), a.ifExists(), cond, a.at());
        if (e != null && e.def() instanceof RoutineDef r)
          mark(e.with(r.with(a.changes()), a.at()), cond);
      }
      case AlterTable a -> new TableApplier(st, steps, this).apply(a, cond);
      case AlterOther a -> {
        Entry e = resolve(a.target(), a.ifExists(), cond, a.at());
        if (e != null && a.changesDefinition()) st.put(e.uncertainAt(a.at()));
      }
      case AddEnumValue a -> addValue(a, cond);
      case Rename r -> {
        if (r.target().id().kind() == ObjectKind.INDEX
            && lookup(r.target()) == null
            && renameConstraintIndex(r, cond)) return;
        Entry e = resolve(r.target(), r.ifExists(), cond, r.at());
        if (e != null) move(e, e.id().withName(r.newName()), r.at(), cond);
      }
      case SetSchema r -> {
        Entry e = resolve(r.target(), r.ifExists(), cond, r.at());
        if (e != null) move(e, e.id().withSchema(r.newSchema()), r.at(), cond);
      }
      case CommentOn c -> comment(c, cond);
      case Privilege p -> {}
      case ConfigDump c -> {
        if (!relationExists(c.table()) && !cond) {
          fail(c.table(), "relation " + c.table().qualifiedName() + " does not exist", c.at());
        } else {
          st.registerConfig(st.canonical(c.table()), c.condition());
        }
      }
      case ExtensionMember m -> member(m, cond);
      case DoBlock d -> {
        steps.blindSpots.addAll(d.blindSpots());
        for (int i = 0; i < d.effects().size(); i++)
          apply(d.effects().get(i), cond || d.conditional().get(i));
      }
      case Opaque o -> {
        // not modeled: Check.scriptNotes reports it once per script
      }
    }
  }

  private void create(Create given, boolean cond) {
    Create c = substituted(given);
    if (c.id().kind() == ObjectKind.OPERATOR_CLASS
        && c.def() instanceof GenericDef g
        && !g.text().contains(" family ")) {
      // CREATE OPERATOR CLASS without FAMILY creates a family of the same name when there is none
      ObjectId fam = c.id().withKind(ObjectKind.OPERATOR_FAMILY);
      if (st.get(fam) == null)
        st.put(new Entry(fam, new GenericDef("using " + c.id().args().get(0)), c.at(), "", cond));
    }
    Entry old = st.get(c.id());
    Entry fresh = new Entry(c.id(), c.def(), c.at(), c.source(), cond);
    if (c.def() instanceof TableDef t && !Inheritance.parents(t).isEmpty()) {
      fresh = fresh.with(Inheritance.withInherited(t, this::lookup), c.at());
    }
    if (c.def() instanceof GenericDef g
        && (c.id().kind() == ObjectKind.VIEW || c.id().kind() == ObjectKind.MATERIALIZED_VIEW)) {
      fresh = fresh.withStars(StarColumns.expand(g.text(), st));
    }
    if (old == null) {
      st.put(fresh);
      return;
    }
    boolean shell =
        c.id().kind() == ObjectKind.TYPE && old.def() instanceof GenericDef g && g.text().isEmpty();
    if (c.orReplace() || shell) {
      if (old.def() instanceof RoutineDef o
          && c.def() instanceof RoutineDef n
          && !o.result().equals(n.result())
          && !cond) {
        fail(
            c.id(),
            "cannot change return type of existing "
                + c.id().display()
                + " ("
                + o.result()
                + " to "
                + n.result()
                + "); drop it first",
            c.at());
      } else if (old.def() instanceof RoutineDef o
          && c.def() instanceof RoutineDef n
          && !cond
          && RoutineArgs.replaceFails(o, n, c.id()) != null) {
        fail(
            c.id(),
            RoutineArgs.replaceFails(o, n, c.id()) + " (" + c.id().display() + "); drop it first",
            c.at());
      }
      st.put(fresh);
    } else if (c.ifNotExists() || cond) {
      // skipped by PostgreSQL: the old definition stays
    } else if (steps.install) {
      steps.add(
          Severity.ERROR,
          "duplicate-definition",
          c.id().display(),
          "the full install script defines "
              + c.id().display()
              + " twice (first at "
              + old.at()
              + "); CREATE EXTENSION fails",
          c.at(),
          "");
    } else {
      fail(
          c.id(),
          c.id().display()
              + " already exists; use CREATE OR REPLACE or IF NOT EXISTS, or drop it first",
          c.at());
    }
  }

  private void addValue(AddEnumValue a, boolean cond) {
    Entry e = resolve(Target.of(a.type()), false, cond, a.at());
    if (e == null) return;
    if (!(e.def() instanceof EnumDef en)) {
      st.put(e.uncertainAt(a.at()));
      return;
    }
    if (en.labels().contains(a.label())) {
      if (!a.ifNotExists() && !cond)
        fail(a.type(), "enum label '" + a.label() + "' already exists", a.at());
      return;
    }
    List<String> labels = new java.util.ArrayList<>(en.labels());
    int i = a.neighbour() == null ? -1 : labels.indexOf(a.neighbour());
    if (i < 0) labels.add(a.label());
    else labels.add(a.before() ? i : i + 1, a.label());
    mark(e.with(new EnumDef(labels), a.at()), cond);
  }

  private void member(ExtensionMember m, boolean cond) {
    Entry e = lookup(m.target());
    if (m.add()) {
      Entry back = st.detached().remove(m.target().id());
      if (back != null) st.put(back);
      else if (e == null) st.put(new Entry(m.target().id(), new GenericDef(""), m.at(), "", true));
      else if (!cond)
        fail(e.id(), e.id().display() + " is already a member of the extension", m.at());
    } else if (e != null) {
      st.remove(e.id());
      st.detached().put(e.id(), e);
    } else if (!cond) {
      fail(m.target().id(), m.target().id().display() + " does not exist", m.at());
    }
  }

  private void move(Entry e, ObjectId to, Location at, boolean cond) {
    if (st.get(to) != null) {
      if (!cond) fail(to, to.display() + " already exists; RENAME/SET SCHEMA fails", at);
      return;
    }
    st.comments().move(st.canonical(e.id()), st.canonical(to));
    // pg_extension_config_dump keeps the table's oid, so the registration follows the table
    String config = st.configTables().get(st.canonical(e.id()));
    st.remove(e.id());
    if (config != null) st.registerConfig(st.canonical(to), config);
    st.put(
        cond
            ? e.moved(to).uncertainAt(at)
            : new Entry(to, e.def(), at, e.source(), e.uncertain(), e.stars()));
    if (e.id().kind() == ObjectKind.TABLE) {
      String oldQ = e.id().qualifiedName();
      String newQ = to.qualifiedName();
      for (Entry d : List.copyOf(st.entries())) {
        if (d.id().kind().isTableScoped() && d.id().args().get(0).equals(oldQ)) {
          st.remove(d.id());
          ObjectId nid = new ObjectId(d.id().kind(), to.schema(), d.id().name(), List.of(newQ));
          st.put(
              new Entry(
                  nid,
                  Suggestions.retarget(d.def(), oldQ, newQ),
                  d.at(),
                  d.source(),
                  d.uncertain()));
        } else if (d.id().kind() == ObjectKind.INDEX && Suggestions.indexTable(d).equals(oldQ)) {
          st.put(d.with(Suggestions.retarget(d.def(), oldQ, newQ), d.at()));
        }
      }
    }
  }

  /**
   * ALTER INDEX of the index behind a primary key, unique or exclusion constraint: PostgreSQL
   * renames the constraint with its index. False when no table has such a constraint.
   */
  private boolean renameConstraintIndex(Rename r, boolean cond) {
    ObjectId index = r.target().id();
    String schema = st.canonical(index).schema();
    for (Entry e : List.copyOf(st.entries())) {
      if (e.id().kind() != ObjectKind.TABLE
          || !st.canonical(e.id()).schema().equals(schema)
          || !(e.def() instanceof TableDef t)) continue;
      String def = t.constraints().get(index.name());
      if (def == null
          || !(def.startsWith("primary key")
              || def.startsWith("unique")
              || def.startsWith("exclude"))) continue;
      java.util.Map<String, String> cons = new java.util.LinkedHashMap<>();
      t.constraints().forEach((k, v) -> cons.put(k.equals(index.name()) ? r.newName() : k, v));
      Entry n = e.with(new TableDef(t.columns(), cons, t.extra()), r.at());
      st.put(cond ? n.uncertainAt(r.at()) : n);
      return true;
    }
    return false;
  }

  /**
   * A table, a sequence, or the implicit sequence of a serial or identity column ({@code t_c_seq}).
   */
  private boolean relationExists(ObjectId id) {
    if (st.get(id) != null || st.get(id.withKind(ObjectKind.SEQUENCE)) != null) return true;
    for (Entry e : st.entries()) {
      if (e.id().kind() == ObjectKind.TABLE
          && e.id().schema().equals(id.schema())
          && e.def() instanceof TableDef t) {
        for (org.extupgrade.sql.stmt.Column c : t.columns()) {
          boolean implicit = c.type().endsWith("serial") || c.generated().contains("identity");
          if (implicit && id.name().equals(e.id().name() + "_" + c.name() + "_seq")) return true;
        }
      }
    }
    return false;
  }

  void mark(Entry e, boolean cond) {
    st.put(cond ? e.uncertainAt(e.at()) : e);
  }

  /** The object a statement names; reports a failure when it is missing and not IF EXISTS. */
  @Nullable Entry resolve(Target t, boolean ifExists, boolean cond, Location at) {
    Entry e = lookup(t);
    if (e == null && st.detached().containsKey(t.id()))
      return null; // exists, outside the extension
    if (e == null && Builtins.has(t.id())) return null; // PostgreSQL's own, outside the extension
    if (e == null && !ifExists && !cond) {
      fail(t.id(), t.id().display() + " does not exist at this point", at);
    }
    return e;
  }

  @Nullable Entry lookup(Target t) {
    Entry e = lookupIn(t);
    if (e == null && t.id().schema().equals(ObjectId.EXTSCHEMA)) {
      // search_path: an unqualified name also finds pg_catalog's objects (PostgreSQL searches it
      // implicitly)
      e = lookupIn(new Target(t.id().withSchema("pg_catalog"), t.argsGiven()));
    }
    return e;
  }

  private @Nullable Entry lookupIn(Target t) {
    ObjectId id = t.id();
    Entry e = st.get(id);
    if (e != null) return e;
    if (id.kind() == ObjectKind.FUNCTION || !t.argsGiven()) {
      for (ObjectKind k :
          id.kind().isRoutine()
              ? List.of(ObjectKind.FUNCTION, ObjectKind.PROCEDURE, ObjectKind.AGGREGATE)
              : List.of(id.kind())) {
        if (t.argsGiven()) {
          Entry x = st.get(new ObjectId(k, id.schema(), id.name(), id.args()));
          if (x != null) return x;
        } else {
          List<Entry> all = st.overloads(k, id.schema(), id.name());
          if (all.size() == 1) return all.get(0);
        }
      }
    }
    return null;
  }

  /**
   * Reports a statement that fails at this point; as info only when dynamic SQL run earlier on the
   * chain (a blind spot) may have created, dropped or changed the object.
   */
  void fail(ObjectId id, String message, Location at) {
    DoBlock.BlindSpot blind = BlindSpots.touching(steps.blindSpots, id, st.naming().alias());
    steps.add(
        blind == null ? Severity.ERROR : Severity.INFO,
        steps.install ? "install-fails" : "update-fails",
        id.display(),
        blind == null
            ? message
            : message
                + " (uncertain: dynamic SQL at "
                + blind.at()
                + " may have changed "
                + id.display()
                + ")",
        at,
        "");
  }

  /** COMMENT ON an object or a column: the object must exist; the text is modeled. */
  private void comment(CommentOn c, boolean cond) {
    Entry e = null;
    if (c.column().isEmpty()) {
      e = resolve(c.target(), false, cond, c.at());
    } else {
      for (ObjectKind k :
          List.of(
              ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW, ObjectKind.TYPE)) {
        e = e != null ? e : lookup(Target.of(c.target().id().withKind(k)));
      }
      if (e == null) e = resolve(c.target(), false, cond, c.at());
    }
    if (e == null) return;
    st.comments()
        .set(
            new Comments.Key(st.canonical(e.id()), c.column()),
            c.comment() == null ? "" : c.comment());
    if (cond) st.put(e.uncertainAt(c.at()));
  }

  /** The statement as PostgreSQL runs it: {@code MODULE_PATHNAME} replaced in routine bodies. */
  private Create substituted(Create c) {
    if (!(c.def() instanceof RoutineDef r)) return c;
    String body = st.naming().substitute(r.body());
    if (body.equals(r.body())) return c;
    return new Create(c.at(), c.id(), c.orReplace(), c.ifNotExists(), r.withBody(body), c.source());
  }
}
