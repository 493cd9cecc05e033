package org.extupgrade.verify;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
      Replay replay = ConfigReader.read(c, ext.name());
      Location where = s.lastScript(ext).map(x -> Location.of(x.file())).orElse(null);
      List<Finding> out = new ArrayList<>();
      String name = Scripts.ident(ext.name());
      String reinstall =
          "CREATE EXTENSION " + name + " VERSION " + Scripts.literal(s.from()) + " CASCADE";
      for (String sql : List.of("DROP EXTENSION " + name + " CASCADE", reinstall)) {
        try {
          Verifier.execute(c, sql);
        } catch (SQLException e) {
          out.add(fails("extension " + ext.name(), sql, e, s, where, 0));
          return new Result(out, head + sql + " fails");
        }
      }
      Map<String, Failure> failed = new LinkedHashMap<>();
      replay(c, replay).forEach((rel, f) -> failed.put(RollbackLoss.name(rel, before), f));
      failed.forEach(
          (rel, f) ->
              out.add(
                  fails("configuration table " + rel, f.sql(), f.error(), s, where, f.count())));
      DumpData after = DumpData.read(c, ext.name());
      out.addAll(RollbackLoss.compare(before, after, failed.keySet(), s, where));
      return new Result(
          out,
          head
              + seeded
              + "; "
              + replay.size()
              + (replay.size() == 1 ? " statement" : " statements")
              + " replayed"
              + (failed.isEmpty()
                  ? ""
                  : ", failing in " + failed.size() + (failed.size() == 1 ? " table" : " tables")));
    } finally {
      cluster.dropDatabase(db);
    }
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
            "rolling back from "
                + s.to()
                + " to "
                + s.from()
                + ": "
                + (count == 0
                    ? sql + " fails: " + message
                    : "the replay fails on "
                        + s.from()
                        + ": "
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
