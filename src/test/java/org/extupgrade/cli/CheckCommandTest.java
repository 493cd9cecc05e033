package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code extupgrade check} run in-process: output, formats and exit codes. */
class CheckCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
  }

  private static final String FIXTURES = "src/test/resources/check/";

  @Nested
  class OnTheExample {
    @Test
    void showsTheDeliberateBugAndExitsOne() {
      assertThat(run("check", "examples/shop_audit")).isEqualTo(Main.FINDINGS);
      assertThat(out.toString())
          .contains("examples/shop_audit/shop_audit--1.2--2.0.sql: 1 error")
          .contains(
              "error missing-object: function purge_audit_log(interval) is missing after upgrade 1.2 -> 2.0")
          .contains("affects: 1.0 -> 2.0, 1.2 -> 2.0")
          .contains("CREATE OR REPLACE FUNCTION purge_audit_log(");
      assertThat(err.toString()).isEmpty();
    }

    @Test
    void passesOnTheCleanTwin() {
      assertThat(run("check", "examples/shop_audit_clean")).isEqualTo(Main.OK);
      assertThat(out.toString())
          .contains("1 upgrade checked: 1 clean, 0 with errors or warnings")
          .contains("0 errors, 0 warnings");
    }
  }

  @Nested
  class ExitCodes {
    @Test
    void warningsPassByDefaultAndFailWithFailOnWarning() {
      assertThat(run("check", FIXTURES + "column-order-drift")).isEqualTo(Main.OK);
      assertThat(run("check", FIXTURES + "column-order-drift", "--fail-on", "warning"))
          .isEqualTo(Main.FINDINGS);
    }

    @Test
    void aPolicyFileAcceptsAKnownFindingAndReportsAnAcceptanceThatMatchesNothing() {
      assertThat(run("check", "src/test/resources/policy/accepted")).isEqualTo(Main.FINDINGS);
      assertThat(out.toString())
          .contains("error leftover-object: function total(integer)")
          .contains("warning accepted-unused: this acceptance matches no finding any more")
          .contains("extupgrade.toml:7")
          .doesNotContain("error leftover-object: table old_cache");
      out.getBuffer().setLength(0);
      assertThat(run("check", "src/test/resources/policy/accepted", "--verbose"))
          .isEqualTo(Main.FINDINGS);
      assertThat(out.toString())
          .contains(
              "info leftover-object: table old_cache is left over after upgrade 1.0 -> 1.1 (not in"
                  + " the full install of 1.1) [accepted in extupgrade.toml: kept on purpose: 1.2"
                  + " drops it after users migrate]");
    }

    @Test
    void aDefaultVersionWithoutAScriptIsAnInputErrorAtItsControlFileLine() {
      assertThat(run("check", "src/test/resources/check-bad/default-without-script"))
          .isEqualTo(Main.USAGE);
      assertThat(err.toString().lines())
          .singleElement()
          .asString()
          .endsWith(
              "default-without-script/fx.control:2: default_version 2.0 has no script (known"
                  + " versions: 1.0)");
    }

    @Test
    void anUpgradePostgresCannotMakeIsAnError() {
      assertThat(run("check", FIXTURES + "no-update-path", "--from", "1.0", "--to", "1.1"))
          .isEqualTo(Main.FINDINGS);
      assertThat(out.toString())
          .contains("error no-update-path: PostgreSQL has no update path from 1.0 to 1.1");
    }

    @Test
    void leftoverObjectsAreErrorsLikeEveryDifferenceFromAFreshInstall() {
      assertThat(run("check", FIXTURES + "leftover-object")).isEqualTo(Main.FINDINGS);
    }

    @Test
    void infoFindingsFailOnlyWithFailOnInfo() {
      // (blind-spot's script also concatenates an unquoted name into EXECUTE: a lint warning)
      assertThat(run("check", FIXTURES + "requires-external", "--fail-on", "warning"))
          .isEqualTo(Main.OK);
      assertThat(run("check", FIXTURES + "requires-external", "--fail-on", "info"))
          .isEqualTo(Main.FINDINGS);
    }

    @Test
    void anUnknownVersionIsAUsageErrorOnOneLine() {
      assertThat(run("check", FIXTURES + "clean-basic", "--from", "9.9")).isEqualTo(Main.USAGE);
      assertThat(err.toString().lines())
          .singleElement()
          .asString()
          .startsWith("extupgrade: --from: no script of fx has version 9.9");
    }

    @Test
    void aBadFailOnValueIsAUsageError() {
      assertThat(run("check", FIXTURES + "clean-basic", "--fail-on", "fatal"))
          .isEqualTo(Main.USAGE);
      assertThat(err.toString())
          .contains("--fail-on", "must be error, warning or info, not 'fatal'");
    }

    @Test
    void anUnterminatedStringIsAFindingAtItsOpeningNotAnInputError() {
      assertThat(run("check", "src/test/resources/check-bad/unterminated"))
          .isEqualTo(Main.FINDINGS);
      assertThat(err.toString()).isEmpty();
      assertThat(out.toString())
          .contains("error script-syntax: the script cannot be read")
          .contains("fx--1.1.sql:2:23");
    }
  }

  @Nested
  class Json {
    @Test
    void hasTheDocumentedShapeAndTheSameBytesEveryRun() throws Exception {
      assertThat(run("check", FIXTURES + "signature-drift", "--format", "json"))
          .isEqualTo(Main.FINDINGS);
      String first = out.toString();
      JsonNode root = new ObjectMapper().readTree(first);
      assertThat(root.get("format").asInt()).isEqualTo(2);
      assertThat(root.get("command").asText()).isEqualTo("check");
      assertThat(root.get("extension").asText()).isEqualTo("fx");
      assertThat(root.get("summary").get("error").asInt()).isEqualTo(2);
      JsonNode group = root.get("groups").get(0);
      assertThat(group.get("from").asText()).isEqualTo("1.0");
      assertThat(group.get("path").toString()).isEqualTo("[\"1.0\",\"1.1\"]");
      JsonNode f = group.get("findings").get(0);
      assertThat(f.get("kind").asText()).isEqualTo("signature-drift");
      assertThat(f.get("where").get("file").asText()).endsWith("fx--1.0--1.1.sql");
      assertThat(f.get("suggestion").asText())
          .startsWith("DROP FUNCTION IF EXISTS score(integer);");

      out.getBuffer().setLength(0);
      run("check", FIXTURES + "signature-drift", "--format", "json");
      assertThat(out.toString()).isEqualTo(first);
    }
  }

  @Test
  void helpShowsAnExample() {
    assertThat(run("check", "--help")).isEqualTo(Main.OK);
    assertThat(out.toString())
        .contains("extupgrade check examples/shop_audit")
        .contains("--fail-on");
  }
}
