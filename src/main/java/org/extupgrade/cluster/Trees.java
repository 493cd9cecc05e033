package org.extupgrade.cluster;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
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

  /**
   * Deletes a tree, ignoring what cannot be deleted (it is reaped later). Never follows a symbolic
   * link: every folder is opened relative to its already open parent ({@code openat} with {@code
   * O_NOFOLLOW}), so swapping a subfolder for a link mid-walk deletes the link, not its target.
   */
  static void deleteQuietly(Path root) {
    Path parent = root.toAbsolutePath().getParent();
    Path name = root.getFileName();
    if (parent == null || name == null || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(parent)) {
      if (dir instanceof SecureDirectoryStream<Path> secure) {
        deleteEntry(secure, name);
      } else {
        throw new IOException("no openat on this platform: will not delete " + root);
      }
    } catch (IOException | RuntimeException e) {
      // left for the next reaping
    }
  }

  /**
   * Deletes {@code name} inside the open folder {@code dir}: a link or file as such, a folder
   * whole.
   */
  static void deleteEntry(SecureDirectoryStream<Path> dir, Path name) throws IOException {
    PosixFileAttributes attrs =
        dir.getFileAttributeView(name, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
            .readAttributes();
    if (!attrs.isDirectory()) {
      dir.deleteFile(name);
      return;
    }
    try (SecureDirectoryStream<Path> sub =
        dir.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
      for (Path child : sub) {
        try {
          deleteEntry(sub, child.getFileName());
        } catch (IOException e) {
          // keep going: delete what we can
        }
      }
    }
    dir.deleteDirectory(name);
  }
}
