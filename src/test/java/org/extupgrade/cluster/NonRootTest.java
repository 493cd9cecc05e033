package org.extupgrade.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * As root, runs a child JVM as {@code nobody} to cover the other path: a non-root tool runs the
 * server as itself (CI runners often are not root). Everything the child reads is hard-linked into
 * a folder nobody can reach, since the Maven repository under /root is not.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class NonRootTest {

  @Nested
  class AsAnotherUser {
    @Test
    void aNonRootToolRunsTheServerAsItselfAndCleansUpOnSigtermAndSigkill(@TempDir Path dir)
        throws Exception {
      assumeTrue(ServerUser.CURRENT.isRoot(), "only root can switch to nobody for this test");
      assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "no setpriv");
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      String classpath = ChildJvm.linkedClasspath(dir.resolve("cp"));
      Path cache = dir.resolve("cache");
      Trees.cloneTree(Installations.embedded(18).root(), cache.resolve("pg/18.1.0"));
      Map<String, String> env =
          Map.of("EXTUPGRADE_CACHE", cache.toString(), "HOME", dir.toString());
      List<String> asNobody =
          List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
      List<String> jvmArgs = List.of("-Duser.home=" + dir);

      ChildJvm kill = ChildJvm.start(18, env, asNobody, classpath, jvmArgs);
      String segment = Procs.segment(kill.data());
      kill.process().destroyForcibly();
      kill.process().waitFor();
      assertThat(Procs.awaitGone(kill.postmaster(), 10)).as("postmaster outlived its JVM").isTrue();

      // the next run of the same user reaps the killed one (root may not: not its folder)
      ChildJvm term = ChildJvm.start(18, env, asNobody, classpath, jvmArgs);
      assertThat(kill.workspace()).doesNotExist();
      assertThat(kill.data()).doesNotExist();
      assertThat(Procs.segmentExists(segment)).as("shared memory of the killed server").isFalse();
      assertThat(Files.getAttribute(term.data(), "unix:uid")).isEqualTo(65534);
      assertThat(Files.getAttribute(Path.of("/proc/" + term.postmaster()), "unix:uid"))
          .isEqualTo(65534);
      term.process().destroy();
      assertThat(term.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(Procs.alive(term.postmaster())).isFalse();
      assertThat(term.workspace()).doesNotExist();
      assertThat(term.data()).doesNotExist();
    }
  }
}
