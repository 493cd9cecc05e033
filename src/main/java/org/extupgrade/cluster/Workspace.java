package org.extupgrade.cluster;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/**
 * A cluster's private folder {@code $TMPDIR/extupgrade-user-<uid>/extupgrade-<pid>-<random>/}. The
 * parent belongs to the user and only they (as root: also the server user's group) may enter it
 * (see {@link PrivateParent}). While a run uses a folder it holds a lock on its {@code lock} file;
 * a folder whose lock anybody can take belongs to a dead run (killed with -9, in any PID namespace)
 * and is reaped, with any server still running in it, when the next cluster starts ({@link
 * Reaper}).
 */
final class Workspace {
  static final String PREFIX = "extupgrade-";
  static final String LOCK = "lock";

  /** The folders of this JVM's runs, with the channel holding each one's lock. */
  private static final Map<Path, Closeable> LIVE = new ConcurrentHashMap<>();

  private static final Closeable NOTHING = () -> {};

  private Workspace() {}

  /** The temporary folder; missing or not a folder is a UserError saying how to name another. */
  static Path base() {
    String tmp = System.getProperty("java.io.tmpdir");
    try {
      Path p = Path.of(tmp).toRealPath();
      if (!Files.isDirectory(p)) throw new NotDirectoryException(p.toString());
      return p;
    } catch (IOException | InvalidPathException e) {
      throw new UserError(
          null,
          "no usable temporary folder: "
              + tmp
              + " (java.io.tmpdir) "
              + (e instanceof NoSuchFileException
                  ? "does not exist"
                  : e instanceof IOException io ? UserError.describe(io) : e.getMessage())
              + ": point it at a writable folder (JAVA_TOOL_OPTIONS=-Djava.io.tmpdir=/path)",
          e);
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

  /** True for a folder of this JVM's runs (never reaped, even while being created). */
  static boolean isLive(Path dir) {
    return LIVE.containsKey(dir);
  }

  /** This JVM's folders (workspaces and their twins), for the shutdown hook. */
  static List<Path> live() {
    return List.copyOf(LIVE.keySet());
  }

  /**
   * A locked folder named like {@code workspace} on the RAM file system, for the data directory;
   * null when there is none.
   */
  static @Nullable Path createTwin(Path workspace) throws IOException {
    Path mem = memoryBase();
    if (mem == null || mem.equals(workspace.getParent().getParent())) {
      return null;
    }
    return createLocked(PrivateParent.of(mem), workspace.getFileName().toString());
  }

  /**
   * Reaps dead runs' folders, then creates and locks a new one under {@code base}'s private parent.
   */
  static Path create(Path base) throws IOException {
    if (ServerUser.CURRENT.isRoot()) {
      requireTraversable(base);
    }
    Path parent = PrivateParent.of(base);
    Reaper.reap(parent);
    Path shm = Path.of("/dev/shm");
    if (Files.isDirectory(shm) && !shm.toRealPath().equals(base)) {
      Path mine = shm.toRealPath().resolve(PrivateParent.name());
      if (Files.isDirectory(mine)) {
        Reaper.reap(
            PrivateParent.of(shm.toRealPath())); // data of killed runs, even if /dev/shm is full
      }
    }
    String name =
        PREFIX
            + ProcessHandle.current().pid()
            + "-"
            + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
    return createLocked(parent, name);
  }

  /**
   * Creates {@code parent/name} with its lock held: made and locked under the hidden name {@code
   * .name}, then renamed, so a reaper never sees the final name without a held lock.
   */
  private static Path createLocked(Path parent, String name) throws IOException {
    Path dir = parent.resolve(name);
    Path hidden = parent.resolve("." + name);
    LIVE.put(dir, NOTHING); // claimed before it exists: the shutdown hook sees both names
    LIVE.put(hidden, NOTHING);
    try {
      Files.createDirectory(hidden);
      Files.setPosixFilePermissions(hidden, PosixFilePermissions.fromString("rwxr-xr-x"));
      FileChannel lock =
          FileChannel.open(
              hidden.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      LIVE.put(dir, lock);
      lock.lock();
      Files.move(hidden, dir, StandardCopyOption.ATOMIC_MOVE);
      LIVE.remove(hidden);
      return dir;
    } catch (IOException | RuntimeException e) {
      Trees.deleteQuietly(hidden);
      Trees.deleteQuietly(dir);
      LIVE.remove(hidden);
      release(dir);
      throw e;
    }
  }

  /** Forgets {@code dir} and drops its lock (after deleting it). */
  static void release(Path dir) {
    Closeable lock = LIVE.remove(dir);
    if (lock != null) {
      try {
        lock.close();
      } catch (IOException e) {
        // the lock is gone with the channel either way
      }
    }
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
}
