package org.extupgrade.cluster;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Deletes the folders of dead runs: in this user's private parents only, folders owned by this user
 * only, a folder only when its lock is free (so a live run in any PID namespace keeps its folders),
 * after stopping the processes still working there, and without following links.
 */
final class Reaper {
  /** A folder without a lock file this old was left by a run killed while creating it. */
  private static final long UNLOCKED_GRACE_MS = 60_000;

  private static final Closeable NOTHING = () -> {};

  private Reaper() {}

  /** Reaps the private parent in every base (tests; a start reaps its own bases). */
  static void reapAll() {
    for (Path base : Workspace.bases()) {
      if (Files.isDirectory(base.resolve(PrivateParent.name()))) {
        try {
          reap(PrivateParent.of(base));
        } catch (IOException e) {
          // best effort
        }
      }
    }
  }

  /**
   * Deletes every workspace in the private {@code parent} whose run is gone, with the servers still
   * running in it and the twin folder of the same name on the other base. Only folders owned by
   * this user are touched, and nothing is followed through a symbolic link.
   */
  static void reap(Path parent) {
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(parent)) {
      if (!(stream instanceof SecureDirectoryStream<Path> dir)) {
        return;
      }
      for (Path entry : dir) {
        Path name = entry.getFileName();
        Path path = parent.resolve(name);
        String n = name.toString();
        if (!(n.startsWith(Workspace.PREFIX) || n.startsWith("." + Workspace.PREFIX))
            || Workspace.isLive(path)) {
          continue;
        }
        try (Closeable lock = takeLock(dir, path)) {
          if (lock != null) {
            Leftovers.stop(twins(n.startsWith(".") ? n.substring(1) : n));
            Trees.deleteEntry(dir, name);
          }
        } catch (IOException | RuntimeException e) {
          // not ours, or reaped by someone else meanwhile
        }
      }
    } catch (IOException | RuntimeException e) {
      // reaping is best effort
    }
  }

  /**
   * The lock of a dead run's folder, or null while a run holds it (or the folder is not a plain
   * folder of ours). A folder without a lock file, or a hidden one (a start killed before its
   * rename), is dead once it is older than a minute.
   */
  private static @Nullable Closeable takeLock(SecureDirectoryStream<Path> dir, Path path)
      throws IOException {
    if (!PrivateParent.mine(dir, path.getFileName())) {
      return null;
    }
    Path file = path.resolve(Workspace.LOCK);
    long age = System.currentTimeMillis() - Files.getLastModifiedTime(path).toMillis();
    boolean young = age < UNLOCKED_GRACE_MS;
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return young ? null : NOTHING;
    }
    if (young && path.getFileName().toString().startsWith(".")) {
      return null;
    }
    FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    try {
      if (ch.tryLock() != null) {
        return ch;
      }
    } catch (IOException | RuntimeException e) {
      // fall through: held
    }
    ch.close();
    return null;
  }

  /** The folders a run named {@code name} may have: one per base, in its private parent. */
  private static List<Path> twins(String name) {
    return Stream.of(Workspace.base(), Path.of("/dev/shm"))
        .map(b -> b.resolve(PrivateParent.name()).resolve(name))
        .filter(Files::isDirectory)
        .toList();
  }
}
