package org.extupgrade.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Live (non-zombie) processes from /proc: killed children of a dead parent may stay zombies. */
final class Procs {
  private Procs() {}

  /** Pids of running processes whose command line contains {@code needle}. */
  static List<Long> running(String needle) {
    List<Long> found = new ArrayList<>();
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path p : procs) {
        try {
          String cmd =
              new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8)
                  .replace('\0', ' ');
          if (cmd.contains(needle) && !zombie(p)) {
            found.add(Long.parseLong(p.getFileName().toString()));
          }
        } catch (IOException e) {
          // gone meanwhile
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  static boolean alive(long pid) {
    Path p = Path.of("/proc", Long.toString(pid));
    return Files.exists(p) && !zombie(p);
  }

  private static boolean zombie(Path proc) {
    try {
      return Files.readAllLines(proc.resolve("status")).stream()
          .anyMatch(l -> l.startsWith("State:") && (l.contains("Z") || l.contains("X")));
    } catch (IOException e) {
      return true;
    }
  }

  /** Waits up to {@code seconds} for {@code pid} to stop running. */
  static boolean awaitGone(long pid, int seconds) throws InterruptedException {
    for (int i = 0; i < seconds * 20; i++) {
      if (!alive(pid)) {
        return true;
      }
      Thread.sleep(50);
    }
    return !alive(pid);
  }

  /** The "key shmid" of the System V segment recorded in a data directory's postmaster.pid. */
  static String segment(Path dataDir) throws IOException {
    return Files.readAllLines(dataDir.resolve("postmaster.pid"))
        .get(6)
        .strip()
        .replaceAll("\\s+", " ");
  }

  /** True while a System V segment with this "key shmid" exists. */
  static boolean segmentExists(String keyAndId) throws IOException {
    return Files.readAllLines(Path.of("/proc/sysvipc/shm")).stream()
        .map(l -> l.strip().split("\\s+"))
        .anyMatch(f -> f.length > 1 && (f[0] + " " + f[1]).equals(keyAndId));
  }
}
