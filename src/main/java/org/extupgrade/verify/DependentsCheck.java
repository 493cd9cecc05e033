package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.VersionOrder;
import org.extupgrade.model.Finding;
import org.jspecify.annotations.Nullable;

/**
 * Users' objects over an extension survive each update script: in a database of its own, install
 * the script's start, make {@link UserObjects} over everything that version offers, run the real
 * {@code ALTER EXTENSION ... UPDATE}, and ask each object whether it is still there and works. An
 * update that cannot run because of them ({@code cannot drop ... because other objects depend on
 * it}) is a finding at the script's line; one that takes them with it (a {@code DROP ... CASCADE})
 * or leaves them broken is an error naming the object. Any other failure belongs to the scenario
 * that runs the same script without users' objects.
 */
final class DependentsCheck {
  /** The SQLSTATE of {@code cannot drop ... because other objects depend on it}. */
  static final String DEPENDENT_OBJECTS_STILL_EXIST = "2BP01";

  /** How many times an update stopped by users' objects is tried again without them. */
  static final int MAX_BLOCKERS = 20;

  /** What one run found, and what it could and could not build over. */
  record Result(List<Finding> findings, int made, Map<String, List<String>> skipped) {}

  private DependentsCheck() {}

  static Result run(Cluster cluster, Extension ext, Edges.Edge edge, String db, Duration timeout)
      throws SQLException {
    cluster.createDatabase(db, null);
    try (Connection c = cluster.connect(db)) {
      Scripts scripts = new Scripts(ext, c, timeout);
      Scenario s = new Scenario(List.of(edge.from(), edge.to()), false);
      try {
        scripts.create(null, edge.from());
      } catch (ScriptException e) {
        return new Result(List.of(), 0, Map.of()); // the fresh install scenario reports it
      }
      UserObjects users = UserObjects.make(c, ext.name());
      Script script = ext.updateScript(edge.from(), edge.to()).orElse(null);
      List<Finding> out = new ArrayList<>();
      List<UserObjects.Made> watched = users.made();
      for (int tries = 0; ; tries++) {
        try {
          scripts.update(s, edge.from(), edge.to());
          break;
        } catch (ScriptException e) {
          List<Finding> b = DependentsFindings.blocked(e, edge);
          out.addAll(b);
          // The update rolled back: set the objects that stopped it aside and try again, so that
          // every object the script drops shows, not only the first.
          if (b.isEmpty()
              || tries >= MAX_BLOCKERS
              || !UserObjects.dropBlockers(c, e.finding().detail())) {
            if (tries >= MAX_BLOCKERS && !b.isEmpty()) {
              Finding last = out.remove(out.size() - 1);
              out.add(
                  last.withMessage(
                      last.message()
                          + " (and maybe more: the scenario sets "
                          + MAX_BLOCKERS
                          + " objects aside, then stops)"));
            }
            return new Result(out, users.made().size(), users.skipped());
          }
          List<UserObjects.Made> left = new ArrayList<>();
          for (UserObjects.Made m : watched) if (problem(c, m) == null) left.add(m);
          watched = left;
        }
      }
      try {
        // The ones that stopped it, now that it ran without them: is what it dropped gone?
        for (int i = 0; i < out.size(); i++)
          out.set(i, DependentsFindings.removedOrRemade(c, out.get(i)));
        for (UserObjects.Made m : watched) {
          String problem = problem(c, m);
          if (problem != null) out.add(DependentsFindings.broken(m, problem, edge, script));
        }
      } catch (SQLException e) {
        // The script ended the session or the server: the scenario without users' objects says so.
        if (ScriptFailure.lost(e) || !cluster.serverAlive())
          return new Result(List.of(), 0, Map.of());
        throw e;
      }
      // A script that killed the server may leave its own session running a moment longer (an
      // orphaned backend): what it sees then is no user's loss, and the scenario without users'
      // objects reports the crash.
      if (!cluster.serverAlive()) return new Result(List.of(), 0, Map.of());
      return new Result(out, users.made().size(), users.skipped());
    } finally {
      cluster.dropDatabase(db);
    }
  }

  /** What is wrong with {@code m} after the update, or null. */
  private static @Nullable String problem(Connection c, UserObjects.Made m) throws SQLException {
    switch (m.kind()) {
      case "column" -> {
        String col = m.name().substring(UserObjects.TABLE.length() + 1);
        String type =
            one(
                c,
                "select atttypid || ' ' || pg_catalog.format_type(atttypid, atttypmod)"
                    + " from pg_catalog.pg_attribute"
                    + " where attrelid = ?::pg_catalog.regclass and attname = '"
                    + col
                    + "' and not attisdropped",
                UserObjects.TABLE);
        if (type == null) return "was dropped by the update";
        return type.startsWith(m.type() + " ")
            ? null
            : "has type " + type.substring(type.indexOf(' ') + 1) + " now";
      }
      case "index" -> {
        String valid =
            one(
                c,
                "select indisvalid::text from pg_catalog.pg_index"
                    + " where indexrelid = pg_catalog.to_regclass(?)",
                m.name());
        if (valid == null) return "was dropped by the update";
        return valid.equals("true") ? null : "is no longer valid";
      }
      default -> {
        if (one(c, "select pg_catalog.to_regclass(?)::text", m.name()) == null) {
          return "was dropped by the update";
        }
        try {
          Verifier.execute(c, "select * from " + m.name() + " limit 0");
          return null;
        } catch (SQLException e) {
          return "fails: " + e.getMessage();
        }
      }
    }
  }

  static @Nullable String one(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /**
   * One line for the report: how many users' objects the run from the newest version made, and what
   * of the extension nothing could be built over (and why).
   */
  /** The edge with the newest start (null when there is none). */
  static Edges.Edge newest(java.util.Collection<Edges.Edge> edges) {
    Edges.Edge newest = null;
    for (Edges.Edge e : edges) {
      if (newest == null || VersionOrder.INSTANCE.compare(e.from(), newest.from()) > 0) newest = e;
    }
    return newest;
  }

  static String note(Map<Edges.Edge, Result> runs) {
    Edges.Edge newest = newest(runs.keySet());
    Result r = runs.get(newest);
    StringBuilder b =
        new StringBuilder("dependents: ")
            .append(r.made())
            .append(" objects a user would build (views, columns, indexes) over ")
            .append(newest.from())
            .append(" before its update to ")
            .append(newest.to());
    if (r.skipped().isEmpty()) return b.toString();
    b.append("; nothing built over");
    String sep = " ";
    for (Map.Entry<String, List<String>> e : r.skipped().entrySet()) {
      List<String> names = e.getValue();
      b.append(sep)
          .append(names.size())
          .append(" (")
          .append(e.getKey())
          .append(": ")
          .append(String.join(", ", names.subList(0, Math.min(3, names.size()))))
          .append(names.size() > 3 ? ", ..." : "")
          .append(")");
      sep = ", ";
    }
    return b.toString();
  }
}
