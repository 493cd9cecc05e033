package org.extupgrade.draft.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.extupgrade.catalog.CatalogObject;
import org.extupgrade.draft.Change;
import org.jspecify.annotations.Nullable;

/**
 * What runs once every object exists: sequences' {@code OWNED BY}, comments, grants and revokes
 * (aclexplode of both ACLs), and {@code pg_extension_config_dump} registrations.
 */
final class Afterwards {
  private final LiveDrafter.Inputs in;
  private final Set<String> created;
  private final Connection fresh;
  private final String owner;

  Afterwards(LiveDrafter.Inputs in, Set<String> created, Connection fresh) throws SQLException {
    this.in = in;
    this.created = created;
    this.fresh = fresh;
    this.owner = Catalog.owner(fresh);
  }

  List<Change> changes() throws SQLException {
    List<Change> out = new ArrayList<>();
    for (CatalogObject a : in.fresh().objects().values()) {
      String id = a.identity();
      String type = Kinds.type(id);
      String name = in.names().objectName(id, type);
      CatalogObject b = gone(id) ? null : in.upgraded().objects().get(id);
      String owned = a.fields().get("owned_by");
      if (type.equals("sequence")
          && owned != null
          && (b == null || !Objects.equals(owned, b.fields().get("owned_by"))))
        out.add(
            Change.of(
                "sequence " + name,
                "owned by its column, as in the full install",
                "ALTER SEQUENCE " + name + " OWNED BY " + in.names().name(owned) + ";"));
      String ca = a.fields().get("comment");
      String cb = b == null ? null : b.fields().get("comment");
      if (!Objects.equals(ca, cb) && !type.equals("extension"))
        out.add(
            Change.of(
                type + " " + name,
                b == null
                    ? ""
                    : ca == null
                        ? "no comment in the full install of " + in.to()
                        : "its comment differs from the full install's",
                "COMMENT ON "
                    + Kinds.commentTarget(type, name)
                    + " IS "
                    + (ca == null ? "NULL" : literal(ca))
                    + ";"));
      grants(a, b, type, name, out);
    }
    configDumps(out);
    return out;
  }

  /** True when the draft drops and creates it (or its relation): the old one's extras are gone. */
  private boolean gone(String id) {
    if (created.contains(id)) return true;
    String type = Kinds.type(id);
    if (!type.endsWith("column")) return false;
    String rel =
        type.substring(0, type.length() - " column".length())
            + " "
            + Kinds.column(id.substring(type.length() + 1))[0];
    return created.contains(rel);
  }

  private void grants(
      CatalogObject a, @Nullable CatalogObject b, String type, String name, List<Change> out)
      throws SQLException {
    String acl = a.fields().get("acl");
    if (acl == null) return;
    char k = Kinds.aclKind(type);
    if (k == 0) {
      if (b != null && !Objects.equals(acl, b.fields().get("acl")))
        out.add(
            Change.todo(
                type + " " + name,
                "its privileges differ from the full install's ("
                    + acl
                    + "): GRANT or REVOKE by hand",
                ""));
      return;
    }
    String old = b == null ? Catalog.defaultAcl(fresh, k) : b.fields().get("acl");
    if (Objects.equals(acl, old)) return;
    List<List<String>> want = Catalog.privileges(fresh, acl, owner);
    List<List<String>> have = Catalog.privileges(fresh, old == null ? "" : old, owner);
    StringBuilder sql = new StringBuilder();
    String target = Kinds.grantTarget(type, name);
    for (List<String> p : have)
      if (!want.contains(p))
        sql.append("REVOKE ")
            .append(p.get(0))
            .append(" ON ")
            .append(target)
            .append(" FROM ")
            .append(p.get(1))
            .append(";\n");
    for (List<String> p : want)
      if (!have.contains(p))
        sql.append("GRANT ")
            .append(p.get(0))
            .append(" ON ")
            .append(target)
            .append(" TO ")
            .append(p.get(1))
            .append(p.get(2))
            .append(";\n");
    if (!sql.isEmpty())
      out.add(
          Change.of(
              type + " " + name,
              b == null ? "" : "its privileges differ from the full install's",
              sql.toString()));
  }

  private void configDumps(List<Change> out) {
    for (Map.Entry<String, CatalogObject> e : in.fresh().objects().entrySet()) {
      if (!Kinds.type(e.getKey()).equals("extension")) continue;
      CatalogObject b = in.upgraded().objects().get(e.getKey());
      List<String> have = lines(b == null ? null : b.fields().get("config_tables"));
      for (String line : lines(e.getValue().fields().get("config_tables"))) {
        if (have.contains(line)) continue;
        int sp = line.indexOf(' ');
        String table = in.names().name(sp < 0 ? line : line.substring(0, sp));
        String cond = sp < 0 ? "" : line.substring(sp + 1);
        out.add(
            Change.of(
                "table " + table,
                "a configuration table in the full install of " + in.to(),
                "SELECT pg_catalog.pg_extension_config_dump("
                    + literal(table)
                    + ", "
                    + literal(cond)
                    + ");"));
      }
      List<String> tables = new ArrayList<>();
      for (String line : lines(e.getValue().fields().get("config_tables")))
        tables.add(line.split(" ")[0]);
      for (String line : have)
        if (!tables.contains(line.split(" ")[0]))
          out.add(
              Change.todo(
                  "table " + in.names().name(line.split(" ")[0]),
                  "registered as a configuration table, which the full install does not do:"
                      + " ALTER EXTENSION ... DROP TABLE and ADD TABLE unregister it",
                  ""));
    }
  }

  private static List<String> lines(@Nullable String text) {
    return text == null ? List.of() : List.of(text.split("\n"));
  }

  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
