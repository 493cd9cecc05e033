package org.extupgrade.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Environment and signals for the PostgreSQL processes we start. */
final class Children {
  private Children() {}

  /** A clean environment: no PG* variables of the user leak in, messages in English. */
  static void environment(ProcessBuilder pb) {
    Map<String, String> env = pb.environment();
    String path = env.getOrDefault("PATH", "/usr/bin:/bin");
    env.clear();
    env.put("PATH", path);
    env.put("LC_ALL", "C");
    env.put("LANG", "C");
    env.put("TZ", "UTC");
  }

  /** Sends {@code signal} with kill(1): Java can only send SIGTERM and SIGKILL itself. */
  static void signal(long pid, String signal) {
    String kill = Files.isExecutable(Path.of("/bin/kill")) ? "/bin/kill" : "/usr/bin/kill";
    try {
      Process p =
          new ProcessBuilder(kill, "-s", signal, "--", Long.toString(pid))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      p.waitFor(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
