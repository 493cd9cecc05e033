package org.extupgrade.cluster;

import java.sql.Connection;
import java.sql.Statement;

/**
 * A child JVM for the cleanup tests: {@code ClusterHolder MAJOR [loop]} starts a cluster (with
 * {@code loop}: and a backend busy in an endless loop), prints {@code READY <workspace> <postmaster
 * pid> <data directory>} and sleeps until it is killed.
 */
public final class ClusterHolder {
  private ClusterHolder() {}

  public static void main(String[] args) throws Exception {
    Cluster c = Cluster.start(Installations.embedded(Integer.parseInt(args[0])));
    if (args.length > 1 && args[1].equals("loop")) {
      Connection conn = c.connect("postgres");
      Thread t =
          new Thread(
              () -> {
                try (Statement s = conn.createStatement()) {
                  s.execute("DO $$BEGIN LOOP PERFORM 1; END LOOP; END$$");
                } catch (Exception e) {
                  // killed with the JVM
                }
              });
      t.setDaemon(true);
      t.start();
      Thread.sleep(300);
    }
    System.out.println("READY " + c.workspace() + " " + c.pid() + " " + c.dataDirectory());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
