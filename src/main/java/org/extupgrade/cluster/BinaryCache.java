package org.extupgrade.cluster;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.extupgrade.model.Progress;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/**
 * Unpacked PostgreSQL trees, one folder per artifact version under {@code $EXTUPGRADE_CACHE/pg}
 * (default {@code $XDG_CACHE_HOME/extupgrade/pg} or {@code ~/.cache/extupgrade/pg}). A tree is
 * unpacked into a temporary folder, completed with a marker file, then renamed into place, under a
 * file lock so concurrent first uses do not collide. A folder without the marker or without {@code
 * bin/postgres} is corrupt and unpacked again.
 */
final class BinaryCache {
  static final String MARKER = ".extupgrade-complete";
  private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private final Path root;

  BinaryCache(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  static BinaryCache fromEnvironment() {
    return new BinaryCache(Caches.root().resolve("pg"));
  }

  Path root() {
    return root;
  }

  /** The unpacked tree of {@code version}, or null when it is missing or corrupt. */
  @Nullable Path find(String version) {
    Path dir = root.resolve(version);
    return complete(dir) ? dir : null;
  }

  private static boolean complete(Path dir) {
    return Files.isRegularFile(dir.resolve(MARKER))
        && Files.isExecutable(dir.resolve("bin/postgres"))
        && Files.isExecutable(dir.resolve("bin/initdb"))
        && Files.isRegularFile(dir.resolve("share/postgresql/postgres.bki"))
        && Files.isDirectory(dir.resolve("share/postgresql/extension"));
  }

  /** Unpacks the jar {@code jar.get()} as {@code version} unless another process just did. */
  Path unpack(String version, Supplier<Path> jar) {
    Path dir = root.resolve(version);
    ReentrantLock local = LOCKS.computeIfAbsent(dir, d -> new ReentrantLock());
    local.lock();
    try {
      Files.createDirectories(root);
      try (FileChannel ch =
              FileChannel.open(
                  root.resolve(version + ".lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock ignored = ch.lock()) {
        if (complete(dir)) {
          return dir;
        }
        deleteLeftovers(version);
        Path source = jar.get();
        Progress.current().stage("unpacking PostgreSQL " + version);
        Path tmp = Files.createTempDirectory(root, "." + version + ".unpacking-");
        try {
          extract(source, tmp);
          Files.writeString(tmp.resolve(MARKER), version + "\n");
          if (Files.exists(dir)) {
            Path trash = Files.createTempDirectory(root, "." + version + ".corrupt-");
            Files.move(dir, trash.resolve("tree"), StandardCopyOption.ATOMIC_MOVE);
            Trees.deleteQuietly(trash);
          }
          Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
          return dir;
        } finally {
          Trees.deleteQuietly(tmp);
        }
      }
    } catch (IOException e) {
      throw new UserError(
          null,
          "cannot unpack PostgreSQL "
              + version
              + " into "
              + root
              + ": "
              + UserError.describe(e)
              + " (set EXTUPGRADE_CACHE to a writable folder)",
          e);
    } finally {
      local.unlock();
    }
  }

  /** Half-unpacked trees of a process killed while unpacking (we hold the lock: none is live). */
  private void deleteLeftovers(String version) throws IOException {
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(root, "." + version + ".*")) {
      for (Path p : stale) {
        Trees.deleteQuietly(p);
      }
    }
  }

  private static void extract(Path jar, Path target) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry txz =
          zip.stream()
              .filter(e -> e.getName().endsWith(".txz"))
              .findFirst()
              .orElseThrow(
                  () ->
                      new UserError(
                          jar + ": no .txz archive inside (not a PostgreSQL binaries jar?)"));
      try (InputStream in = new BufferedInputStream(zip.getInputStream(txz), 1 << 16)) {
        TarXz.extract(in, target);
      } catch (java.io.EOFException | org.tukaani.xz.XZIOException e) {
        throw corrupt(jar, e);
      } catch (IOException e) {
        if (String.valueOf(e.getMessage())
            .toLowerCase(java.util.Locale.ROOT)
            .contains("truncated")) {
          throw corrupt(jar, e);
        }
        throw e;
      }
    } catch (java.util.zip.ZipException e) {
      throw corrupt(jar, e);
    }
  }

  private static UserError corrupt(Path jar, Exception e) {
    return new UserError(
        jar
            + ": corrupt PostgreSQL binaries jar ("
            + e.getMessage()
            + "): delete it and run again to download it anew");
  }
}
