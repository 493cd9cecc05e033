package org.extupgrade.cluster;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** File-tree helpers: hard-link clones (copies across file systems) and quiet deletion. */
final class Trees {
  private Trees() {}

  /**
   * Recreates {@code source} at {@code target}: real folders (mode 755), files hard-linked (copied
   * when linking is impossible), symbolic links copied as links. Writers must replace a file, never
   * write into it: its inode is shared with the cache.
   */
  static void cloneTree(Path source, Path target) throws IOException {
    cloneTree(source, target, null);
  }

  /** As {@link #cloneTree(Path, Path)}, but files under {@code copyUnder} are real copies. */
  static void cloneTree(Path source, Path target, @Nullable Path copyUnder) throws IOException {
    Files.walkFileTree(
        source,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Path d = target.resolve(source.relativize(dir).toString());
            Files.createDirectories(d);
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Path to = target.resolve(source.relativize(file).toString());
            if (copyUnder != null && file.startsWith(copyUnder) && !Files.isSymbolicLink(file)) {
              Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
            } else {
              cloneFile(file, to);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  static void cloneFile(Path file, Path target) throws IOException {
    if (Files.isSymbolicLink(file)) {
      Files.createSymbolicLink(target, Files.readSymbolicLink(file));
      return;
    }
    try {
      Files.createLink(target, file);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    }
  }

  /** Deletes a tree, ignoring what cannot be deleted (it is reaped later). */
  static void deleteQuietly(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // left for the next reaping
                }
              });
    } catch (IOException | RuntimeException e) {
      // left for the next reaping
    }
  }
}
