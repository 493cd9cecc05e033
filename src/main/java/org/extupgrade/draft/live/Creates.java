package org.extupgrade.draft.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.extupgrade.catalog.CatalogObject;
import org.extupgrade.catalog.Snapshot;
import org.extupgrade.draft.Change;
import org.jspecify.annotations.Nullable;

/**
 * The statement that creates one object of the fresh install, from the server's own definitions
 * ({@code pg_get_functiondef}, {@code pg_get_viewdef}, {@code pg_get_indexdef}, ...) or, for
 * tables, types and sequences, from the snapshot's fields ({@code format_type} for column types).
 */
final class Creates {
  private final Snapshot fresh;
  private final Map<String, Catalog.Def> defs;
  private final Names names;

  Creates(Snapshot fresh, Map<String, Catalog.Def> defs, Names names) {
    this.fresh = fresh;
    this.defs = defs;
    this.names = names;
  }

  /** The step that creates {@code id}, a TODO when the server has no text for it. */
  Change create(String id, String note) {
    String type = Kinds.type(id);
    String name = names.objectName(id, type);
    Catalog.Def d = defs.get(id);
    String def = d == null ? null : d.definition();
    CatalogObject o = fresh.objects().get(id);
    String sql =
        switch (type) {
          case "function", "procedure" ->
              def == null
                  ? null
                  : names.definition(
                          def.strip(),
                          "CREATE OR REPLACE " + type.toUpperCase(java.util.Locale.ROOT) + " ")
                      + ";";
          case "view" ->
              def == null ? null : "CREATE OR REPLACE VIEW " + name + " AS\n" + body(def);
          case "materialized view" ->
              def == null
                  ? null
                  : "CREATE MATERIALIZED VIEW IF NOT EXISTS " + name + " AS\n" + body(def);
          case "index" ->
              def == null
                  ? null
                  : names
                          .definition(def, " ON ")
                          .replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX IF NOT EXISTS ")
                      + ";";
          case "trigger" -> def == null ? null : names.definition(def, " ON ") + ";";
          case "policy" -> def == null ? null : names.name(def) + ";";
          case "rule" -> def == null ? null : names.name(def.strip());
          case "event trigger" -> def == null ? null : names.name(def) + ";";
          case "table constraint" -> {
            String[] p = Kinds.on(name);
            yield "ALTER TABLE " + p[1] + " ADD CONSTRAINT " + p[0] + " " + names.name(def) + ";";
          }
          case "domain constraint" -> {
            String[] p = Kinds.on(name);
            yield "ALTER DOMAIN " + p[1] + " ADD CONSTRAINT " + p[0] + " " + names.name(def) + ";";
          }
          case "table" -> table(id, name);
          case "type" -> o == null ? null : type(o, name, d);
          case "sequence" -> o == null ? null : sequence(o, name);
          case "schema" -> "CREATE SCHEMA IF NOT EXISTS " + name + ";";
          default -> null;
        };
    if (sql == null)
      return Change.todo(
          type + " " + name,
          "the live draft cannot write a " + type + ": copy its statement from the full install",
          "");
    return Change.of(type + " " + name, note, sql);
  }

  /** A view's query: pg_get_viewdef's text, its schema written as the draft writes it. */
  private String body(String def) {
    String b = names.name(def.strip());
    return b.endsWith(";") ? b : b + ";";
  }

  /** {@code CREATE TABLE} with the fresh install's columns; constraints come as their own steps. */
  private @Nullable String table(String id, String name) {
    String prefix = "table column " + id.substring("table ".length()) + ".";
    List<String[]> cols = new ArrayList<>();
    for (CatalogObject c : fresh.objects().values()) {
      if (!c.identity().startsWith(prefix)) continue;
      String col = c.identity().substring(prefix.length());
      if (col.contains(".")) continue;
      cols.add(new String[] {c.fields().getOrDefault("position", "0"), col, column(c)});
    }
    cols.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
    StringBuilder b = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(name).append(" (");
    for (int i = 0; i < cols.size(); i++) {
      b.append(i == 0 ? "\n    " : ",\n    ")
          .append(cols.get(i)[1])
          .append(' ')
          .append(cols.get(i)[2]);
    }
    return b.append("\n);").toString();
  }

  /** A column's type, collation, default and NOT NULL, as {@code ADD COLUMN} takes them. */
  String column(CatalogObject c) {
    Catalog.Def d = defs.get(c.identity());
    String type = d != null && d.definition() != null ? d.definition() : c.fields().get("type");
    StringBuilder b = new StringBuilder(names.name(type));
    String coll = c.fields().get("collation");
    if (coll != null) b.append(" COLLATE ").append(coll);
    String dflt = d != null ? d.extra() : null;
    if (dflt != null) {
      String gen = c.fields().get("generated");
      b.append(
          gen != null
              ? " GENERATED ALWAYS AS (" + names.name(dflt) + ") STORED"
              : " DEFAULT " + names.name(dflt));
    }
    if (Kinds.yes(c.fields().get("not_null"))) b.append(" NOT NULL");
    return b.toString();
  }

  private @Nullable String type(CatalogObject o, String name, Catalog.@Nullable Def d) {
    var f = o.fields();
    return switch (f.getOrDefault("kind", "")) {
      case "e" -> "CREATE TYPE " + name + " AS ENUM (" + f.getOrDefault("labels", "") + ");";
      case "c" ->
          "CREATE TYPE "
              + name
              + " AS (\n    "
              + names.name(f.getOrDefault("attributes", "")).replace("\n", ",\n    ")
              + "\n);";
      case "d" ->
          d == null || d.definition() == null
              ? null
              : "CREATE DOMAIN "
                  + name
                  + " AS "
                  + names.name(d.definition())
                  + (d.extra() != null ? " DEFAULT " + names.name(d.extra()) : "")
                  + (Kinds.yes(f.get("not_null")) ? " NOT NULL" : "")
                  + ";";
      default -> null;
    };
  }

  private String sequence(CatalogObject o, String name) {
    var f = o.fields();
    return "CREATE SEQUENCE IF NOT EXISTS "
        + name
        + " AS "
        + f.get("data_type")
        + " INCREMENT BY "
        + f.get("increment")
        + " MINVALUE "
        + f.get("min")
        + " MAXVALUE "
        + f.get("max")
        + " START WITH "
        + f.get("start")
        + " CACHE "
        + f.get("cache")
        + (Kinds.yes(f.get("cycle")) ? " CYCLE" : " NO CYCLE")
        + ";";
  }
}
