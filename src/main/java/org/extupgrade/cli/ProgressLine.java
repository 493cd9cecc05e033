package org.extupgrade.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.extupgrade.model.Progress;
import org.jspecify.annotations.Nullable;

/**
 * Progress on one terminal line of standard error, redrawn four times a second: what is being done
 * (downloading, unpacking, starting clusters), scenarios done out of those planned, time elapsed
 * and left. Only on a terminal: never when standard error is piped or redirected, in CI ({@code CI}
 * set), with {@code TERM=dumb} or with {@code --quiet}.
 */
final class ProgressLine implements Progress, AutoCloseable {
  private final PrintStream out;
  private final String label;
  private final long start = System.nanoTime();
  private final AtomicInteger planned = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();
  private volatile String stage = "";
  private final @Nullable ScheduledExecutorService ticker;
  private final Progress was;

  /** A line that shows nothing (progress not wanted here). */
  private ProgressLine() {
    this.out = System.err;
    this.label = "";
    this.ticker = null;
    this.was = Progress.current();
  }

  private ProgressLine(PrintStream out, String label) {
    this.out = out;
    this.label = label;
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "progress");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleAtFixedRate(this::draw, 250, 250, TimeUnit.MILLISECONDS);
    this.was = Progress.set(this);
  }

  /**
   * Shows progress as {@code label} when standard error is a terminal and nothing asks for silence;
   * otherwise a no-op. Close it when the work is done: it clears its line.
   */
  static ProgressLine start(String label, boolean quiet, Map<String, String> env) {
    if (quiet || !shown(env)) return new ProgressLine();
    return new ProgressLine(System.err, label);
  }

  static boolean shown(Map<String, String> env) {
    String ci = env.get("CI");
    if (ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false")) return false;
    if ("dumb".equals(env.get("TERM"))) return false;
    return stderrIsTerminal();
  }

  /** Standard error is a terminal: on Linux, what its descriptor points at says so. */
  private static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  @Override
  public void stage(String what) {
    stage = what;
  }

  @Override
  public void planned(int more) {
    planned.addAndGet(more);
  }

  @Override
  public void done() {
    done.incrementAndGet();
  }

  /** The line as it is now. */
  String line() {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    int n = planned.get();
    int d = Math.min(done.get(), n);
    StringBuilder b = new StringBuilder(label).append(": ");
    if (n == 0) {
      b.append(stage.isEmpty() ? "preparing" : stage);
    } else {
      b.append(d).append('/').append(n).append(" scenarios");
    }
    b.append(", ").append(clock(elapsed));
    if (d > 0 && d < n) {
      long left = elapsed.toMillis() * (n - d) / d;
      b.append(", about ").append(clock(Duration.ofMillis(left))).append(" left");
    }
    return b.toString();
  }

  private synchronized void draw() {
    out.print("\r\033[K" + line());
    out.flush();
  }

  static String clock(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }

  @Override
  public synchronized void close() {
    if (ticker == null) return;
    ticker.shutdownNow();
    Progress.set(was);
    out.print("\r\033[K");
    out.flush();
  }
}
