package org.extupgrade.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.extupgrade.model.UserError;

/**
 * The contract of every fuzz property: each try ends within a time bound (so a run of N tries is
 * bounded too), and the only exception allowed is a {@link UserError} whose message is one line.
 * Anything else (a stack overflow, an out-of-memory error, an index out of bounds) fails the try.
 */
public final class Bounded {
  /** Per-try bound: generous for a loaded machine, far below what a hang or blow-up takes. */
  public static final Duration PER_TRY = Duration.ofSeconds(10);

  private static final ExecutorService WORKER =
      Executors.newCachedThreadPool(
          r -> {
            // a big stack would hide recursion that overflows the default one: keep the default
            Thread t = new Thread(r, "fuzz-try");
            t.setDaemon(true);
            return t;
          });

  private Bounded() {}

  /**
   * Runs {@code body} on another thread (so runs cannot call jqwik's statistics: return what to
   * collect) and returns its result; a one-line UserError is rethrown as it is, anything else, or
   * no end within {@link #PER_TRY}, fails.
   */
  public static <T> T call(String input, Callable<T> body) {
    Future<T> f = WORKER.submit(body);
    try {
      return f.get(PER_TRY.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new AssertionError("took over " + PER_TRY.toSeconds() + " s on: " + shorten(input));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UserError u) {
        assertThat(u.oneLine()).as("a user error is one line").doesNotContain("\n");
        throw u;
      }
      throw new AssertionError("not a user error on: " + shorten(input), e.getCause());
    }
  }

  private static String shorten(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "... (" + s.length() + " chars)";
  }
}
