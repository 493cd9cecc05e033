package org.extupgrade.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per lint rule under {@code src/test/resources/lint/RULE}: {@code bad/} yields the
 * findings in {@code bad/expected.txt} (rewrite with {@code -Dgolden.update=true}, then review),
 * its own rule among them; {@code clean/}, its twin without the defect, yields no lint finding.
 */
class LintFixturesTest {
  static final Path ROOT = Path.of("src/test/resources/lint");

  static List<String> rules() throws IOException {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static List<Finding> lint(Path dir) {
    Extension ext = ExtensionLoader.load(dir, null, List.of());
    return Lint.run(ext, s -> ScriptText.read(ext, s));
  }

  /** {@code warning create-or-replace lx--1.0.sql:2:1 function lx_answer}. */
  static String render(List<Finding> fs) {
    return fs.stream()
        .map(
            f ->
                f.severity().label()
                    + " "
                    + f.kind()
                    + " "
                    + f.where().file().getFileName()
                    + ":"
                    + f.where().line()
                    + ":"
                    + f.where().column()
                    + " "
                    + (f.object().isEmpty() ? "-" : f.object())
                    + "\n    "
                    + f.message()
                    + "\n    fix: "
                    + f.suggestion())
        .collect(Collectors.joining("\n", "", "\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void aBadFixtureYieldsExactlyItsExpectedFindings(String rule) throws IOException {
    Path dir = ROOT.resolve(rule).resolve("bad");
    List<Finding> fs = lint(dir);
    String actual = render(fs);
    Path expected = dir.resolve("expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    assertThat(fs).extracting(f -> f.kind().id()).as("the fixture shows its rule").contains(rule);
    assertThat(fs).allSatisfy(f -> assertThat(f.suggestion()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void itsCleanTwinYieldsNoLintFinding(String rule) {
    List<Finding> fs = lint(ROOT.resolve(rule).resolve("clean"));
    assertThat(fs).as(fs.isEmpty() ? "" : render(fs)).isEmpty();
  }

  @Test
  void everyLintRuleHasAFixture() throws IOException {
    assertThat(rules())
        .containsExactlyInAnyOrderElementsOf(Lint.KINDS.stream().map(FindingKind::id).toList());
  }
}
