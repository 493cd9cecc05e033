package org.extupgrade.cluster;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Stops every PostgreSQL process that works inside a set of folders and removes its System V shared
 * memory, for a run that was killed, interrupted or is being closed. A process belongs to a folder
 * when its working directory is inside it: initdb runs in the workspace, the postmaster and every
 * backend in the data directory, so backends orphaned by a killed postmaster are found too. The
 * postmaster gets SIGQUIT (immediate shutdown: it removes its shared memory), initdb and
 * single-user backends SIGTERM (they clean up on exit); what still runs after 10 s gets SIGKILL.
 */
final class Leftovers {
  private static final long GRACE_MS = 10_000;

  private Leftovers() {}

  /** Stops the processes working in {@code folders} and removes their unattached segments. */
  static void stop(List<Path> folders) {
    List<Path> real = new ArrayList<>();
    for (Path f : folders) {
      try {
        real.add(f.toRealPath());
      } catch (IOException e) {
        // gone already
      }
    }
    if (real.isEmpty()) {
      return;
    }
    List<Path> pidFiles = real.stream().map(f -> f.resolve("data/postmaster.pid")).toList();
    List<Long> postmasters = pidFiles.stream().map(Leftovers::recordedPid).toList();
    Set<Long> seen = new HashSet<>();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MS);
    List<Long> procs = working(real);
    while (!procs.isEmpty() && System.nanoTime() < deadline) {
      for (long pid : procs) {
        if (seen.add(pid)) {
          Children.signal(pid, signalFor(pid, postmasters));
        }
      }
      sleep();
      procs = working(real);
    }
    for (long pid : procs) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      seen.add(pid);
    }
    pidFiles.forEach(Segments::removeRecorded);
    Segments.removeUnattached(seen);
  }

  /**
   * SIGQUIT for a postmaster (immediate shutdown), SIGTERM for other postgres processes (a
   * single-user backend cleans up), SIGKILL for initdb (it would start the next backend).
   */
  private static String signalFor(long pid, List<Long> postmasters) {
    if (postmasters.contains(pid)) {
      return "QUIT";
    }
    try {
      String comm = Files.readString(Path.of("/proc", Long.toString(pid), "comm")).strip();
      return comm.equals("postgres") ? "TERM" : "KILL";
    } catch (IOException e) {
      return "KILL";
    }
  }

  /** Pids of processes whose working directory is inside one of {@code folders}. */
  static List<Long> working(List<Path> folders) {
    List<Long> found = new ArrayList<>();
    long me = ProcessHandle.current().pid();
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path p : procs) {
        try {
          String cwd = Files.readSymbolicLink(p.resolve("cwd")).toString();
          long pid = Long.parseLong(p.getFileName().toString());
          cwd = cwd.endsWith(" (deleted)") ? cwd.substring(0, cwd.length() - 10) : cwd;
          Path dir = Path.of(cwd);
          if (pid != me && folders.stream().anyMatch(dir::startsWith) && !zombie(p)) {
            found.add(pid);
          }
        } catch (IOException | RuntimeException e) {
          // gone, or not ours to inspect
        }
      }
    } catch (IOException e) {
      // no /proc: nothing to find
    }
    return found;
  }

  private static boolean zombie(Path proc) throws IOException {
    String stat = Files.readString(proc.resolve("stat"));
    int close = stat.lastIndexOf(')');
    return close > 0 && close + 2 < stat.length() && "ZX".indexOf(stat.charAt(close + 2)) >= 0;
  }

  private static long recordedPid(Path pidFile) {
    try {
      return Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
