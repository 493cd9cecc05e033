package org.extupgrade.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/**
 * A cluster's private folder {@code $TMPDIR/extupgrade-<pid>-<random>/}: world-traversable so the
 * server user can reach its files, tagged with the owning JVM's pid and start time. Folders whose
 * JVM is gone (killed with -9) are reaped, with any server still running in them, when the next
 * cluster starts.
 */
final class Workspace {
  static final String PREFIX = "extupgrade-";
  static final String OWNER = "owner";

  private Workspace() {}

  static Path base() {
    try {
      return Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("no usable temporary folder (java.io.tmpdir)", e);
    }
  }

  /**
   * A RAM file system for data directories: {@code /dev/shm} when it is a tmpfs with at least 1 GiB
   * free (a container's default 64 MB is not enough) and {@code EXTUPGRADE_TMPFS} is not {@code 0}.
   * initdb and CREATE DATABASE there are several times faster than on a busy disk.
   */
  static @Nullable Path memoryBase() {
    if ("0".equals(System.getenv("EXTUPGRADE_TMPFS"))) {
      return null;
    }
    try {
      Path shm = Path.of("/dev/shm");
      FileStore store = Files.getFileStore(shm);
      if (!store.type().equals("tmpfs") || store.getUsableSpace() < (1L << 30)) {
        return null;
      }
      return shm.toRealPath();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Every folder that may hold workspaces of this user's runs. */
  static List<Path> bases() {
    Path mem = memoryBase();
    return mem == null ? List.of(base()) : List.of(base(), mem);
  }

  /**
   * A folder named like {@code workspace} on the RAM file system, for the data directory; null when
   * there is none.
   */
  static @Nullable Path createTwin(Path workspace) throws IOException {
    Path mem = memoryBase();
    if (mem == null || mem.equals(workspace.getParent())) {
      return null;
    }
    Path twin = Files.createDirectory(mem.resolve(workspace.getFileName().toString()));
    Files.setPosixFilePermissions(twin, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.copy(workspace.resolve(OWNER), twin.resolve(OWNER));
    return twin;
  }

  static Path create(Path base) throws IOException {
    if (ServerUser.CURRENT.isRoot()) {
      requireTraversable(base);
    }
    reap(base);
    Path shm = Path.of("/dev/shm");
    if (Files.isDirectory(shm) && !shm.toRealPath().equals(base)) {
      reap(shm.toRealPath()); // data directories of killed runs, even if /dev/shm is now full
    }
    ProcessHandle me = ProcessHandle.current();
    String name =
        PREFIX + me.pid() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
    Path dir = Files.createDirectory(base.resolve(name));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(
        dir.resolve(OWNER), me.pid() + " " + startOf(me).map(Instant::toString).orElse("?") + "\n");
    return dir;
  }

  /** As root the server runs as nobody, who must be able to reach folders inside {@code base}. */
  static void requireTraversable(Path base) throws IOException {
    for (Path p = base; p != null; p = p.getParent()) {
      if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
        throw new UserError(
            "the temporary folder "
                + base
                + " is not reachable by the unprivileged user the server runs as ("
                + p
                + " has no o+x): point java.io.tmpdir at a folder like /tmp");
      }
    }
  }

  /** Deletes every workspace in {@code base} whose JVM is no longer running. */
  static void reap(Path base) {
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(base, PREFIX + "*")) {
      for (Path dir : dirs) {
        if (Files.isDirectory(dir) && !Files.isSymbolicLink(dir) && orphaned(dir)) {
          stopServer(dir);
          Trees.deleteQuietly(dir);
        }
      }
    } catch (IOException | RuntimeException e) {
      // reaping is best effort; a folder we cannot read belongs to someone else
    }
  }

  static boolean orphaned(Path dir) {
    String[] parts = dir.getFileName().toString().substring(PREFIX.length()).split("-");
    long pid;
    try {
      pid = Long.parseLong(parts[0]);
    } catch (NumberFormatException e) {
      return false;
    }
    Optional<ProcessHandle> owner = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (owner.isEmpty()) {
      return true;
    }
    try {
      List<String> line = List.of(Files.readString(dir.resolve(OWNER)).strip().split(" "));
      Optional<Instant> started = startOf(owner.get());
      if (line.size() != 2 || line.get(1).equals("?") || started.isEmpty()) {
        return false;
      }
      // the pid was reused when the process now running under it started at another time
      return Duration.between(Instant.parse(line.get(1)), started.get()).abs().toSeconds() > 2;
    } catch (IOException | RuntimeException e) {
      return false; // being created right now, or not ours to judge
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

  private static Optional<Instant> startOf(ProcessHandle p) {
    return p.info().startInstant();
  }

  /**
   * Kills a postmaster left in {@code dir/data} (normally none: it dies with its JVM) and removes
   * its System V shared memory segment, which a killed postmaster cannot remove itself.
   */
  static void stopServer(Path dir) {
    List<String> pidFile;
    try {
      pidFile = Files.readAllLines(dir.resolve("data/postmaster.pid"));
    } catch (IOException e) {
      return; // no server recorded
    }
    try {
      long pid = Long.parseLong(pidFile.get(0).strip());
      ProcessHandle.of(pid)
          .filter(p -> p.info().commandLine().map(c -> c.contains(dir.toString())).orElse(false))
          .ifPresent(
              p -> {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally(t -> p).join();
              });
      String[] shm = pidFile.size() > 6 ? pidFile.get(6).strip().split("\\s+") : new String[0];
      if (shm.length == 2 && unattached(shm[0], shm[1])) {
        new ProcessBuilder("ipcrm", "-m", shm[1])
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start()
            .waitFor(5, TimeUnit.SECONDS);
      }
    } catch (IOException | RuntimeException e) {
      // best effort
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
