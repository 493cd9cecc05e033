package org.extupgrade.cluster;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The shutdown hook (Ctrl-C, SIGTERM, normal exit): no process starts any more, every process
 * working in this JVM's folders is stopped (see {@link Leftovers}), starts in progress get up to 15
 * s to clean up after themselves, then open clusters are closed and every folder is deleted.
 */
final class Shutdown {
  private static final Set<Cluster> OPEN = ConcurrentHashMap.newKeySet();
  private static final AtomicInteger STARTING = new AtomicInteger();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Shutdown::run, "extupgrade-cluster-cleanup"));
  }

  private Shutdown() {}

  static Cluster starting(Supplier<Cluster> start) {
    STARTING.incrementAndGet();
    try {
      return start.get();
    } finally {
      STARTING.decrementAndGet();
    }
  }

  static void opened(Cluster c) {
    OPEN.add(c);
  }

  static void closed(Cluster c) {
    OPEN.remove(c);
  }

  private static void run() {
    Launcher.close(); // from now on no process starts
    Leftovers.stop(Workspace.live());
    awaitStarts(); // each interrupted start cleans up after itself
    OPEN.forEach(Cluster::close);
    for (Path dir : Workspace.live()) {
      Cluster.delete(dir);
    }
  }

  private static void awaitStarts() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (STARTING.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
