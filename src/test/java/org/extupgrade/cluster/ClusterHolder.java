package org.extupgrade.cluster;

/**
 * A child JVM for the cleanup tests: {@code ClusterHolder MAJOR} starts a cluster, prints {@code
 * READY <workspace> <postmaster pid> <data directory>} and sleeps until it is killed.
 */
public final class ClusterHolder {
  private ClusterHolder() {}

  public static void main(String[] args) throws Exception {
    Cluster c = Cluster.start(Installations.embedded(Integer.parseInt(args[0])));
    System.out.println("READY " + c.workspace() + " " + c.pid() + " " + c.dataDirectory());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
