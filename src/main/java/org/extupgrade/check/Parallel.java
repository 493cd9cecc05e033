package org.extupgrade.check;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a check's independent tasks on one thread per core, started in the order given. The common
 * fork-join pool is not used: on two cores it has a single worker, and a task there that waits for
 * another (a path walk for the walk of a later version) would hold it.
 */
final class Parallel {
  private Parallel() {}

  /** Runs every task, in list order as threads free up; returns when all are done. */
  static void run(List<Runnable> tasks) {
    int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, r -> Thread.ofPlatform().daemon().unstarted(r));
    try {
      List<Callable<Object>> work = tasks.stream().map(Executors::callable).toList();
      for (Future<Object> f : pool.invokeAll(work)) result(f);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The result of a finished or running task; its failure is the caller's. */
  static <T> T result(Future<T> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
