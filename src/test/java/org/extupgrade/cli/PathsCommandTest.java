package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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
      assertThat(root.get("versions").get(1).get("installPath").toString()).isEqualTo("[\"1.0\",\"1.1\"]");
    }

    @Test
    void markdownIsTheUpgradeTable() {
      Run r = run("paths", "examples/shop_audit", "--format", "markdown");
      assertThat(r.out())
          .contains("| From | To | Path | Status |\n|---|---|---|---|\n| 1.0 | 1.1 | `1.0--1.1` | direct |\n")
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
      assertThat(r.out()).contains("Example:").contains("extupgrade paths examples/shop_audit");
    }
  }

  @Nested
  class ExitCodes {
    @Test
    void errorsFailByDefault() {
      Run r = run("paths", LAYOUTS + "gap");
      assertThat(r.exit()).isEqualTo(Main.FINDINGS);
      assertThat(r.out()).contains("error [no-path-to-default] users on 1.0 cannot update to 1.2")
          .contains("fix: add gap--1.0--1.2.sql");
    }

    @Test
    void informationPassesUnlessAskedFor() {
      assertThat(run("paths", LAYOUTS + "cycle").exit()).isZero();
      assertThat(run("paths", LAYOUTS + "cycle", "--fail-on", "info").exit()).isEqualTo(Main.FINDINGS);
      assertThat(run("paths", LAYOUTS + "cycle", "--fail-on", "warning").exit()).isZero();
    }

    @Test
    void aBadFailOnValueIsAUsageError() {
      Run r = run("paths", LAYOUTS + "cycle", "--fail-on", "fatal");
      assertThat(r.exit()).isEqualTo(Main.USAGE);
      assertThat(r.err()).contains("--fail-on must be error, warning or info");
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
          "missing_directory     | md.control:4: the control file's directory \"nowhere\" does not exist",
          "duplicate_conflict    | conflicts with",
          "several               | several extensions here (alpha, beta)"
        })
    void isOneLineWithExitCodeTwo(String fixture, String expected) {
      Run r = run("paths", LAYOUTS + fixture);
      assertThat(r.exit()).isEqualTo(Main.USAGE);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).startsWith("extupgrade: ").contains(expected).doesNotContain("\tat ");
      assertThat(r.err().strip().lines()).hasSize(1);
    }
  }
}
