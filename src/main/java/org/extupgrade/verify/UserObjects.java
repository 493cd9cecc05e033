package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The objects a user builds over an extension, made in schema {@value #SCHEMA} before an update:
 * one table with a column of every type the others need (each of the extension's types among them),
 * a view per function, aggregate and operator calling it with the table's columns as typed
 * arguments, an index per operator class, a view over each of its relations. Columns, not
 * constants, are the arguments, so that planning a view evaluates nothing. Each object is made by
 * itself; one that cannot be made is left out and counted, not a finding.
 */
final class UserObjects {
  static final String SCHEMA = "extupgrade_user";
  static final String TABLE = SCHEMA + ".arguments";

  /**
   * One object made.
   *
   * @param kind view, column or index
   * @param name its qualified name (a column: {@code table.column})
   * @param uses the extension's object it uses, in PostgreSQL's words
   * @param bare that object's bare name
   * @param type a column's type oid, else null
   */
  record Made(String kind, String name, String uses, String bare, @Nullable String type) {
    String label() {
      return kind + " " + name;
    }
  }

  private final List<Made> made = new ArrayList<>();
  private final Map<String, List<String>> skipped = new TreeMap<>();

  private UserObjects() {}

  /** Makes the objects over everything {@code extension} offers on {@code c}. */
  static UserObjects make(Connection c, String extension) throws SQLException {
    UserObjects u = new UserObjects();
    Verifier.execute(c, "set search_path = pg_catalog"); // every name qualified
    try {
      Verifier.execute(c, "create schema " + SCHEMA);
      Verifier.execute(c, "create table " + TABLE + " ()");
      List<UserApi> api = UserApi.read(c, extension);
      Map<Long, String> columns = u.columns(c, api);
      int n = 0;
      for (UserApi a : api) {
        n++;
        if (a.skip() != null) {
          u.skip(a, a.skip());
          continue;
        }
        switch (a.kind()) {
          case "type" -> {
            String col = columns.get(a.args().get(0));
            if (col == null) u.skip(a, "cannot be a table column");
            else
              u.made.add(
                  new Made(
                      "column",
                      TABLE + "." + col,
                      a.what(),
                      a.bare(),
                      String.valueOf(a.args().get(0))));
          }
          case "opclass" -> {
            String col = columns.get(a.args().get(0));
            String ix = SCHEMA + "." + name("ix", n, a.bare());
            if (col == null) u.skip(a, "its type cannot be a table column");
            else
              u.make(
                  c,
                  a,
                  new Made("index", ix, a.what(), a.bare(), null),
                  "create index "
                      + ix.substring(SCHEMA.length() + 1)
                      + " on "
                      + TABLE
                      + " using "
                      + a.flavor()
                      + " ("
                      + col
                      + " "
                      + a.name()
                      + ")");
          }
          case "relation" -> {
            String v = SCHEMA + "." + name("rel", n, a.bare());
            u.make(
                c,
                a,
                new Made("view", v, a.what(), a.bare(), null),
                "create view " + v + " as select r.* from " + a.name() + " r");
          }
          default -> {
            String expr = call(a, columns);
            String v = SCHEMA + "." + name("call", n, a.bare());
            if (expr == null) u.skip(a, "an argument type cannot be a table column");
            else
              u.make(
                  c,
                  a,
                  new Made("view", v, a.what(), a.bare(), null),
                  "create view "
                      + v
                      + " as select ("
                      + expr
                      + ") is null as x from "
                      + TABLE
                      + " a");
          }
        }
      }
    } finally {
      Verifier.execute(c, "reset search_path");
    }
    return u;
  }

  /** A column per type the objects need, added one at a time: the oid's column name. */
  private Map<Long, String> columns(Connection c, List<UserApi> api) throws SQLException {
    Map<Long, String> out = new LinkedHashMap<>();
    for (UserApi a : api) {
      if (a.skip() != null || a.kind().equals("relation")) continue;
      for (long t : a.args()) {
        if (t == 0 || out.containsKey(t)) continue;
        String col = "c" + (out.size() + 1);
        try {
          Verifier.execute(c, "alter table " + TABLE + " add column " + col + " " + typeName(c, t));
          out.put(t, col);
        } catch (SQLException e) {
          out.put(t, null);
        }
      }
    }
    return out;
  }

  private static String typeName(Connection c, long oid) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select pg_catalog.format_type(" + oid + ", null)")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** The call of a function or operator with the table's columns, or null when one is missing. */
  private static @Nullable String call(UserApi a, Map<Long, String> columns) {
    List<String> args = new ArrayList<>();
    for (long t : a.args()) {
      if (t == 0) {
        args.add("");
        continue;
      }
      String col = columns.get(t);
      if (col == null) return null;
      args.add("a." + col);
    }
    if (a.kind().equals("operator")) {
      return (args.get(0).isEmpty() ? "" : args.get(0) + " ") + a.name() + " " + args.get(1);
    }
    if (a.variadic() && !args.isEmpty()) {
      args.set(args.size() - 1, "VARIADIC " + args.get(args.size() - 1));
    }
    String list = args.isEmpty() && a.flavor().equals("a") ? "*" : String.join(", ", args);
    return a.name() + "(" + list + ")" + (a.flavor().equals("w") ? " over ()" : "");
  }

  private void make(Connection c, UserApi a, Made m, String sql) {
    try {
      Verifier.execute(c, sql);
      made.add(m);
    } catch (SQLException e) {
      skip(a, "cannot be used: " + e.getMessage());
    }
  }

  private void skip(UserApi a, String why) {
    skipped.computeIfAbsent(why.replaceAll("\\s+", " "), k -> new ArrayList<>()).add(a.what());
  }

  /** A name for the n-th object, readable and within PostgreSQL's 63 bytes. */
  private static String name(String prefix, int n, String bare) {
    String s = bare.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
    if (s.length() > 40) s = s.substring(0, 40);
    return prefix + n + (s.isEmpty() ? "" : "_" + s);
  }

  private static final java.util.regex.Pattern BLOCKER =
      java.util.regex.Pattern.compile(
          "(?:(view|materialized view|index) ("
              + SCHEMA
              + "\\.\\w+)|column (\\w+) of table "
              + java.util.regex.Pattern.quote(TABLE)
              + ") depends on");

  /**
   * Drops the users' objects the server names in {@code detail} as standing in an update's way (the
   * views and indexes; the columns, with what uses them).
   *
   * @return false when it names none of them
   */
  static boolean dropBlockers(Connection c, String detail) throws SQLException {
    java.util.regex.Matcher m = BLOCKER.matcher(detail);
    boolean any = false;
    while (m.find()) {
      any = true;
      if (m.group(3) != null) {
        Verifier.execute(
            c, "alter table " + TABLE + " drop column if exists " + m.group(3) + " cascade");
      } else {
        String kind = m.group(1).equals("index") ? "index" : m.group(1);
        Verifier.execute(c, "drop " + kind + " if exists " + m.group(2) + " cascade");
      }
    }
    return any;
  }

  List<Made> made() {
    return List.copyOf(made);
  }

  /** What could not be built over, by reason ({@code takes a pseudo-type argument}). */
  Map<String, List<String>> skipped() {
    return skipped;
  }
}
