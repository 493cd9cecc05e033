package org.extupgrade.draft.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extupgrade.catalog.SqlResource;
import org.jspecify.annotations.Nullable;

/** What the live draft reads from a server beyond the snapshot: definitions, ranks, dependents. */
final class Catalog {
  private static final String DEFINITIONS = SqlResource.read(Catalog.class, "definitions.sql");
  private static final String DEPENDENTS = SqlResource.read(Catalog.class, "dependents.sql");

  /**
   * One object as the server writes it.
   *
   * @param rank its OID (a column: after its type and default): creation order in a fresh install
   * @param definition pg_get_functiondef, pg_get_viewdef, ... (null where there is none)
   * @param extra a column's or domain's default; a constraint's kind; {@code constraint} for an
   *     index a constraint makes
   */
  record Def(long rank, @Nullable String definition, @Nullable String extra) {}

  private Catalog() {}

  /** Every object of {@code extension} in {@code c}'s database, by identity. */
  static Map<String, Def> definitions(Connection c, String extension, String schema)
      throws SQLException {
    Map<String, Def> out = new HashMap<>();
    try (Statement s = c.createStatement()) {
      s.execute("set search_path = " + schema);
    }
    try (PreparedStatement ps = c.prepareStatement(DEFINITIONS)) {
      ps.setString(1, extension);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next())
          out.put(rs.getString(1), new Def(rs.getLong(2), rs.getString(3), rs.getString(4)));
      }
    } finally {
      try (Statement s = c.createStatement()) {
        s.execute("reset search_path");
      }
    }
    return out;
  }

  /** Object to the objects that depend on it (directly), in {@code c}'s database. */
  static Map<String, Set<String>> dependents(Connection c) throws SQLException {
    Map<String, Set<String>> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(DEPENDENTS)) {
      while (rs.next())
        out.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
    }
    return out;
  }

  /**
   * The privileges in {@code acl} (aclitems separated by spaces, as the snapshot keeps them) as
   * {@code {privilege, grantee, "WITH GRANT OPTION" or ""}}, by aclexplode; the owner's own are
   * left out (an owner keeps them).
   */
  static List<List<String>> privileges(Connection c, String acl, String owner) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    if (acl.equals("(none)") || acl.isBlank()) return out;
    try (PreparedStatement ps =
        c.prepareStatement(
            "select a.privilege_type, case when a.grantee = 0 then 'PUBLIC'"
                + " else quote_ident(pg_get_userbyid(a.grantee)) end, a.is_grantable,"
                + " a.grantee = a.grantor"
                + " from aclexplode(string_to_array(?, ' ')::aclitem[]) a"
                + " order by 2, 1")) {
      ps.setString(1, acl);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rs.getBoolean(4) && rs.getString(2).equals(owner)) continue;
          out.add(
              List.of(
                  rs.getString(1), rs.getString(2), rs.getBoolean(3) ? " WITH GRANT OPTION" : ""));
        }
      }
    }
    return out;
  }

  /** The names pg_catalog has for functions, types and relations, as quote_ident writes them. */
  static Set<String> builtins(Connection c) throws SQLException {
    Set<String> out = new java.util.HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select quote_ident(proname) from pg_proc where pronamespace ="
                    + " 'pg_catalog'::regnamespace union select quote_ident(typname) from pg_type"
                    + " where typnamespace = 'pg_catalog'::regnamespace union select"
                    + " quote_ident(relname) from pg_class where relnamespace ="
                    + " 'pg_catalog'::regnamespace")) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }

  /** quote_ident(current_user): the owner of everything the draft reads. */
  static String owner(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select quote_ident(current_user)")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * The ACL a new object of {@code kind} ({@code f}, {@code r}, {@code s}, {@code T}, {@code n})
   * gets.
   */
  static String defaultAcl(Connection c, char kind) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "select coalesce(string_agg(a::text, ' ' order by a::text), '(none)')"
                + " from unnest(acldefault(?::\"char\", (select oid from pg_roles"
                + " where rolname = current_user))) a")) {
      ps.setString(1, String.valueOf(kind));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
