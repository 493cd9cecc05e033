package org.extupgrade.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.cluster.Installations;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.model.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A script that ends its own session, crashes its server process or kills the server is a finding
 * naming the script, the statement and what the server said, and the next scenario runs on a
 * healthy server: the same cluster, recovered or restarted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScriptCrashTest {
  private Cluster cluster;

  @BeforeAll
  void start() {
    cluster = Cluster.start(Installations.embedded(Integer.getInteger("extupgrade.test.pg", 18)));
  }

  @AfterAll
  void stop() {
    cluster.close();
  }

  VerifyResult verify(String fixture) throws Exception {
    Extension ext =
        ExtensionLoader.load(VerifyFixturesTest.FIXTURES.resolve(fixture), null, List.of());
    cluster.stage(ext);
    return new VerifySession(
            ext,
            new Verifier.Options(
                null, List.of(), Duration.ofSeconds(10), 1, VerifyFixturesTest.SCENARIOS, false),
            null,
            List.of())
        .runOn(List.of(cluster));
  }

  private void theNextScenarioRunsOnAHealthyServer() throws Exception {
    assertThat(verify("vf_clean_two_versions").findings()).isEmpty();
  }

  @Test
  void aScriptThatTerminatesItsSessionIsAFindingAtItsLine() throws Exception {
    Finding f = only(verify("vf_update_ends_session"));
    assertThat(f.kind().id()).isEqualTo("update-fails");
    assertThat(f.message())
        .startsWith("ALTER EXTENSION \"vf_update_ends_session\" UPDATE TO '1.1' fails: the session")
        .contains("terminating connection due to administrator command");
    assertThat(f.detail()).contains("SQLSTATE 57P01");
    if (cluster.installation().major() >= 18) {
      assertThat(f.where().line()).isEqualTo(3);
    }
    theNextScenarioRunsOnAHealthyServer();
  }

  @Test
  void aCrashedServerProcessIsAFindingWithTheServerLogsWords() throws Exception {
    Finding f = only(verify("vf_update_crashes_backend"));
    assertThat(f.kind().id()).isEqualTo("update-fails");
    assertThat(f.where().file().getFileName())
        .isEqualTo(Path.of("vf_update_crashes_backend--1.0--1.1.sql"));
    assertThat(f.detail()).contains("SQLSTATE 08006").contains("terminated by signal 11");
    theNextScenarioRunsOnAHealthyServer();
  }

  @Test
  void aKilledServerIsAFindingAndTheClusterIsRestarted() throws Exception {
    long before = cluster.pid();
    Finding f = only(verify("vf_update_kills_server"));
    assertThat(f.kind().id()).isEqualTo("update-fails");
    assertThat(f.where().file().getFileName())
        .isEqualTo(Path.of("vf_update_kills_server--1.0--1.1.sql"));
    assertThat(f.detail()).contains("the PostgreSQL server itself died during the script");
    assertThat(cluster.pid()).isNotEqualTo(before);
    theNextScenarioRunsOnAHealthyServer();
  }

  private static Finding only(VerifyResult r) {
    assertThat(r.findings()).hasSize(1);
    return r.findings().get(0);
  }
}
