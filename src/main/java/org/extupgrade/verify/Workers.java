package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.cluster.Installation;
import org.extupgrade.model.Progress;

/**
 * A few throwaway clusters of one installation, one scenario at a time on each. Scenarios share
 * nothing cluster-wide: roles, tablespaces and databases a scenario's scripts create are dropped
 * before the next scenario runs on that cluster, so a script's {@code CREATE ROLE} or {@code DROP
 * ROLE} never meets another scenario's.
 */
final class Workers implements AutoCloseable {
  /** Work on one cluster. */
  interface Task<T> {
    T run(Cluster cluster) throws Exception;
  }

  private final List<Cluster> clusters = new ArrayList<>();
  private final BlockingQueue<Cluster> idle = new LinkedBlockingQueue<>();
  private final ExecutorService pool;
  private final Set<String> roles = new TreeSet<>();
  private final Set<String> tablespaces = new TreeSet<>();
  private final boolean owned;

  /**
   * On clusters the caller started and closes, each prepared by {@code prepare} here; one scenario
   * at a time on each.
   */
  Workers(List<Cluster> borrowed, Consumer<Cluster> prepare) throws SQLException {
    this.owned = false;
    clusters.addAll(borrowed);
    clusters.forEach(prepare);
    idle.addAll(clusters);
    recordGlobals();
    this.pool = Executors.newFixedThreadPool(clusters.size());
  }

  /**
   * Starts {@code count} clusters of {@code installation}, each prepared by {@code prepare} (the
   * extension's files staged); on failure, every cluster started is closed.
   */
  Workers(Installation installation, int count, Consumer<Cluster> prepare)
      throws SQLException, InterruptedException {
    this.owned = true;
    Progress.current()
        .stage("starting " + count + (count == 1 ? " cluster" : " clusters") + " of PostgreSQL");
    ExecutorService starter = Executors.newFixedThreadPool(count);
    List<Future<Cluster>> starts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      starts.add(
          starter.submit(
              () -> {
                Cluster c = Cluster.start(installation);
                try {
                  prepare.accept(c);
                  return c;
                } catch (RuntimeException | Error e) {
                  c.close();
                  throw e;
                }
              }));
    }
    starter.shutdown();
    starter.awaitTermination(10, TimeUnit.MINUTES);
    Exception failed = null;
    for (Future<Cluster> f : starts) {
      try {
        clusters.add(Verifier.get(f));
      } catch (SQLException | RuntimeException e) {
        if (failed == null) failed = e;
      }
    }
    try {
      if (failed instanceof SQLException e) throw e;
      if (failed instanceof RuntimeException e) throw e;
      idle.addAll(clusters);
      recordGlobals();
    } catch (SQLException | RuntimeException e) {
      clusters.forEach(Cluster::close);
      throw e;
    }
    this.pool = Executors.newFixedThreadPool(count);
  }

  /** The roles and tablespaces every cluster starts with: what {@link #reset} keeps. */
  private void recordGlobals() throws SQLException {
    try (Connection c = clusters.get(0).connect("postgres")) {
      roles.addAll(names(c, "select rolname from pg_roles"));
      tablespaces.addAll(names(c, "select spcname from pg_tablespace"));
    }
  }

  /** Any of the clusters, for questions that change nothing (the plan). */
  Cluster any() {
    return clusters.get(0);
  }

  List<Cluster> all() {
    return List.copyOf(clusters);
  }

  /** Runs {@code task} on the next idle cluster, then drops what it left cluster-wide. */
  <T> Future<T> submit(Task<T> task) {
    Progress progress = Progress.current();
    progress.planned(1);
    return pool.submit(
        () -> {
          Cluster c = idle.take();
          try {
            return task.run(c);
          } finally {
            progress.done();
            try {
              c.recover(); // a script may have crashed the server: the next task needs it whole
              reset(c);
            } finally {
              idle.add(c);
            }
          }
        });
  }

  /** Drops the roles and tablespaces that were not there when the clusters started. */
  private void reset(Cluster cluster) throws SQLException {
    try (Connection c = cluster.connect("postgres");
        Statement st = c.createStatement()) {
      for (String t : names(c, "select spcname from pg_tablespace")) {
        if (!tablespaces.contains(t)) st.execute("DROP TABLESPACE IF EXISTS " + Scripts.ident(t));
      }
      for (String r : names(c, "select rolname from pg_roles")) {
        if (!roles.contains(r)) st.execute("DROP ROLE IF EXISTS " + Scripts.ident(r));
      }
    }
  }

  private static List<String> names(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }

  @Override
  public void close() throws InterruptedException {
    pool.shutdownNow();
    try {
      pool.awaitTermination(5, TimeUnit.MINUTES);
    } finally {
      if (owned) clusters.forEach(Cluster::close);
    }
  }
}
