package org.extupgrade.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.cluster.Installations;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.model.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under {@code src/test/resources/verify} runs through verify on the embedded
 * PostgreSQL 18; its {@code expected.txt} lists the findings ({@code kind object}, optionally
 * {@code @ script:line}), one a line, and nothing else may be found. Clean fixtures list none.
 * {@code -Dextupgrade.test.pg=13} runs them on another major.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifyFixturesTest {
  /**
   * Every scenario except running scripts twice: these fixtures' scripts are not written to be
   * idempotent (ScenarioFixturesTest checks that rerun findings are all they add).
   */
  static final java.util.Set<ScenarioKind> SCENARIOS = ScenarioKind.allExcept(List.of("rerun"));

  static final Path FIXTURES = Path.of("src/test/resources/verify");
  private Cluster cluster;

  @BeforeAll
  void start() {
    cluster = Cluster.start(Installations.embedded(Integer.getInteger("extupgrade.test.pg", 18)));
  }

  @AfterAll
  void stop() {
    cluster.close();
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
    Extension ext = ExtensionLoader.load(dir, null, List.of());
    cluster.stage(ext);
    VerifyResult r =
        new VerifySession(
                ext,
                new Verifier.Options(null, List.of(), Duration.ofSeconds(2), 1, SCENARIOS, false),
                null,
                List.of())
            .runOn(List.of(cluster));
    assertThat(r.skipped()).isNull();
    List<String> want = expected(dir);
    if (want.stream()
        .noneMatch(w -> w.startsWith("no-update-path") || w.startsWith("requires-unavailable"))) {
      assertThat(r.scenarios()).isNotEmpty();
    }
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
    if (r.major() < 18) {
      // Before 18 the server names no line for a cancelled statement.
      want =
          want.stream()
              .map(w -> w.startsWith("script-timeout") ? w.replaceAll(" @ .*", "") : w)
              .toList();
    }
    assertThat(got).containsExactlyInAnyOrderElementsOf(want);
  }

  @Test
  void aDirectScriptBesideAChainIsTestedAlongEveryPath() throws Exception {
    Extension ext = ExtensionLoader.load(FIXTURES.resolve("vf_chain_drift"), null, List.of());
    cluster.stage(ext);
    VerifyResult r =
        new VerifySession(
                ext,
                new Verifier.Options(null, List.of(), Duration.ofSeconds(30), 1, SCENARIOS, false),
                null,
                List.of())
            .runOn(List.of(cluster));
    assertThat(r.scenarios())
        .extracting(s -> s.path() + (s.stepwise() ? " stepwise" : ""))
        .containsExactly("1.0--1.2", "1.0--1.1", "1.1--1.2");
    // PostgreSQL's own path from 1.0 is the direct script, which is right; the chain's second
    // script is not, and the alternative path through it is that script's finding.
    assertThat(r.findings())
        .extracting(f -> f.from() + " " + f.message() + " " + f.affects())
        .containsExactly(
            "1.1 a fresh install has index public.t_b but the upgrade along 1.1--1.2 does not []");
  }

  private static List<String> expected(Path dir) throws IOException {
    return Files.readAllLines(dir.resolve("expected.txt")).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }
}
