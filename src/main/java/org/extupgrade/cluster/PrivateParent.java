package org.extupgrade.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import org.extupgrade.model.UserError;

/**
 * The per-user folder {@code extupgrade-user-<uid>} that holds a user's workspaces in a base (the
 * temporary folder, /dev/shm): a real folder owned by the user, mode 0700, so no other user can
 * list, plant or swap anything in it. As root it is 0710 with the group of the unprivileged server
 * user, who must reach the binaries and data inside.
 */
final class PrivateParent {
  private PrivateParent() {}

  static String name() {
    return "extupgrade-user-" + uid();
  }

  /** The private parent in {@code base}, created when missing and checked either way. */
  static Path of(Path base) throws IOException {
    Path dir = base.resolve(name());
    boolean root = ServerUser.CURRENT.isRoot();
    String mode = root ? "rwx--x---" : "rwx------";
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      try {
        Files.createDirectory(
            dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode)));
        if (root) {
          ServerUser.CURRENT.shareGroup(dir);
        }
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // created meanwhile: checked below
      }
    }
    PosixFileAttributes attrs =
        Files.getFileAttributeView(dir, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
            .readAttributes();
    if (!attrs.isDirectory()
        || !Integer.valueOf(uid())
            .equals(Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS))) {
      throw new UserError(
          dir
              + " is not a folder of yours (another user created it, or it is a link): remove it,"
              + " or point java.io.tmpdir at another folder");
    }
    if (!PosixFilePermissions.toString(attrs.permissions()).equals(mode)) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(mode));
    }
    if (root) {
      ServerUser.CURRENT.shareGroup(dir);
    }
    return dir;
  }

  /** True when {@code name} in {@code dir} is a real folder (not a link) owned by this user. */
  static boolean mine(SecureDirectoryStream<Path> dir, Path name) throws IOException {
    PosixFileAttributes attrs =
        dir.getFileAttributeView(name, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
            .readAttributes();
    PosixFileAttributes self =
        dir.getFileAttributeView(PosixFileAttributeView.class).readAttributes();
    return attrs.isDirectory() && attrs.owner().equals(self.owner());
  }

  static int uid() {
    try {
      return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    } catch (IOException | RuntimeException e) {
      throw new UserError("cannot tell which user runs the tool (no /proc/self): " + e);
    }
  }
}
