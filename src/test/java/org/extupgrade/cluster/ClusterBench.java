package org.extupgrade.cluster;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark: {@code ClusterBench MAJOR RUNS}. Times {@link Installations#embedded} plus {@link
 * Cluster#start} until the server accepts a connection, then close. Run 0 pays this JVM's class
 * loading (and, with an empty cache such as {@code EXTUPGRADE_CACHE=$(mktemp -d)}, the unpacking);
 * later runs are warm. Prints one line per run and the median of runs 1..n.
 */
public final class ClusterBench {
  private ClusterBench() {}

  public static void main(String[] args) throws Exception {
    int major = Integer.parseInt(args[0]);
    int runs = Integer.parseInt(args[1]);
    List<Long> warm = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      Installation inst = Installations.embedded(major);
      long t1 = System.nanoTime();
      long t2;
      long t3;
      try (Cluster c = Cluster.start(inst);
          Connection conn = c.connect("postgres")) {
        t2 = System.nanoTime();
      }
      t3 = System.nanoTime();
      long total = (t2 - t0) / 1_000_000;
      System.out.printf(
          "run %d: installation %d ms, start to accepting connections %d ms, total %d ms, close %d"
              + " ms%n",
          i, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, total, (t3 - t2) / 1_000_000);
      if (i > 0) {
        warm.add(total);
      }
    }
    warm.sort(null);
    if (!warm.isEmpty()) {
      System.out.printf("median warm (runs 1..%d): %d ms%n", runs - 1, warm.get(warm.size() / 2));
    }
  }
}
