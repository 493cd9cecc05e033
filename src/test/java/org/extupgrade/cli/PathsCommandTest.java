package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathsCommandTest {
  private static final String LAYOUTS = "src/test/resources/layouts/";

  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Nested
  class Output {
    @Test
    void textShowsThePathsToDefaultVersion() {
      Run r = run("paths", "examples/shop_audit");
      assertThat(r.exit()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out())
          .startsWith("shop_audit: 4 versions, 2 with an install script, default_version 2.0\n")
          .contains("  1.0 -> 2.0  1.0--1.1--1.2--2.0  (3 scripts)\n")
          .contains("  1.2 -> 2.0  1.2--2.0  (1 script)\n")
          .endsWith("0 errors, 0 warnings, 0 info\n");
    }

    @Test
    void aRequiredExtensionPostgresDoesNotShipIsANoteAtTheRequiresLine() {
      Run r = run("paths", "src/test/resources/check/requires-external");
      assertThat(r.exit()).isZero();
      assertThat(r.out())
          .contains("requires-external")
          .contains("fx.control:4")
          .contains("requires names fx_helper, which PostgreSQL does not ship")
          .doesNotContain("requires names pgcrypto")
          .endsWith("0 errors, 0 warnings, 1 info\n");
    }

    @Test
    void textWithAllListsEveryPairThatHasAPath() {
      Run r = run("paths", "examples/shop_audit", "--all");
      assertThat(r.out()).contains("  1.0 -> 1.1  1.0--1.1  (1 script)").contains("1.1 -> 1.2");
    }

    @Test
    void jsonHoldsTheWholeMatrix() throws Exception {
      Run r = run("paths", "examples/shop_audit", "--format", "json");
      JsonNode root = new ObjectMapper().readTree(r.out());
      assertThat(root.get("extension").asText()).isEqualTo("shop_audit");
      assertThat(root.get("paths")).hasSize(12);
      assertThat(root.get("paths").get(2).get("path").asText()).isEqualTo("1.0--1.1--1.2--2.0");
      assertThat(root.get("paths").get(3).get("path").isNull()).isTrue();
      assertThat(root.get("versions").get(1).get("installPath").toString())
          .isEqualTo("[\"1.0\",\"1.1\"]");
    }

    @Test
    void markdownIsTheUpgradeTable() {
      Run r = run("paths", "examples/shop_audit", "--format", "markdown");
      assertThat(r.out())
          .contains(
              "| From | To | Path | Status |\n|---|---|---|---|\n| 1.0 | 1.1 | `1.0--1.1` | direct |\n")
          .contains("| 1.0 | 2.0 | `1.0--1.1--1.2--2.0` | 3 scripts |");
    }

    @Test
    void markdownMarksDowngradesAndMissingPaths() {
      Run r = run("paths", LAYOUTS + "cycle", "--format", "markdown");
      assertThat(r.out()).contains("| 1.1 | 1.0 | `1.1--1.0` | direct (downgrade) |");
      Run gap = run("paths", LAYOUTS + "gap", "--format", "markdown");
      assertThat(gap.out()).contains("| 1.0 | 1.2 |  | no path |");
    }

    @Test
    void sameInputGivesByteIdenticalOutput() {
      assertThat(run("paths", LAYOUTS + "ties", "--format", "json").out())
          .isEqualTo(run("paths", LAYOUTS + "ties", "--format", "json").out());
    }

    @Test
    void helpShowsAnExample() {
      Run r = run("paths", "--help");
      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains("Examples:").contains("extupgrade paths examples/shop_audit");
    }
  }

  @Nested
  class Notes {
    @Test
    void sayWhichScriptsMakeBuiltOnStandardError() {
      Run r = run("paths", LAYOUTS + "make_built");
      assertThat(r.exit()).isZero();
      assertThat(r.err())
          .isEqualTo(
              "note: scripts built with `make` against the PGXS of PostgreSQL 18.1:"
                  + " mkext--1.1.sql\n");
      assertThat(r.out()).contains("mkext: 2 versions, 2 with an install script");
    }

    @Test
    void sayWhereScriptsAreReadWhenDirectoryNamesAnInstallLocation() {
      Run r = run("paths", LAYOUTS + "install_directory");
      assertThat(r.exit()).isZero();
      assertThat(r.err())
          .contains("instdir.control:4: directory = 'instdir' is an install location");
    }
  }

  @Nested
  class ExitCodes {
    @Test
    void errorsFailByDefault() {
      Run r = run("paths", LAYOUTS + "gap");
      assertThat(r.exit()).isEqualTo(Main.FINDINGS);
      assertThat(r.out())
          .contains("error [no-path-to-default] users on 1.0 cannot update to 1.2")
          .contains("fix: add gap--1.0--1.2.sql");
    }

    @Test
    void informationPassesUnlessAskedFor() {
      assertThat(run("paths", LAYOUTS + "cycle").exit()).isZero();
      assertThat(run("paths", LAYOUTS + "cycle", "--fail-on", "info").exit())
          .isEqualTo(Main.FINDINGS);
      assertThat(run("paths", LAYOUTS + "cycle", "--fail-on", "warning").exit()).isZero();
    }

    @Test
    void aBadFailOnValueIsAUsageError() {
      Run r = run("paths", LAYOUTS + "cycle", "--fail-on", "fatal");
      assertThat(r.exit()).isEqualTo(Main.USAGE);
      assertThat(r.err()).contains("--fail-on", "must be error, warning or info, not 'fatal'");
    }
  }

  @Nested
  class Confirm {
    @Test
    void asksTheEmbeddedPostgresByDefault() {
      Run r = run("paths", "examples/shop_audit", "--confirm");
      assertThat(r.exit()).isZero();
      assertThat(r.out())
          .endsWith(
              "Confirmed by PostgreSQL 18.1: pg_extension_update_paths() agrees on all 12 pairs.\n");
    }

    @Test
    void asksALocalInstallationAndKeepsJsonClean() throws Exception {
      org.junit.jupiter.api.Assumptions.assumeTrue(
          java.nio.file.Files.isExecutable(
              java.nio.file.Path.of("/usr/lib/postgresql/15/bin/postgres")),
          "Debian's PostgreSQL 15 is installed");
      Run r =
          run(
              "paths",
              LAYOUTS + "ties",
              "--confirm",
              "--pg-bindir",
              "/usr/lib/postgresql/15/bin",
              "--format",
              "json");
      assertThat(r.exit()).isEqualTo(Main.FINDINGS); // ties has versions without a path to 3.0
      assertThat(new ObjectMapper().readTree(r.out()).get("paths")).hasSize(42);
      assertThat(r.err())
          .startsWith("Confirmed by PostgreSQL 15.")
          .contains("agrees on all 42 pairs");
    }

    @Test
    void anUnknownMajorIsAUsageError() {
      Run r = run("paths", "examples/shop_audit", "--confirm", "--pg", "12");
      assertThat(r.exit()).isEqualTo(Main.USAGE);
      assertThat(r.err()).startsWith("extupgrade: unknown PostgreSQL major 12");
    }
  }

  @Nested
  class BadInput {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "no_control            | no_control: no control file (*.control) in this folder",
          "does_not_exist        | does_not_exist: no such directory",
          "bad_syntax            | badsyn.control:2: syntax error in control file, near token \".1\"",
          "bad_unknown_key       | unk.control:2: unrecognized parameter \"versoin\"",
          "bad_boolean           | bb.control:2: parameter \"relocatable\" requires a Boolean value",
          "bad_version_name      | bvn--1.0---1.1.sql: invalid version name \"-1.1\"",
          "duplicate_conflict    | conflicts with",
          "several               | several extensions here (alpha, beta)"
        })
    void isOneLineWithExitCodeTwo(String fixture, String expected) {
      assertOneLineError(run("paths", LAYOUTS + fixture), expected);
    }

    private static void assertOneLineError(Run r, String expected) {
      assertThat(r.exit()).isEqualTo(Main.USAGE);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).startsWith("extupgrade: ").contains(expected).doesNotContain("\tat ");
      assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void aTruncatedGzipArchiveIsOneLine(@TempDir Path dir) throws Exception {
      Files.writeString(dir.resolve("t.control"), "default_version = '1.0'\n");
      Path gz = dir.resolve("t--1.0.sql.gz");
      try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
        out.write("SELECT 1;\n".repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      byte[] b = Files.readAllBytes(gz);
      Files.write(gz, java.util.Arrays.copyOf(b, b.length - 12));
      assertOneLineError(run("paths", dir.toString()), "t--1.0.sql.gz: truncated gzip file");
    }

    @Test
    void anUnreadableScriptIsOneLine(@TempDir Path dir) throws Exception {
      Files.writeString(dir.resolve("u.control"), "default_version = '1.0'\n");
      Files.createSymbolicLink(dir.resolve("u--1.0.sql"), dir.resolve("missing.sql"));
      assertOneLineError(run("paths", dir.toString()), "u--1.0.sql: cannot read script");
    }

    @Test
    void aMissingScriptsFolderIsOneLine() {
      assertOneLineError(
          run("paths", "examples/shop_audit", "--scripts", "no/such/folder"),
          "no/such/folder: --scripts folder does not exist");
    }
  }
}
