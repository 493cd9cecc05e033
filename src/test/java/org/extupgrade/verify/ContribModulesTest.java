package org.extupgrade.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.cluster.Installations;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.model.Finding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every contrib module shipped with the embedded binaries runs through verify with zero findings (a
 * false positive matters as much as a miss), on every embedded major by default (about 35 s on an
 * idle 2-core machine) or on those of {@code -Dextupgrade.contrib.pg=13,18}. A module that cannot
 * be installed here for a reason outside it (a language runtime library the system lacks) is
 * reported as skipped with the server's reason.
 */
class ContribModulesTest {
  /**
   * Every scenario except running scripts twice and users' dependent objects: contrib's update
   * scripts are not written to be idempotent (true rerun findings, counted in docs/BENCHMARKS.md
   * (verify scenarios)), and they drop what users build on (37 true {@code
   * update-blocked-by-dependents} warnings on PostgreSQL 18: pg_stat_statements drops its view and
   * function, cube, hstore, intarray and seg their deprecated {@code @} and {@code ~} operators,
   * pageinspect, pg_walinspect, pg_buffercache, postgres_fdw functions whose signature changes;
   * docs/real-world-scenarios.md). {@code -Dextupgrade.contrib.skip=data,rerun,...} chooses other
   * scenarios to leave out.
   */
  static final java.util.Set<ScenarioKind> SCENARIOS =
      ScenarioKind.allExcept(
          List.of(System.getProperty("extupgrade.contrib.skip", "rerun,dependents")));

  static List<Integer> majors() {
    String p = System.getProperty("extupgrade.contrib.pg", "all");
    if (p.equals("all")) {
      return Installations.embeddedMajors();
    }
    return Arrays.stream(p.split(",")).map(String::strip).map(Integer::valueOf).toList();
  }

  @TestFactory
  Stream<DynamicContainer> everyContribModuleUpgradesToExactlyAFreshInstall() {
    return majors().stream()
        .map(m -> DynamicContainer.dynamicContainer("PostgreSQL " + m, modules(m)));
  }

  private static Stream<DynamicTest> modules(int major) {
    // One cluster per major, started lazily by the first module and closed after the last.
    Cluster[] cluster = new Cluster[1];
    List<String> names;
    try {
      cluster[0] = Cluster.start(Installations.embedded(major));
      try (Stream<Path> s = Files.list(cluster[0].extensionDir())) {
        names =
            s.map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".control") && !n.contains("--"))
                .map(n -> n.substring(0, n.length() - ".control".length()))
                .sorted()
                .toList();
      }
    } catch (IOException | RuntimeException e) {
      if (cluster[0] != null) {
        cluster[0].close();
      }
      throw new IllegalStateException("cannot start PostgreSQL " + major, e);
    }
    return Stream.concat(
        names.stream().map(n -> DynamicTest.dynamicTest(n, () -> verify(cluster[0], n))),
        Stream.of(DynamicTest.dynamicTest("cluster stopped", () -> cluster[0].close())));
  }

  private static void verify(Cluster cluster, String name) throws Exception {
    Extension ext = ExtensionLoader.load(cluster.extensionDir(), name, List.of());
    VerifyResult r =
        new VerifySession(
                ext,
                new Verifier.Options(null, List.of(), Duration.ofMinutes(2), 1, SCENARIOS, false),
                null,
                List.of())
            .runOn(List.of(cluster));
    Assumptions.assumeTrue(r.skipped() == null, () -> "skipped: " + r.skipped());
    // Some majors ship transforms for a language they do not ship (hstore_plpythonu on 13 and 14).
    Assumptions.assumeTrue(
        r.findings().stream().noneMatch(f -> f.kind().id().equals("requires-unavailable")),
        () -> "skipped: " + r.findings().get(0).message());
    // Contrib keeps only the current full install script: that its old versions cannot be tested
    // is a true note about the layout (info), not a finding about the scripts.
    List<Finding> found =
        r.findings().stream()
            .filter(f -> !f.kind().id().equals("old-versions-untestable"))
            .toList();
    assertThat(found)
        .as(() -> String.join("\n", found.stream().map(ContribModulesTest::line).toList()))
        .isEmpty();
  }

  private static String line(Finding f) {
    return f.kind()
        + " "
        + f.object()
        + " ["
        + f.from()
        + " -> "
        + f.to()
        + "] "
        + f.message()
        + "\n"
        + f.detail();
  }
}
