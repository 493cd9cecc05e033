package org.extupgrade.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/** Extracts a {@code .txz} stream, keeping file modes, symbolic links and hard links. */
final class TarXz {
  private static final PosixFilePermission[] BITS = {
    PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
        PosixFilePermission.OTHERS_READ,
    PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
        PosixFilePermission.GROUP_READ,
    PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.OWNER_READ
  };

  private TarXz() {}

  static void extract(InputStream txz, Path target) throws IOException {
    Path base = target.toAbsolutePath().normalize();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(txz))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        Path p = inside(base, e.getName());
        if (e.isDirectory()) {
          Files.createDirectories(p);
          continue;
        }
        Files.createDirectories(p.getParent());
        if (e.isSymbolicLink()) {
          Files.deleteIfExists(p);
          Files.createSymbolicLink(p, Path.of(e.getLinkName()));
        } else if (e.isLink()) {
          Files.deleteIfExists(p);
          Files.createLink(p, inside(base, e.getLinkName()));
        } else if (e.isFile()) {
          Files.copy(tar, p, StandardCopyOption.REPLACE_EXISTING);
          Files.setPosixFilePermissions(p, permissions(e.getMode()));
        }
      }
    }
  }

  /** World-readable whatever the archive says: the server runs as another user. */
  static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    int m = mode | 0444 | ((mode & 0100) != 0 ? 0011 : 0);
    for (int i = 0; i < BITS.length; i++) {
      if ((m & (1 << i)) != 0) {
        set.add(BITS[i]);
      }
    }
    set.remove(PosixFilePermission.GROUP_WRITE);
    set.remove(PosixFilePermission.OTHERS_WRITE);
    return set;
  }

  private static Path inside(Path base, String name) throws IOException {
    Path p = base.resolve(name).normalize();
    if (!p.startsWith(base)) {
      throw new IOException("archive entry outside the target folder: " + name);
    }
    return p;
  }
}
