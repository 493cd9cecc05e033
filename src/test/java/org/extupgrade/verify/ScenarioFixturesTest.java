package org.extupgrade.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.cluster.Installations;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenarios beyond catalog parity on the embedded PostgreSQL 18 (or {@code
 * -Dextupgrade.test.pg}): every fixture under {@code src/test/resources/scenarios} yields exactly
 * the findings of its {@code expected.txt} with every scenario on; the clean one yields none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioFixturesTest {
  static final Path FIXTURES = Path.of("src/test/resources/scenarios");
  private Cluster cluster;

  @BeforeAll
  void start() {
    cluster = Cluster.start(Installations.embedded(Integer.getInteger("extupgrade.test.pg", 18)));
  }

  @AfterAll
  void stop() {
    cluster.close();
  }

  VerifyResult verify(Path dir, Set<ScenarioKind> checks) throws Exception {
    return verify(dir, checks, Duration.ofSeconds(10));
  }

  VerifyResult verify(Path dir, Set<ScenarioKind> checks, Duration timeout) throws Exception {
    return verifyOn(cluster, dir, checks, timeout);
  }

  /** verify of the fixture {@code dir} on {@code cluster}, one job, these scenarios. */
  static VerifyResult verifyOn(
      Cluster cluster, Path dir, Set<ScenarioKind> checks, Duration timeout) throws Exception {
    Extension ext = ExtensionLoader.load(dir, null, List.of());
    cluster.stage(ext);
    return new VerifySession(
            ext, new Verifier.Options(null, List.of(), timeout, 1, checks, false), null, List.of())
        .runOn(List.of(cluster));
  }

  /**
   * The fixture's {@code expected.txt}: one finding a line, blank lines and # comments left out.
   */
  static List<String> expected(Path dir) throws IOException {
    return Files.readAllLines(dir.resolve("expected.txt")).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  static List<String> lines(VerifyResult r) {
    List<String> got = new ArrayList<>();
    for (Finding f : r.findings()) {
      got.add(
          f.kind()
              + " "
              + f.object()
              + (f.where() != null && f.where().line() > 0
                  ? " @ " + f.where().file().getFileName() + ":" + f.where().line()
                  : ""));
    }
    return got;
  }

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> s = Files.list(FIXTURES)) {
      return s
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void eachFixtureYieldsExactlyItsExpectedFindings(String name) throws Exception {
    Path dir = FIXTURES.resolve(name);
    VerifyResult r = verify(dir, EnumSet.allOf(ScenarioKind.class));
    assertThat(r.skipped()).isNull();
    assertThat(r.scenarios()).isNotEmpty();
    List<String> want = expected(dir);
    if (r.major() < 18) {
      // Before 18 the server names no line for an error outside a syntax error's position.
      want =
          want.stream()
              .map(w -> w.startsWith("rerun-fails") ? w.replaceAll(" @ .*", "") : w)
              .toList();
    }
    assertThat(lines(r)).containsExactlyInAnyOrderElementsOf(want);
  }

  @Nested
  class EachScenarioIsItsOwn {
    @Test
    void skippingTheLockCheckRemovesOnlyItsFinding() throws Exception {
      VerifyResult r =
          verify(FIXTURES.resolve("sc_locks_user_table"), ScenarioKind.allExcept(List.of("locks")));
      assertThat(r.findings()).isEmpty();
    }

    @Test
    void theLockFootprintIsAWarningNamingTheMode() throws Exception {
      VerifyResult r =
          verify(FIXTURES.resolve("sc_locks_user_table"), EnumSet.of(ScenarioKind.LOCKS));
      assertThat(r.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message()).contains("ShareLock").contains("stock");
              });
    }

    @Test
    void catalogParityAloneSeesNothingWrongWithTheLockingUpdate() throws Exception {
      VerifyResult none =
          verify(FIXTURES.resolve("sc_locks_user_table"), EnumSet.noneOf(ScenarioKind.class));
      assertThat(none.scenarios()).isNotEmpty();
      assertThat(none.findings()).isEmpty();
    }

    @Test
    void theSettingLeakNamesTheSettingAndBothValues() throws Exception {
      VerifyResult r =
          verify(FIXTURES.resolve("sc_setting_leaks"), EnumSet.of(ScenarioKind.SETTINGS));
      assertThat(r.findings())
          .singleElement()
          .satisfies(
              f -> assertThat(f.detail()).contains("maintenance_work_mem").contains("262144"));
    }

    @Test
    void aLeakedMessageLevelIsOnlyInformational() throws Exception {
      VerifyResult r =
          verify(FIXTURES.resolve("sc_message_setting"), EnumSet.of(ScenarioKind.SETTINGS));
      assertThat(r.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.detail()).isEqualTo("client_min_messages: notice -> warning");
              });
    }
  }

  @Nested
  class UsersObjects {
    @Test
    void aSignatureChangeByCascadeNamesTheUsersViewAndTheDrop() throws Exception {
      VerifyResult r =
          verify(FIXTURES.resolve("sc_dependents_broken"), EnumSet.of(ScenarioKind.DEPENDENTS));
      assertThat(r.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message())
                    .contains("view extupgrade_user.call1_area")
                    .contains("calling function public.area(integer,integer)")
                    .contains("was dropped");
              });
    }

    @Test
    void anUpdateTheUsersViewsStopIsAWarningPerDroppedObjectWithTheServersWords() throws Exception {
      VerifyResult r =
          verify(FIXTURES.resolve("sc_dependents_blocked"), EnumSet.of(ScenarioKind.DEPENDENTS));
      assertThat(r.findings()).hasSize(2);
      assertThat(r.findings().get(0))
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message())
                    .contains("cannot drop function area(integer,integer)")
                    .contains("keeping the old signature beside the new one");
              });
    }

    @Test
    void theNoteCountsTheObjectsAndNamesWhatNothingWasBuiltOver() throws Exception {
      Extension ext =
          ExtensionLoader.load(FIXTURES.resolve("sc_clean_dependents"), null, List.of());
      cluster.stage(ext);
      VerifySession session =
          new VerifySession(
              ext,
              new Verifier.Options(
                  null,
                  List.of(),
                  Duration.ofSeconds(10),
                  1,
                  EnumSet.of(ScenarioKind.DEPENDENTS),
                  false),
              null,
              List.of());
      VerifyResult r = session.runOn(List.of(cluster));
      assertThat(r.findings()).isEmpty();
      assertThat(r.notes())
          .anySatisfy(
              n ->
                  assertThat(String.valueOf(n))
                      .startsWith("dependents: 11 objects a user would build")
                      .contains("takes a pseudo-type argument: function public.first_of"));
      // the times are the session's, not the report's (reports are the same bytes run to run)
      assertThat(r.notes()).noneMatch(n -> n.contains("scenario times"));
      assertThat(session.times()).contains("dependents ").contains(" s (1 run)");
    }
  }

  @Nested
  class DumpWithoutClientTools {
    @Test
    void isSkippedWithOneLineSayingWhatToInstall() throws Exception {
      org.junit.jupiter.api.Assumptions.assumeTrue(
          org.extupgrade.cluster.ClientTools.find(cluster.installation(), DumpCheck.PROGRAMS)
              .isEmpty(),
          "this machine has pg_dump and pg_restore of the test's major");
      VerifyResult r = verify(FIXTURES.resolve("sc_clean_all"), EnumSet.of(ScenarioKind.DUMP));
      assertThat(r.findings()).isEmpty();
      assertThat(r.notes())
          .anySatisfy(
              n ->
                  assertThat(String.valueOf(n))
                      .startsWith("dump: skipped, no pg_dump/pg_restore of PostgreSQL " + r.major())
                      .contains("install postgresql-client-" + r.major()));
    }
  }

  @Nested
  class CheckQueriesThatCompareNothing {
    @Test
    void aQueryTimingOutOnBothSidesIsAFindingAtItsLine(@TempDir Path dir) throws Exception {
      Path ext = dir.resolve("sc_check_fails");
      Path from = FIXTURES.resolve("sc_check_fails");
      try (Stream<Path> s = Files.walk(from)) {
        for (Path p : s.toList()) {
          Path t = ext.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) Files.createDirectories(t);
          else Files.copy(p, t);
        }
      }
      Files.writeString(
          ext.resolve("test/upgrade/check.sql"),
          "select name, factor from units order by name;\nselect pg_sleep(5);\n");
      VerifyResult r = verify(ext, EnumSet.of(ScenarioKind.DATA), Duration.ofMillis(1500));
      assertThat(r.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.kind().id()).isEqualTo("check-query-fails");
                assertThat(f.where().line()).isEqualTo(2);
                assertThat(f.message()).contains("statement timeout");
              });
    }
  }

  @Nested
  class RerunStaging {
    @Test
    void theCopiesAreRemovedAndNeverPlanned() throws Exception {
      Path dir = FIXTURES.resolve("sc_rerun_fails");
      VerifyResult r = verify(dir, EnumSet.of(ScenarioKind.RERUN));
      assertThat(r.scenarios()).extracting(Scenario::path).containsExactly("1.0--1.1");
      try (Stream<Path> s = Files.list(cluster.extensionDir())) {
        assertThat(s.map(p -> p.getFileName().toString()))
            .noneMatch(n -> n.contains(RerunCheck.MARK));
      }
    }

    @Test
    void theVerifyFixturesFindNothingBeyondParityButScriptsThatCannotRunTwice() throws Exception {
      // Those fixtures' scripts are not written to be idempotent: rerun findings are true ones.
      List<String> beyond = new ArrayList<>();
      try (Stream<Path> s = Files.list(VerifyFixturesTest.FIXTURES)) {
        for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
          if (dir.getFileName().toString().equals("vf_never_ends")) {
            continue; // a script that never ends: its timeout is parity's finding
          }
          VerifyResult all = verify(dir, EnumSet.allOf(ScenarioKind.class));
          List<String> parity = lines(verify(dir, EnumSet.noneOf(ScenarioKind.class)));
          for (String l : lines(all)) {
            if (!parity.contains(l)) {
              beyond.add(dir.getFileName() + ": " + l);
            }
          }
        }
      }
      assertThat(beyond).isNotEmpty().allMatch(l -> l.contains(": rerun-"), "only rerun findings");
    }
  }
}
