package org.extupgrade.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixture extensions, one per finding class plus clean ones: each defect fixture yields the
 * findings in its {@code expected.txt} (rewrite with {@code -Dgolden.update=true}, then review) and
 * is named for its kind ({@code kind} or {@code kind.variant}); each {@code clean-*} fixture, the
 * twin of a false-alarm class, yields none at all.
 */
class CheckFixturesTest {

  static List<Path> defects() throws IOException {
    return Fixtures.all().stream()
        .filter(p -> !p.getFileName().toString().startsWith("clean-"))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void aDefectFixtureYieldsExactlyItsExpectedFindings(Path dir) throws IOException {
    String actual = Fixtures.render(Fixtures.check(dir.getFileName().toString()).findings());
    Path expected = dir.resolve("expected.txt");
    if (Boolean.getBoolean("golden.update"))
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    String name = dir.getFileName().toString();
    String kind = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    assertThat(actual).as("the fixture shows its own finding class").contains(" " + kind + " ");
  }

  static List<String> cleans() throws IOException {
    return Fixtures.all().stream()
        .map(p -> p.getFileName().toString())
        .filter(n -> n.startsWith("clean-"))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cleans")
  void aCleanFixtureYieldsNoFindingAtAll(String name) {
    Check.Result r = Fixtures.check(name);
    // dynamic SQL is noted where it stands, and what it may have touched is uncertain (info)
    List<Finding> fs =
        r.findings().stream()
            .filter(
                f ->
                    f.severity() != Severity.INFO
                        || !f.kind().id().equals("blind-spot")
                            && !f.message().contains("(uncertain"))
            .toList();
    assertThat(fs).as(Fixtures.render(r.findings())).isEmpty();
    assertThat(r.pairs()).isNotEmpty().allSatisfy(p -> assertThat(p.path()).isNotEmpty());
  }

  @Nested
  class TheSeedIncident {
    @Test
    void aNoOpPlaceholderScriptMissesEveryNewFunctionWithItsSignature() {
      List<Finding> errors = errors(Fixtures.check("missing-object").findings());
      assertThat(errors)
          .extracting(Finding::object)
          .containsExactly(
              "function pgtrickle._signal_launcher_rescan()",
              "function pgtrickle.change_buffer_sizes()",
              "function pgtrickle.list_sources(text)");
      assertThat(errors)
          .allSatisfy(
              f -> {
                assertThat(f.kind().id()).isEqualTo("missing-object");
                assertThat(f.where().file().getFileName().toString())
                    .isEqualTo("fx--0.1.3--0.2.0.sql");
                assertThat(f.suggestion()).startsWith("CREATE OR REPLACE FUNCTION pgtrickle.\"");
              });
    }
  }

  @Nested
  class SignatureDrift {
    private static final Pattern FN =
        Pattern.compile("(?i)CREATE\\s+(?:OR\\s+REPLACE\\s+)?FUNCTION\\s+(\\w+)");

    /**
     * What the seed's grep script did: function names in the full script, each created somewhere in
     * the upgrade script.
     */
    private static List<String> namesMissingByName(Path full, Path upgrade) throws IOException {
      List<String> want = names(full);
      List<String> have = names(upgrade);
      return want.stream().filter(n -> !have.contains(n)).toList();
    }

    private static List<String> names(Path p) throws IOException {
      Matcher m = FN.matcher(Files.readString(p));
      return m.results().map(r -> r.group(1)).distinct().collect(Collectors.toList());
    }

    @Test
    void aNameOnlyComparisonPassesButCheckReportsTheChangedArgumentsAndResult() throws IOException {
      Path dir = Fixtures.ROOT.resolve("signature-drift");
      assertThat(namesMissingByName(dir.resolve("fx--1.1.sql"), dir.resolve("fx--1.0--1.1.sql")))
          .isEmpty();

      List<Finding> errors = errors(Fixtures.check("signature-drift").findings());
      assertThat(errors).extracting((Finding f) -> f.kind().id()).containsOnly("signature-drift");
      assertThat(errors)
          .extracting(Finding::message)
          .anySatisfy(
              m ->
                  assertThat(m)
                      .contains("function score(integer)")
                      .contains("function score(integer, double precision)"));
      assertThat(errors)
          .extracting(Finding::message)
          .anySatisfy(m -> assertThat(m).contains("returns integer").contains("text"));
    }
  }

  @Nested
  class VersionsWithoutAFullInstallScript {
    @Test
    void areCheckedFromTheirInstallPath() {
      Check.Result r = Fixtures.check("clean-install-path", "1.1", null);
      assertThat(r.pairs())
          .singleElement()
          .satisfies(p -> assertThat(p.path()).containsExactly("1.1", "1.2"));
      assertThat(r.findings()).isEmpty();
    }
  }

  static List<Finding> errors(List<Finding> fs) {
    return fs.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }
}
