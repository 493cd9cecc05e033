package org.extupgrade.verify;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.rollback.ConfigReader;
import org.extupgrade.rollback.Replay;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The rollback rehearsal of one old version X: install X, seed it (the author's {@code
 * seed--X.sql}, else a generated row per configuration table where one can be made), update along
 * PostgreSQL's path, dump the configuration data as {@code extupgrade dump} does, {@code DROP
 * EXTENSION ... CASCADE}, {@code CREATE EXTENSION ... VERSION X}, replay statement by statement,
 * and compare the configuration tables and the users' relations with what they were before the
 * update.
 */
final class RollbackCheck {
  private RollbackCheck() {}

  /** What one rehearsal found, and one line saying what it did. */
  record Result(List<Finding> findings, String note) {}

  /** The old versions rehearsed: one per version, by PostgreSQL's path to the target. */
  static List<Scenario> scenarios(Plan plan) {
    return plan.scenarios().stream().filter(s -> !s.stepwise()).toList();
  }

  static Result run(Cluster cluster, Extension ext, Scenario s, String db, Duration timeout)
      throws SQLException {
    String head = "rollback " + s.to() + " -> " + s.from() + ": ";
    cluster.createDatabase(db, null);
    try (Connection c = cluster.connect(db)) {
      Scripts scripts = new Scripts(ext, c, timeout);
      DumpData before;
      String seeded;
      try {
        scripts.create(s, s.from());
        Optional<Path> seed = UserData.seed(ext, s.from());
        if (seed.isPresent()) {
          UserData.run(c, seed.get());
          seeded = "data of " + UserData.FOLDER.resolve(seed.get().getFileName());
        } else {
          seeded = RollbackSeed.insert(c, ext.name());
        }
        before = DumpData.read(c, ext.name());
        scripts.updatePath(s);
      } catch (ScriptException e) {
        return new Result(List.of(), head + "not rehearsed, the install or update fails");
      }
      try {
        return rollback(c, ext, s, before, head + seeded);
      } catch (SQLException e) {
        // a script that killed the server: the update's own finding, nothing to rehearse
        if (!cluster.serverAlive() || ScriptFailure.lost(e)) {
          return new Result(List.of(), head + "not rehearsed, the server ended the session");
        }
        throw e;
      }
    } finally {
      cluster.dropDatabase(db);
    }
  }

  /** Dump, drop, install of the old version, replay, compare. */
  private static Result rollback(
      Connection c, Extension ext, Scenario s, DumpData before, String note) throws SQLException {
    Replay replay = ConfigReader.read(c, ext.name());
    // One script is the one to look at; on a longer path the change may be in any of its scripts.
    Location where =
        s.steps().size() == 2
            ? s.lastScript(ext).map(x -> Location.of(x.file())).orElse(null)
            : null;
    List<Finding> out = new ArrayList<>();
    String name = Scripts.ident(ext.name());
    String reinstall =
        "CREATE EXTENSION " + name + " VERSION " + Scripts.literal(s.from()) + " CASCADE";
    for (String sql : List.of("DROP EXTENSION " + name + " CASCADE", reinstall)) {
      try {
        Verifier.execute(c, sql);
      } catch (SQLException e) {
        if (ScriptFailure.lost(e)) throw e;
        out.add(fails("extension " + ext.name(), sql, e, s, where, 0));
        return new Result(out, note + "; " + sql + " fails");
      }
    }
    Map<String, Failure> failed = new LinkedHashMap<>();
    replay(c, replay).forEach((rel, f) -> failed.put(RollbackLoss.name(rel, before), f));
    failed.forEach(
        (rel, f) ->
            out.add(fails("configuration table " + rel, f.sql(), f.error(), s, where, f.count())));
    Set<String> carried = new HashSet<>();
    for (Replay.Part p : replay.parts()) carried.add(RollbackLoss.name(p.relation(), before));
    RollbackLoss loss =
        RollbackLoss.compare(
            before, DumpData.read(c, ext.name()), carried, failed.keySet(), s, where);
    out.addAll(loss.findings());
    List<String> says = new ArrayList<>();
    says.add(note);
    says.add(
        replay.size()
            + (replay.size() == 1 ? " statement" : " statements")
            + " replayed"
            + (failed.isEmpty()
                ? ""
                : ", failing in " + failed.size() + (failed.size() == 1 ? " table" : " tables")));
    says.addAll(loss.notes());
    return new Result(out, String.join("; ", says));
  }

  /** The first failure of each relation's statements, and how many of them failed. */
  record Failure(String sql, SQLException error, int count) {}

  private static Map<String, Failure> replay(Connection c, Replay replay) {
    Map<String, Failure> failed = new LinkedHashMap<>();
    for (Replay.Statement st : replay.statements()) {
      try {
        Verifier.execute(c, st.sql());
      } catch (SQLException e) {
        Failure f = failed.get(st.relation());
        failed.put(st.relation(), f == null ? new Failure(st.sql(), e, 1) : withOneMore(f));
      }
    }
    return failed;
  }

  private static Failure withOneMore(Failure f) {
    return new Failure(f.sql(), f.error(), f.count() + 1);
  }

  private static Finding fails(
      String object, String sql, SQLException e, Scenario s, @Nullable Location where, int count) {
    ServerErrorMessage m = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    String message = m != null && m.getMessage() != null ? m.getMessage() : e.getMessage();
    return Finding.of(FindingKind.ROLLBACK_REPLAY_FAILS)
        .object(object)
        .upgrade(s.from(), s.to())
        .message(
            // "rollback B -> A" and the remark are left out of the root cause: the same failure on
            // many old versions is one finding listing them (RootCauses)
            "rollback "
                + s.to()
                + " -> "
                + s.from()
                + ": "
                + (count == 0
                    ? sql + " fails: " + message
                    : "the replay on the old version fails: "
                        + message
                        + " ("
                        + count
                        + (count == 1 ? " statement" : " statements")
                        + " of this table; in one transaction the whole replay is lost)"))
        .at(where)
        .detail(sql + "\nSQLSTATE " + e.getSQLState() + ": " + message)
        .build();
  }
}
