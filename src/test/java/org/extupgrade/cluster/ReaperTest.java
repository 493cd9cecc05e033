package org.extupgrade.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 items 2 and 3: the reaper deletes only dead runs' folders of this user, in its private
 * parent, never through a link; a run is alive while anybody holds its folder's lock (whatever its
 * pid means in this PID namespace).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReaperTest {
  private static final int NOBODY = 65534;

  /** A victim folder with a file, as a root-only 0700 folder the attacker wants emptied. */
  private static Path victim(Path dir) throws Exception {
    Path v = Files.createDirectories(dir.resolve("victim"));
    Files.writeString(v.resolve("precious"), "keep me");
    Files.setPosixFilePermissions(v, PosixFilePermissions.fromString("rwx------"));
    return v;
  }

  /** A folder of a dead run in the private parent: unlocked lock file, a link where data was. */
  private static Path deadRun(String name, Path victim) throws Exception {
    Path parent = PrivateParent.of(Workspace.base());
    Path run = Files.createDirectory(parent.resolve(name));
    Files.writeString(run.resolve(Workspace.LOCK), "");
    Files.createSymbolicLink(run.resolve("data"), victim);
    Files.createDirectories(run.resolve("pg/share"));
    Files.createSymbolicLink(run.resolve("pg/share/extension"), victim);
    return run;
  }

  @Nested
  class PlantedFolders {
    @Test
    void aFolderPlantedInTheSharedTempFolderIsNeverTouched(@TempDir Path dir) throws Exception {
      Path victim = victim(dir);
      // not named extupgrade-<pid>-...: older versions of the tool, maybe running now, would reap
      // it
      Path planted = Workspace.base().resolve(Workspace.PREFIX + "planted-4000000001");
      Files.createDirectories(planted);
      try {
        Files.createSymbolicLink(planted.resolve("data"), victim);
        if (ServerUser.CURRENT.isRoot()) {
          Files.setAttribute(planted, "unix:uid", NOBODY);
        }
        Reaper.reapAll();
        try (Cluster c = Cluster.start(Installations.embedded(18))) {
          assertThat(c.workspace().getParent().getFileName().toString())
              .isEqualTo(PrivateParent.name());
        }
        assertThat(victim.resolve("precious")).hasContent("keep me");
        assertThat(planted.resolve("data")).isSymbolicLink();
      } finally {
        Files.deleteIfExists(planted.resolve("data"));
        Files.deleteIfExists(planted);
      }
    }

    @Test
    void aPrivateParentThatIsALinkOrAnotherUsersFolderIsRefused(@TempDir Path base)
        throws Exception {
      Path elsewhere = Files.createDirectories(base.resolve("elsewhere"));
      Files.createSymbolicLink(base.resolve(PrivateParent.name()), elsewhere);
      assertThatThrownBy(() -> PrivateParent.of(base))
          .isInstanceOf(UserError.class)
          .hasMessageContaining("is not a folder of yours");
      Files.delete(base.resolve(PrivateParent.name()));
      Path mine = PrivateParent.of(base);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mine)))
          .isEqualTo(ServerUser.CURRENT.isRoot() ? "rwx--x---" : "rwx------");
      assumeTrue(ServerUser.CURRENT.isRoot(), "SKIPPED: only root can plant another user's folder");
      Files.setAttribute(mine, "unix:uid", NOBODY);
      assertThatThrownBy(() -> PrivateParent.of(base))
          .isInstanceOf(UserError.class)
          .hasMessageContaining("is not a folder of yours");
    }

    @Test
    void aDeadRunsFolderIsDeletedWithoutFollowingTheLinksInside(@TempDir Path dir)
        throws Exception {
      Path victim = victim(dir);
      Path run = deadRun(Workspace.PREFIX + "4000000002-links", victim);
      Reaper.reapAll();
      assertThat(run).doesNotExist();
      assertThat(victim.resolve("precious")).hasContent("keep me");
    }

    @Test
    void aSubfolderSwappedForALinkWhileReapingNeverLeadsOutside(@TempDir Path dir)
        throws Exception {
      Path victim = victim(dir);
      for (int round = 0; round < 100; round++) {
        Path run = deadRun(Workspace.PREFIX + "4000000006-race" + round, victim);
        Path sub = Files.createDirectories(run.resolve("sub"));
        Files.writeString(sub.resolve("precious"), "a decoy with the victim's file name");
        Thread swapper =
            new Thread(
                () -> {
                  try {
                    Files.move(sub, run.resolve("sub.real"));
                    Files.createSymbolicLink(sub, victim);
                  } catch (Exception e) {
                    // the reaper got there first
                  }
                });
        swapper.start();
        Reaper.reapAll();
        swapper.join();
        Trees.deleteQuietly(run);
        assertThat(victim.resolve("precious")).as("round " + round).hasContent("keep me");
      }
    }

    @Test
    void aFolderOfAnotherUserInTheParentIsNotReaped(@TempDir Path dir) throws Exception {
      assumeTrue(ServerUser.CURRENT.isRoot(), "SKIPPED: only root can plant another user's folder");
      Path run = deadRun(Workspace.PREFIX + "4000000003-other", victim(dir));
      try {
        Files.setAttribute(run, "unix:uid", NOBODY);
        Reaper.reapAll();
        assertThat(run).exists();
      } finally {
        Trees.deleteQuietly(run);
      }
    }
  }

  @Nested
  class Liveness {
    @Test
    void aFolderWhoseLockIsHeldSurvivesWhateverItsPidSays() throws Exception {
      Path parent = PrivateParent.of(Workspace.base());
      Path run = Files.createDirectory(parent.resolve(Workspace.PREFIX + "4000000004-other-ns"));
      List<String> command =
          ChildJvm.java(
              System.getProperty("java.class.path"), List.of(), LockHolder.class.getName());
      command.add(run.resolve(Workspace.LOCK).toString());
      Process holder = new ProcessBuilder(command).redirectErrorStream(true).start();
      try {
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(in.readLine()).isEqualTo("LOCKED");
        Reaper.reapAll();
        assertThat(run).as("a live run in another PID namespace").exists();
      } finally {
        holder.destroyForcibly();
        holder.waitFor();
      }
      Reaper.reapAll();
      assertThat(run).doesNotExist();
    }

    @Test
    void aFolderBeingCreatedUnderItsHiddenNameIsReapedOnlyOnceItIsAMinuteOld() throws Exception {
      Path parent = PrivateParent.of(Workspace.base());
      Path run = Files.createDirectory(parent.resolve("." + Workspace.PREFIX + "4000000007-x"));
      Files.writeString(run.resolve(Workspace.LOCK), ""); // created, not locked yet
      Reaper.reapAll();
      assertThat(run).as("locked and renamed in a moment").exists();
      Files.setLastModifiedTime(run, FileTime.from(Instant.now().minusSeconds(120)));
      Reaper.reapAll();
      assertThat(run).doesNotExist();
    }

    @Test
    void aFolderWithoutALockFileIsReapedOnlyOnceItIsAMinuteOld() throws Exception {
      Path parent = PrivateParent.of(Workspace.base());
      Path run = Files.createDirectory(parent.resolve(Workspace.PREFIX + "4000000005-new"));
      Reaper.reapAll();
      assertThat(run).as("being created right now").exists();
      Files.setLastModifiedTime(run, FileTime.from(Instant.now().minusSeconds(120)));
      Reaper.reapAll();
      assertThat(run).doesNotExist();
    }
  }
}
