package org.extupgrade.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.cluster.Installations;
import org.extupgrade.model.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rollback rehearsal ({@code verify --rollback}) on the embedded PostgreSQL: every fixture
 * under {@code src/test/resources/rollback} yields exactly its {@code expected.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollbackRehearsalTest {
  static final Path FIXTURES = Path.of("src/test/resources/rollback");
  private Cluster cluster;

  @BeforeAll
  void start() {
    cluster = Cluster.start(Installations.embedded(Integer.getInteger("extupgrade.test.pg", 18)));
  }

  @AfterAll
  void stop() {
    if (cluster != null) cluster.close();
  }

  VerifyResult verify(String name, Set<ScenarioKind> checks) throws Exception {
    return verify(FIXTURES.resolve(name), checks);
  }

  VerifyResult verify(Path dir, Set<ScenarioKind> checks) throws Exception {
    return ScenarioFixturesTest.verifyOn(cluster, dir, checks, Duration.ofSeconds(10));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rb_keep", "rb_lost"})
  void eachFixtureYieldsExactlyItsExpectedFindings(String name) throws Exception {
    VerifyResult r = verify(name, EnumSet.of(ScenarioKind.ROLLBACK));
    List<String> want = ScenarioFixturesTest.expected(FIXTURES.resolve(name));
    assertThat(ScenarioFixturesTest.lines(r)).containsExactlyInAnyOrderElementsOf(want);
    assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("rollback 1.1 -> 1.0: "));
  }

  @Test
  void theSeededRowsComeBackWithTheirIdentityAndSerialValues() throws Exception {
    VerifyResult r = verify("rb_keep", EnumSet.of(ScenarioKind.ROLLBACK));
    assertThat(r.findings()).isEmpty();
    assertThat(r.notes())
        .contains("rollback 1.1 -> 1.0: data of test/upgrade/seed--1.0.sql; 6 statements replayed");
  }

  @Test
  void theLossNamesTheStatementTheServersErrorAndTheValuesGone() throws Exception {
    VerifyResult r = verify("rb_lost", EnumSet.of(ScenarioKind.ROLLBACK));
    Finding fails = only(r, "rollback-replay-fails");
    assertThat(fails.message())
        .contains("rollback 1.1 -> 1.0: the replay on the old version fails: ")
        .contains("column \"priority\" of relation \"rb_lost_hooks\" does not exist");
    assertThat(fails.detail())
        .startsWith(
            "INSERT INTO public.rb_lost_hooks (id, fn, priority) VALUES ('4242', 'rollback',"
                + " '0');");
    assertThat(fails.where().file().getFileName()).hasToString("rb_lost--1.0--1.1.sql");
    Finding lost = only(r, "rollback-data-lost");
    assertThat(lost.message()).contains("1 rows lost or changed, 1 new");
    assertThat(lost.detail()).isEqualTo("- (rollback,rollback,rollback)\n+ (rollback,rollback,)");
    assertThat(r.notes())
        .contains(
            "rollback 1.1 -> 1.0: no seed, a generated row in 2 of 2 configuration tables"
                + " (public.rb_lost_hooks, public.rb_lost_settings); 2 statements replayed,"
                + " failing in 1 table");
  }

  @Test
  void whatTheUpdateDropsOnPurposeAndWhatCascadeTakesAreNotesNotFindings() throws Exception {
    Path dropped = ScenarioFixturesTest.FIXTURES.resolve("sc_clean_config_dropped");
    VerifyResult r = verify(dropped, EnumSet.of(ScenarioKind.ROLLBACK));
    assertThat(r.findings()).isEmpty();
    assertThat(r.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .startsWith("rollback 1.1 -> 1.0: data of test/upgrade/seed--1.0.sql")
                    .endsWith(
                        "the rows of sc_clean_config_dropped_cfg do not come back (1.1 no longer"
                            + " registers the table)"));
    r =
        verify(
            ScenarioFixturesTest.FIXTURES.resolve("sc_user_object_broken"),
            EnumSet.of(ScenarioKind.ROLLBACK));
    assertThat(r.findings()).isEmpty();
    assertThat(r.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .endsWith(
                        "DROP EXTENSION ... CASCADE takes users' relations or their columns"
                            + " (clean_names): save them first"));
  }

  @Test
  void isOffUnlessAskedFor() {
    assertThat(ScenarioKind.defaults()).doesNotContain(ScenarioKind.ROLLBACK);
  }

  private static Finding only(VerifyResult r, String kind) {
    List<Finding> f = r.findings().stream().filter(x -> x.kind().id().equals(kind)).toList();
    assertThat(f).hasSize(1);
    return f.get(0);
  }
}
