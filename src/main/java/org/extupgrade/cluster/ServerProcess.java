package org.extupgrade.cluster;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.extupgrade.model.UserError;

/**
 * A running postmaster, started as a direct child and stopped hard. When this JVM dies, even by
 * SIGKILL, the postmaster gets SIGQUIT (parent-death signal): an immediate shutdown, which stops
 * every backend, even one busy in a loop that would never notice a dead postmaster (a SIGKILLed
 * postmaster used to leave those running, and its shared memory with them). Only the superuser
 * {@code postgres} may log in, with this run's random password.
 */
final class ServerProcess {
  static final String SUPERUSER = "postgres";
  private static final int PORT_ATTEMPTS = 8;
  private static final long READY_TIMEOUT_MS = 60_000;

  private final Process process;
  private final int port;
  private final Password password;

  private ServerProcess(Process process, int port, Password password) {
    this.process = process;
    this.port = port;
    this.password = password;
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive() && !zombie(process.pid());
  }

  /**
   * Whether {@code pid} has died and waits to be reaped (Linux's state Z). A postmaster killed with
   * SIGKILL stays "alive" to {@link Process#isAlive} until the JVM's reaper thread has collected
   * it, which on a busy machine can come after the killing script's own session has returned.
   */
  static boolean zombie(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      int end = stat.lastIndexOf(')'); // the command name may hold spaces and parentheses
      return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
    } catch (IOException | RuntimeException e) {
      return false; // no /proc (not Linux) or already gone: isAlive said what it knows
    }
  }

  Password password() {
    return password;
  }

  /** Starts the server on a free port, trying another port when the chosen one is taken. */
  static ServerProcess start(
      Installation inst,
      PrivateTree tree,
      Path data,
      Path log,
      IntSupplier ports,
      Password password)
      throws IOException {
    for (int attempt = 1; ; attempt++) {
      int port = ports.getAsInt();
      long logStart = Files.exists(log) ? Files.size(log) : 0;
      ProcessBuilder pb =
          new ProcessBuilder(
                  ServerUser.CURRENT.wrap(
                      List.of(
                          tree.bindir().resolve("postgres").toString(),
                          "-D",
                          data.toString(),
                          "-p",
                          Integer.toString(port)),
                      "QUIT"))
              .directory(data.getParent().toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      Children.environment(pb);
      ServerProcess server = new ServerProcess(Launcher.start(pb), port, password);
      try {
        if (server.awaitReady(data)) {
          return server;
        }
      } catch (RuntimeException e) {
        server.stop();
        throw e;
      }
      server.stop();
      String out = tail(log, logStart);
      boolean portTaken =
          out.contains("Address already in use")
              || out.contains("could not create any TCP/IP sockets");
      if (!portTaken || attempt == PORT_ATTEMPTS) {
        throw new UserError(
            "PostgreSQL " + inst.version() + " did not start: " + lastLines(out, 4));
      }
    }
  }

  /** True when the server accepts connections; false when it exited; throws on timeout. */
  private boolean awaitReady(Path data) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READY_TIMEOUT_MS);
    Path pidFile = data.resolve("postmaster.pid");
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return false;
      }
      if (ready(pidFile)) {
        try (Connection c = connect("postgres")) {
          return true;
        } catch (SQLException e) {
          // still starting up
        }
      }
      pause();
    }
    throw new UserError(
        "PostgreSQL did not accept connections within " + READY_TIMEOUT_MS / 1000 + " s");
  }

  private static boolean ready(Path pidFile) {
    try {
      List<String> lines = Files.readAllLines(pidFile);
      return lines.size() >= 8 && lines.get(7).strip().equals("ready");
    } catch (IOException e) {
      return false;
    }
  }

  Connection connect(String database) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", SUPERUSER);
    p.setProperty("password", password.value());
    p.setProperty("connectTimeout", "10");
    p.setProperty("ApplicationName", "extupgrade");
    return DriverManager.getConnection(jdbcUrl(database), p);
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:"
        + port
        + "/"
        + URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Immediate shutdown (SIGQUIT: no checkpoint, shared memory released), then SIGKILL. */
  void stop() {
    if (!process.isAlive()) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList();
    Children.signal(process.pid(), "QUIT");
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    children.forEach(ProcessHandle::destroyForcibly);
  }

  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
    }
  }

  static String tail(Path log, long from) {
    try {
      byte[] all = Files.readAllBytes(log);
      int start = (int) Math.min(from, all.length);
      return new String(all, start, all.length - start, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  static String lastLines(String text, int n) {
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<String> last = lines.subList(Math.max(0, lines.size() - n), lines.size());
    return last.isEmpty() ? "(no output)" : String.join(" | ", last);
  }
}
