package org.extupgrade.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreesTest {
  static final Path SHM = Path.of("/dev/shm");

  @Nested
  class Cloning {
    @Test
    void onTheSameFileSystemFilesAreHardLinksAndLinksStayLinks(@TempDir Path dir) throws Exception {
      Path lib = Installations.embedded(18).root().resolve("lib");
      Trees.cloneTree(lib, dir.resolve("lib"));
      assertThat(Files.isSameFile(lib.resolve("libpq.so.5.18"), dir.resolve("lib/libpq.so.5.18")))
          .isTrue();
      assertThat(Files.isSymbolicLink(dir.resolve("lib/libpq.so.5"))).isTrue();
      assertThat(Files.readSymbolicLink(dir.resolve("lib/libpq.so.5")))
          .isEqualTo(Files.readSymbolicLink(lib.resolve("libpq.so.5")));
    }

    @Test
    void acrossFileSystemsFilesAreCopiedWithTheirModes() throws Exception {
      Path ext = Installations.embedded(18).sharedir().resolve("extension");
      assumeTrue(
          Files.isDirectory(SHM) && !Files.getFileStore(SHM).equals(Files.getFileStore(ext)),
          "no second file system");
      Path target = Files.createTempDirectory(SHM, "cluster-trees-test");
      try {
        Trees.cloneTree(ext, target.resolve("extension"));
        Path copy = target.resolve("extension/hstore.control");
        assertThat(copy).hasSameBinaryContentAs(ext.resolve("hstore.control"));
        assertThat(Files.isSameFile(copy, ext.resolve("hstore.control"))).isFalse();
        assertThat(Files.getPosixFilePermissions(copy))
            .isEqualTo(Files.getPosixFilePermissions(ext.resolve("hstore.control")));
      } finally {
        Trees.deleteQuietly(target);
      }
      assertThat(target).doesNotExist();
    }
  }
}
