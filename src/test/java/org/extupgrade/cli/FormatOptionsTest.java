package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --format F [--output FILE]}, repeated: pairing, standard output, the step summary. */
class FormatOptionsTest {
  private static final String FIXTURE = "src/test/resources/check/missing-object";

  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
  }

  @Test
  void eachOutputBelongsToTheFormatBeforeItAndOneFormatMayUseStandardOutput() throws Exception {
    Path sarif = tmp.resolve("out.sarif");
    Path junit = tmp.resolve("junit.xml");
    int exit =
        run(
            "check",
            FIXTURE,
            "--format",
            "sarif",
            "--output",
            sarif.toString(),
            "--format",
            "junit",
            "--output",
            junit.toString(),
            "--format",
            "text");
    assertThat(exit).isEqualTo(Main.FINDINGS);
    assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"");
    assertThat(Files.readString(junit)).startsWith("<?xml");
    assertThat(out.toString()).startsWith("extupgrade check: fx,");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void twoFormatsOnStandardOutputAreAUsageError() {
    assertThat(run("check", FIXTURE, "--format", "sarif", "--format", "junit"))
        .isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("only one --format can go to standard output");
  }

  @Test
  void anOutputWithoutItsFormatIsAUsageError() {
    assertThat(run("check", FIXTURE, "--output", tmp.resolve("x").toString()))
        .isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("--format");
  }

  @Test
  void anUnknownFormatIsAUsageErrorListingTheFormats() {
    assertThat(run("check", FIXTURE, "--format", "pdf")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("text, json, sarif, junit, github, markdown, html");
  }

  @Test
  void aMissingFolderForTheOutputIsAUserError() {
    assertThat(
            run(
                "check",
                FIXTURE,
                "--format",
                "json",
                "--output",
                tmp.resolve("no/such/dir/x.json").toString()))
        .isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("no such directory");
  }

  @Test
  void githubAppendsTheMarkdownSummaryToTheStepSummaryFile() throws Exception {
    Path summary = tmp.resolve("summary.md");
    Files.writeString(summary, "before\n");
    CheckCommand check = new CheckCommand();
    check.formats.env = Map.of("GITHUB_STEP_SUMMARY", summary.toString());
    CommandLine cl = new CommandLine(check);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute(FIXTURE, "--format", "github")).isEqualTo(Main.FINDINGS);
    assertThat(out.toString())
        .startsWith("::error file=src/test/resources/check/missing-object/fx--0.1.3--0.2.0.sql,");
    assertThat(Files.readString(summary))
        .startsWith("before\n### extupgrade check: fx\n")
        .contains("<details>");
  }

  @Test
  void textIsColouredOnATerminalOnlyWithoutNoColor() {
    CheckCommand check = new CheckCommand();
    check.formats.terminal = true;
    check.formats.env = Map.of();
    CommandLine cl = new CommandLine(check);
    cl.setOut(new PrintWriter(out));
    cl.execute(FIXTURE);
    assertThat(out.toString()).contains("\u001b[1;31merror\u001b[0m");

    out.getBuffer().setLength(0);
    CheckCommand noColor = new CheckCommand();
    noColor.formats.terminal = true;
    noColor.formats.env = Map.of("NO_COLOR", "1");
    cl = new CommandLine(noColor);
    cl.setOut(new PrintWriter(out));
    cl.execute(FIXTURE);
    assertThat(out.toString()).doesNotContain("\u001b[");
  }
}
