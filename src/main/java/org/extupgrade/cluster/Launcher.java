package org.extupgrade.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts child processes from one long-lived thread. {@code PR_SET_PDEATHSIG} fires when the
 * <em>thread</em> that forked the child ends, so children must not be started from short-lived pool
 * threads, or a server would die in the middle of a run. Once the JVM is shutting down ({@link
 * #close()}) no process starts any more, so the shutdown hook sees every one there is.
 */
final class Launcher {
  private static final ExecutorService THREAD =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "extupgrade-process-launcher");
            t.setDaemon(true);
            return t;
          });

  private static boolean closed;

  private Launcher() {}

  /** Refuses every later start (called by the shutdown hook). */
  static synchronized void close() {
    closed = true;
  }

  private static synchronized Process launch(ProcessBuilder builder) throws IOException {
    if (closed) {
      throw new IOException("shutting down: not starting " + builder.command().get(0));
    }
    return builder.start();
  }

  static Process start(ProcessBuilder builder) throws IOException {
    try {
      return THREAD.submit(() -> launch(builder)).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new UncheckedIOException(new IOException(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting " + builder.command().get(0), e);
    }
  }
}
