package org.extupgrade.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ClusterLifecycleTest {

  @Nested
  class KilledRuns {
    @Test
    void aJvmKilledWithSigkillLeavesNoServerAndItsFolderIsReapedByTheNextStart() throws Exception {
      ChildJvm child = ChildJvm.start(18, Map.of());
      assertThat(Procs.alive(child.postmaster())).isTrue();
      Path memory = Workspace.memoryBase();
      assertThat(child.data()).startsWith(memory == null ? child.workspace() : memory);
      String segment = Procs.segment(child.data());
      child.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
      child.process().waitFor();
      assertThat(Procs.awaitGone(child.postmaster(), 10))
          .as("postmaster outlived its JVM")
          .isTrue();
      assertThat(Procs.running(child.workspace().toString())).isEmpty();
      assertThat(child.workspace()).as("nothing deletes the folder of a -9 run by itself").exists();
      try (Cluster next = Cluster.start(Installations.embedded(18))) {
        assertThat(child.workspace()).doesNotExist();
        assertThat(child.data()).doesNotExist();
        assertThat(Procs.segmentExists(segment)).as("shared memory of the killed server").isFalse();
      }
    }

    @Test
    void aJvmStoppedWithSigtermStopsTheServerAndDeletesItsFolder() throws Exception {
      ChildJvm child = ChildJvm.start(18, Map.of("EXTUPGRADE_TMPFS", "0"));
      assertThat(child.data()).isEqualTo(child.workspace().resolve("data"));
      child.process().destroy(); // SIGTERM: the shutdown hook closes the cluster
      assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(Procs.running(child.workspace().toString())).isEmpty();
      assertThat(Procs.alive(child.postmaster())).isFalse();
      assertThat(child.workspace()).doesNotExist();
      assertThat(child.data()).doesNotExist();
    }
  }

  @Nested
  class Interrupted {
    @Test
    void ctrlCStopsTheServerAndDeletesItsFolders() throws Exception {
      ChildJvm child = ChildJvm.start(18, Map.of());
      Children.signal(child.process().pid(), "INT");
      assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(Procs.running(child.workspace().toString())).isEmpty();
      assertThat(Procs.alive(child.postmaster())).isFalse();
      assertThat(child.workspace()).doesNotExist();
      assertThat(child.data()).doesNotExist();
    }
  }

  @Nested
  class RunsAtTheSameTime {
    @Test
    void twoClustersInOneJvmGetTheirOwnPortsFoldersAndExtensions() throws Exception {
      Installation inst = Installations.embedded(18);
      CompletableFuture<Cluster> a = CompletableFuture.supplyAsync(() -> Cluster.start(inst));
      CompletableFuture<Cluster> b = CompletableFuture.supplyAsync(() -> Cluster.start(inst));
      try (Cluster one = a.join();
          Cluster two = b.join()) {
        assertThat(one.port()).isNotEqualTo(two.port());
        assertThat(one.workspace()).isNotEqualTo(two.workspace());
        one.stage(Fixtures.tiny());
        ClusterTest.execute(one, "postgres", "CREATE EXTENSION tiny");
        assertThat(
                ClusterTest.query(
                    two,
                    "postgres",
                    "select count(*) from pg_available_extensions where name = 'tiny'"))
            .isEqualTo("0");
      }
    }

    @Test
    void aStartInAnotherJvmNeverReapsTheFolderOfARunningCluster() throws Exception {
      ChildJvm child = ChildJvm.start(18, Map.of());
      try {
        try (Cluster mine = Cluster.start(Installations.embedded(18))) {
          assertThat(child.workspace()).exists();
          assertThat(Procs.alive(child.postmaster())).isTrue();
        }
        Reaper.reapAll();
        assertThat(child.workspace().resolve("data/postmaster.pid")).exists();
        assertThat(child.data().resolve("postmaster.pid")).exists();
      } finally {
        child.process().destroy();
        child.process().waitFor(60, TimeUnit.SECONDS);
      }
      assertThat(child.workspace()).doesNotExist();
    }

    @Test
    void twoJvmsUnpackingIntoTheSameEmptyCacheBothStart(@TempDir Path cache) throws Exception {
      Map<String, String> env = Map.of("EXTUPGRADE_CACHE", cache.toString());
      CompletableFuture<ChildJvm> a = CompletableFuture.supplyAsync(() -> start(env));
      CompletableFuture<ChildJvm> b = CompletableFuture.supplyAsync(() -> start(env));
      List<ChildJvm> children = List.of(a.join(), b.join());
      for (ChildJvm c : children) {
        assertThat(c.workspace()).exists();
        assertThat(Procs.alive(c.postmaster())).isTrue();
      }
      for (ChildJvm c : children) {
        c.process().destroy();
        assertThat(c.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(c.workspace()).doesNotExist();
      }
      assertThat(cache.resolve("pg/18.1.0/bin/postgres")).isExecutable();
      assertThat(cache.resolve("pg/18.1.0/" + BinaryCache.MARKER)).exists();
    }

    private static ChildJvm start(Map<String, String> env) {
      try {
        return ChildJvm.start(18, env);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Nested
  class Ports {
    @Test
    void aPortInUseIsSkippedForAnother() throws Exception {
      try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
        AtomicInteger picks = new AtomicInteger();
        try (Cluster c =
            Cluster.start(
                Installations.embedded(18),
                () -> picks.getAndIncrement() == 0 ? taken.getLocalPort() : Cluster.freePort())) {
          assertThat(picks.get()).isEqualTo(2);
          assertThat(c.port()).isNotEqualTo(taken.getLocalPort());
          assertThat(ClusterTest.query(c, "postgres", "select 1")).isEqualTo("1");
        }
      }
    }

    @Test
    void noFreePortIsOneClearLineNotAnInternalError() throws Exception {
      // No port can be had on an address that is not this machine's (TEST-NET-1): the same
      // failure as a loopback with every port taken.
      assertThatThrownBy(() -> Cluster.freePort(InetAddress.getByName("192.0.2.1")))
          .isInstanceOf(UserError.class)
          .hasMessageStartingWith("no free TCP port on 192.0.2.1 for a PostgreSQL cluster: ")
          .hasMessageNotContaining("\n");
    }
  }
}
