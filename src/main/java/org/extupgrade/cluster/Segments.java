package org.extupgrade.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * System V shared memory left by killed PostgreSQL processes: a postmaster or a bootstrap backend
 * that dies without its exit code cannot remove its segment, and nothing else ever does.
 */
final class Segments {
  private Segments() {}

  /** Removes the segment recorded in {@code pidFile} when no process is attached to it. */
  static void removeRecorded(Path pidFile) {
    try {
      List<String> lines = Files.readAllLines(pidFile);
      String[] shm = lines.size() > 6 ? lines.get(6).strip().split("\\s+") : new String[0];
      if (shm.length == 2 && unattached(shm[0], shm[1])) {
        ipcrm(shm[1]);
      }
    } catch (IOException | RuntimeException e) {
      // best effort
    }
  }

  /** True when segment {@code shmid} still has key {@code key} and no process attached. */
  private static boolean unattached(String key, String shmid) throws IOException {
    Path table = Path.of("/proc/sysvipc/shm");
    if (!Files.isReadable(table)) {
      return false;
    }
    for (String line : Files.readAllLines(table)) {
      String[] f = line.strip().split("\\s+");
      if (f.length > 6 && f[0].equals(key) && f[1].equals(shmid)) {
        return f[6].equals("0");
      }
    }
    return false;
  }

  /** Removes every unattached segment created by one of {@code creators} (all of them dead). */
  static void removeUnattached(Set<Long> creators) {
    if (creators.isEmpty()) {
      return;
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc/sysvipc/shm"))) {
        String[] f = line.strip().split("\\s+");
        if (f.length > 6 && f[6].equals("0") && creators.contains(parse(f[4]))) {
          ipcrm(f[1]);
        }
      }
    } catch (IOException | RuntimeException e) {
      // best effort
    }
  }

  private static long parse(String n) {
    try {
      return Long.parseLong(n);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void ipcrm(String shmid) {
    try {
      new ProcessBuilder("ipcrm", "-m", shmid)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      // best effort
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
