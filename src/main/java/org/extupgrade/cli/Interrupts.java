package org.extupgrade.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import sun.misc.Signal;

/**
 * SIGINT and SIGTERM: the tool prints {@code extupgrade: interrupted} and exits with 130 or 143
 * (128 + the signal), and the shutdown hooks stop and delete its clusters. Whatever the interrupted
 * work prints afterwards (a refused connection, a failed initdb) is dropped: it is a consequence of
 * the interruption, not an error of the tool.
 */
final class Interrupts {
  private static volatile boolean happened;

  private Interrupts() {}

  /** Installs the handlers; {@code err} gets the one line. */
  static void install(PrintStream err) {
    handle("INT", 130, err);
    handle("TERM", 143, err);
  }

  private static void handle(String name, int exit, PrintStream err) {
    try {
      Signal.handle(
          new Signal(name),
          s -> {
            synchronized (Interrupts.class) {
              if (!happened) {
                happened = true;
                err.println("extupgrade: interrupted");
                err.flush();
              }
            }
            System.exit(exit);
          });
    } catch (IllegalArgumentException e) {
      // the JVM runs with -Xrs or the signal is taken: keep the default behaviour
    }
  }

  static boolean happened() {
    return happened;
  }

  /** {@code out}, silent once an interruption happened. */
  static PrintWriter quietAfter(PrintStream out) {
    Writer w =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) {
            if (!happened) {
              out.append(new String(buf, off, len));
            }
          }

          @Override
          public void flush() {
            out.flush();
          }

          @Override
          public void close() {
            out.flush();
          }
        };
    return new PrintWriter(w, true);
  }
}
