package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.extupgrade.report.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Every format on the fixtures, as golden files under {@code src/test/resources/formats} (rewrite
 * with {@code -Dgolden.update=true}, then review): {@code check} on a clean fixture and on one
 * fixture per finding kind it emits, {@code paths} on the example and on a layout with findings.
 * One run writes all six formats (repeated {@code --format}/{@code --output}); the SARIF is valid
 * SARIF 2.1.0, the JUnit XML is valid against Jenkins' JUnit schema, and the text file is the text
 * on standard output byte for byte.
 */
class FormatsGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/formats");
  static final Path CHECK = Path.of("src/test/resources/check");

  /** Each format and the golden file it is kept in. */
  static final List<String[]> FILES =
      List.of(
          new String[] {"text", "text.txt"},
          new String[] {"json", "report.json"},
          new String[] {"sarif", "report.sarif"},
          new String[] {"junit", "junit.xml"},
          new String[] {"github", "github.txt"},
          new String[] {"markdown", "summary.md"});

  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** clean-basic, and for each kind check emits the fixture named for it. */
  static List<String> checkFixtures() throws IOException {
    try (Stream<Path> s = Files.list(CHECK)) {
      List<String> kinds =
          s.map(p -> p.getFileName().toString())
              .filter(n -> !n.startsWith("clean-") && !n.contains("."))
              .sorted()
              .toList();
      List<String> out = new ArrayList<>(List.of("clean-basic"));
      out.addAll(kinds);
      return out;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkFixtures")
  void checkWritesEveryFormatAsItsGoldenFile(String fixture) throws Exception {
    String dir = CHECK.resolve(fixture).toString();
    Run plain = run("check", dir);
    Run all = runAll(GOLDEN.resolve("check").resolve(fixture), "check", dir);
    assertThat(all.exit()).isEqualTo(plain.exit());
    assertThat(read("text.txt")).as("text file = plain stdout").isEqualTo(plain.out());
  }

  static List<String> pathsLayouts() {
    return List.of("examples/shop_audit", "src/test/resources/layouts/gap");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pathsLayouts")
  void pathsWritesEveryFormatAsItsGoldenFile(String dir) throws Exception {
    Run plain = run("paths", dir);
    String name = Path.of(dir).getFileName().toString();
    Run all = runAll(GOLDEN.resolve("paths").resolve(name), "paths", dir);
    assertThat(all.exit()).isEqualTo(plain.exit());
    assertThat(read("text.txt")).isEqualTo(plain.out());
    assertThat(read("report.json")).isEqualTo(run("paths", dir, "--format", "json").out());
    assertThat(read("summary.md")).isEqualTo(run("paths", dir, "--format", "markdown").out());
  }

  @Test
  void checkJsonToAFileIsTheJsonOnStandardOutput() throws Exception {
    String dir = CHECK.resolve("signature-drift").toString();
    runAll(GOLDEN.resolve("check").resolve("signature-drift"), "check", dir);
    assertThat(read("report.json")).isEqualTo(run("check", dir, "--format", "json").out());
  }

  /**
   * Runs {@code command dir} writing every format to a file, compares each file with its golden one
   * and validates SARIF and JUnit.
   */
  Run runAll(Path golden, String command, String dir, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of(command, dir));
    args.addAll(List.of(more));
    for (String[] f : FILES) {
      args.addAll(List.of("--format", f[0], "--output", tmp.resolve(f[1]).toString()));
    }
    Run r = run(args.toArray(String[]::new));
    assertThat(r.out()).as("every format went to its file").isEmpty();
    for (String[] f : FILES) {
      String actual = read(f[1]);
      Path expected = golden.resolve(f[1]);
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(golden);
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
      }
      assertThat(actual).as(expected.toString()).isEqualTo(Files.readString(expected));
    }
    assertThat(Schemas.sarifErrors(read("report.sarif"))).isEmpty();
    JsonNode run = new ObjectMapper().readTree(read("report.sarif")).at("/runs/0");
    for (JsonNode result : run.get("results")) {
      assertThat(run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText())
          .as("ruleIndex points at the rule")
          .isEqualTo(result.get("ruleId").asText());
    }
    Document junit = Schemas.junit(read("junit.xml"));
    assertThat(Integer.parseInt(junit.getDocumentElement().getAttribute("failures")) > 0)
        .as("a testcase fails exactly when the command exits 1")
        .isEqualTo(r.exit() == Main.FINDINGS);
    return r;
  }

  private String read(String file) throws IOException {
    return Files.readString(tmp.resolve(file), StandardCharsets.UTF_8);
  }
}
