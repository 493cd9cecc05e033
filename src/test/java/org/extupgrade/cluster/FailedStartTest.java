package org.extupgrade.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installations whose initdb or postgres fail: a UserError with their words, and nothing left. */
class FailedStartTest {

  static Installation fake(Path root, String initdb, String postgres) throws IOException {
    Files.createDirectories(root.resolve("share/postgresql/extension"));
    Files.createDirectories(root.resolve("lib/postgresql"));
    script(root.resolve("bin/initdb"), initdb);
    script(root.resolve("bin/postgres"), postgres);
    return new Installation(17, "17.0", root);
  }

  private static void script(Path file, String body) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  static List<Path> myWorkspaces() throws IOException {
    List<Path> mine = new java.util.ArrayList<>();
    for (Path base : Workspace.bases()) {
      try (Stream<Path> s = Files.list(PrivateParent.of(base))) {
        String prefix = Workspace.PREFIX + ProcessHandle.current().pid() + "-";
        s.filter(p -> p.getFileName().toString().startsWith(prefix)).forEach(mine::add);
      }
    }
    return mine;
  }

  @Nested
  class Failures {
    @Test
    void aTempFolderTheServerUserCannotReachIsAUserError(@TempDir Path dir) throws Exception {
      Path closed = dir.resolve("closed");
      Files.createDirectories(closed.resolve("tmp"));
      Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
      assertThatThrownBy(() -> Workspace.requireTraversable(closed.resolve("tmp")))
          .isInstanceOf(UserError.class)
          .hasMessageContaining(closed + " has no o+x");
      Workspace.requireTraversable(Workspace.base());
    }

    @Test
    void aFailingInitdbIsAUserErrorWithItsLastLinesAndLeavesNoFolder(@TempDir Path dir)
        throws Exception {
      Installation broken =
          fake(dir, "echo 'initdb: error: the disk is on fire' >&2; exit 1", "exit 1");
      List<Path> before = myWorkspaces();
      assertThatThrownBy(() -> Cluster.start(broken))
          .isInstanceOf(UserError.class)
          .hasMessage("initdb of PostgreSQL 17.0 failed: initdb: error: the disk is on fire");
      assertThat(myWorkspaces()).isEqualTo(before);
    }

    @Test
    void aServerThatExitsIsAUserErrorWithTheServerLogAndLeavesNoFolder(@TempDir Path dir)
        throws Exception {
      String initdb =
          "while [ $# -gt 1 ]; do shift; done; touch \"$1/postgresql.conf\" \"$1/pg_hba.conf\"";
      Installation broken =
          fake(dir, initdb, "echo 'FATAL:  could not map anonymous shared memory' >&2; exit 1");
      List<Path> before = myWorkspaces();
      assertThatThrownBy(() -> Cluster.start(broken))
          .isInstanceOf(UserError.class)
          .hasMessage(
              "PostgreSQL 17.0 did not start: FATAL:  could not map anonymous shared memory");
      assertThat(myWorkspaces()).isEqualTo(before);
    }
  }
}
