package org.extupgrade.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts child processes from one long-lived thread. {@code PR_SET_PDEATHSIG} fires when the
 * <em>thread</em> that forked the child ends, so children must not be started from short-lived pool
 * threads, or a server would die in the middle of a run.
 */
final class Launcher {
  private static final ExecutorService THREAD =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "extupgrade-process-launcher");
            t.setDaemon(true);
            return t;
          });

  private Launcher() {}

  static Process start(ProcessBuilder builder) throws IOException {
    try {
      return THREAD.submit(builder::start).get();
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
