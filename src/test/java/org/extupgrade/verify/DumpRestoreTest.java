package org.extupgrade.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.extupgrade.cluster.ClientTools;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.cluster.Installation;
import org.extupgrade.cluster.Installations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dump scenario on the embedded PostgreSQL 15 with a pg_dump and pg_restore 15 of the machine
 * (Debian's postgresql-client-15; the tests are skipped, saying so, where there is none): every
 * fixture under {@code src/test/resources/dump} yields exactly its {@code expected.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DumpRestoreTest {
  static final Path FIXTURES = Path.of("src/test/resources/dump");
  private Cluster cluster;

  @BeforeAll
  void start() {
    Installation pg15 = Installations.embedded(15);
    assumeTrue(
        ClientTools.find(pg15, DumpCheck.PROGRAMS).isPresent(),
        ClientTools.hint(15, DumpCheck.PROGRAMS));
    cluster = Cluster.start(pg15);
  }

  @AfterAll
  void stop() {
    if (cluster != null) cluster.close();
  }

  VerifyResult verify(Path dir, Set<ScenarioKind> checks) throws Exception {
    return ScenarioFixturesTest.verifyOn(cluster, dir, checks, Duration.ofSeconds(10));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dp_config_row_twice", "dp_clean"})
  void eachFixtureYieldsExactlyItsExpectedFindings(String name) throws Exception {
    Path dir = FIXTURES.resolve(name);
    VerifyResult r = verify(dir, ScenarioKind.defaults());
    List<String> want = ScenarioFixturesTest.expected(dir);
    assertThat(ScenarioFixturesTest.lines(r)).containsExactlyInAnyOrderElementsOf(want);
    assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("dump: pg_dump -Fc"));
  }

  @Test
  void catalogParityAndTheOtherScenariosSeeNothingWrongWithTheRowRestoredTwice() throws Exception {
    Set<ScenarioKind> rest = EnumSet.copyOf(ScenarioKind.defaults());
    rest.remove(ScenarioKind.DUMP);
    VerifyResult r = verify(FIXTURES.resolve("dp_config_row_twice"), rest);
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void theLossNamesTheUsersRowAndTheServersError() throws Exception {
    VerifyResult r = verify(FIXTURES.resolve("dp_config_row_twice"), EnumSet.of(ScenarioKind.DUMP));
    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.kind().id()).isEqualTo("restore-fails");
              assertThat(f.message()).contains("duplicate key value");
              assertThat(f.from()).isEqualTo("1.0");
            })
        .anySatisfy(
            f -> {
              assertThat(f.kind().id()).isEqualTo("restore-differs");
              assertThat(f.detail()).contains("- (theme,mine,f)");
            });
  }
}
