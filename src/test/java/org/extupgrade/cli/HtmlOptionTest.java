package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format html --output FILE}: the HTML report beside the usual output. */
class HtmlOptionTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path dir;

  private int run(String... args) {
    return new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
  }

  @Test
  void checkWritesThePageAndStillPrintsItsReport() throws Exception {
    Path page = dir.resolve("report.html");
    assertThat(
            run(
                "check",
                "src/test/resources/report/graph",
                "--format",
                "html",
                "--output",
                page.toString(),
                "--format",
                "text"))
        .isEqualTo(Main.FINDINGS);
    assertThat(Files.readString(page))
        .startsWith("<!DOCTYPE html>")
        .contains("<title>extupgrade check: gx</title>")
        .contains("<svg");
    assertThat(out.toString()).contains("extupgrade check: gx, 3 upgrades checked");
  }

  @Test
  void verifyWritesOnePageWithItsMajor() throws Exception {
    Path page = dir.resolve("verify.html");
    assertThat(
            run("verify", "examples/shop_audit", "--format", "html", "--output", page.toString()))
        .isEqualTo(Main.FINDINGS);
    assertThat(Files.readString(page))
        .contains("<title>extupgrade verify: shop_audit</title>")
        .contains("checked> PostgreSQL 18</label>")
        .contains("purge_audit_log");
  }

  @Test
  void pathsDrawsTheGraphToo() throws Exception {
    Path page = dir.resolve("paths.html");
    assertThat(run("paths", "examples/shop_audit", "--format", "html", "--output", page.toString()))
        .isEqualTo(Main.OK);
    assertThat(Files.readString(page)).contains("<svg").contains("class=\"node");
  }

  @Test
  void isInTheHelp() {
    run("check", "--help");
    assertThat(out.toString()).contains("markdown, html");
  }

  @Test
  void aFileThatCannotBeWrittenIsAUserError() {
    Path page = dir.resolve("no-such-dir").resolve("report.html");
    assertThat(
            run(
                "check",
                "src/test/resources/report/graph",
                "--format",
                "html",
                "--output",
                page.toString()))
        .isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("report.html");
  }
}
