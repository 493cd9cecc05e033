package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extupgrade verify} end to end, in-process, on the embedded PostgreSQL. */
class VerifyCommandTest {
  static final String FIXTURES = "src/test/resources/verify/";

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Nested
  class OnTheExamples {
    @Test
    void theExampleBugIsReportedWithTheEmbeddedDefault() {
      Run r = run("verify", "examples/shop_audit");
      assertThat(r.exit()).isEqualTo(Main.FINDINGS);
      assertThat(r.out())
          .startsWith("extupgrade verify: shop_audit, 3 upgrades checked: 0 clean, 3 with errors")
          .contains("PostgreSQL 18, target 2.0: ")
          .contains(
              "examples/shop_audit/shop_audit--1.2--2.0.sql: 1 error, 1 warning, 0 info\n"
                  + "  error missing-object: a fresh install has function"
                  + " public.purge_audit_log(interval)")
          .contains("affects: 1.0 -> 2.0, 1.1 -> 2.0, 1.2 -> 2.0");
    }

    @Test
    void theCleanTwinPassesOnPostgres13() {
      // Its DROP FUNCTION audit_count(text) is a true dependents warning: the next test.
      Run r = run("verify", "examples/shop_audit_clean", "--pg", "13", "--skip", "dependents");
      assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Main.OK);
      assertThat(r.out())
          .contains("3 upgrades checked: 3 clean, 0 with errors or warnings")
          .contains("PostgreSQL 13, target 2.0: 3 scenarios run")
          .contains("2 upgrades not run whole (made only of clean scripts")
          .contains("0 errors, 0 warnings, 0 info");
    }

    @Test
    void theCleanTwinsSignatureChangeWouldStopAUsersViewAWarningThatPasses() {
      Run r = run("verify", "examples/shop_audit_clean", "--pg", "13", "--verbose");
      assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Main.OK);
      assertThat(r.out())
          .contains("warning update-blocked-by-dependents: the update from 1.2 to 2.0 cannot run")
          .contains("cannot drop function audit_count(text)")
          .contains("0 errors, 1 warning, 0 info");
      // times go to standard error: the report is the same bytes from run to run
      assertThat(r.out()).doesNotContain("scenario times");
      assertThat(r.err()).contains("PostgreSQL 13: scenario times (summed over clusters): parity ");
    }

    @Test
    void scenariosRunningAtOnceShareNoRoles() {
      // Every scenario creates the role; one recreates it. On one shared cluster a DROP ROLE
      // meets the grants of the scenarios running beside it; on clusters of their own it cannot.
      Run r = run("verify", FIXTURES + "vf_clean_roles", "--jobs", "2");
      assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Main.OK);
      assertThat(r.out()).contains("0 errors, 0 warnings");
    }

    @Test
    void jsonOutputIsTheSharedReportShape() throws Exception {
      Run r = run("verify", FIXTURES + "vf_missing_function", "--format", "json");
      assertThat(r.exit()).isEqualTo(Main.FINDINGS);
      JsonNode root = new ObjectMapper().readTree(r.out());
      assertThat(root.path("command").asText()).isEqualTo("verify");
      JsonNode f = root.path("groups").get(0).path("findings").get(0);
      assertThat(f.path("kind").asText()).isEqualTo("missing-object");
      assertThat(f.path("object").asText()).isEqualTo("function public.f2()");
    }
  }

  @Nested
  class EveryMajor {
    @Test
    void pgAllRunsEveryMajorAndSummarizesWhichFail() throws Exception {
      Run r = run("verify", FIXTURES + "vf_missing_function", "--pg", "all", "--format", "json");
      assertThat(r.exit()).as(r.err()).isEqualTo(Main.FINDINGS);
      JsonNode root = new ObjectMapper().readTree(r.out());
      assertThat(root.path("majorsWithFindings").toString()).isEqualTo("[13,14,15,16,17,18]");
      assertThat(root.path("majors")).hasSize(6);
      for (JsonNode m : root.path("majors")) {
        assertThat(
                m.path("report")
                    .path("groups")
                    .get(0)
                    .path("findings")
                    .get(0)
                    .path("object")
                    .asText())
            .isEqualTo("function public.f2()");
      }
    }

    @Test
    void pgAllInTextShowsAFindingEveryMajorHasOnce() {
      Run r = run("verify", FIXTURES + "vf_missing_function", "--pg", "all");
      assertThat(r.exit()).as(r.err()).isEqualTo(Main.FINDINGS);
      assertThat(r.out().lines().filter(l -> l.startsWith("  error missing-object:")).count())
          .isEqualTo(1);
      assertThat(r.out()).contains("PostgreSQL 13, target").contains("PostgreSQL 18, target");
      assertThat(r.out()).contains("majors with findings: 13, 14, 15, 16, 17, 18");
    }
  }

  @Nested
  class ScriptsThatFail {
    @Test
    void aSyntaxErrorIsAFindingWithFileAndLine() {
      Run r = run("verify", FIXTURES + "vf_syntax_error");
      assertThat(r.exit()).isEqualTo(Main.FINDINGS);
      assertThat(r.out())
          .contains("error update-fails")
          .contains("vf_syntax_error--1.0--1.1.sql:4")
          .contains("SQLSTATE 42601: syntax error at or near \"int\"");
    }

    @Test
    void aScriptThatNeverEndsIsATimeoutFindingNotAHang() {
      Run r = run("verify", FIXTURES + "vf_never_ends", "--timeout", "1s");
      assertThat(r.exit()).isEqualTo(Main.FINDINGS);
      assertThat(r.out()).contains("error script-timeout").contains("SQLSTATE 57014");
    }
  }

  @Nested
  class BadInput {
    @Test
    void aVersionThatCannotBeInstalledIsAnInputError() {
      Run r = run("verify", FIXTURES + "vf_clean_two_versions", "--to", "9.9");
      assertThat(r.exit()).isEqualTo(Main.USAGE);
      assertThat(r.err().strip())
          .isEqualTo(
              "extupgrade: version \"9.9\" of extension \"vf_clean_two_versions\" cannot be"
                  + " installed; available: 1.0, 1.1");
    }

    @Test
    void anUnknownFromVersionIsAnInputError() {
      Run r = run("verify", FIXTURES + "vf_clean_two_versions", "--from", "0.1");
      assertThat(r.exit()).isEqualTo(Main.USAGE);
      assertThat(r.err()).contains("--from 0.1: no such installable version");
    }

    @Test
    void aBadTimeoutIsRefusedBeforeAnythingStarts() {
      Run r = run("verify", FIXTURES + "vf_clean_two_versions", "--timeout", "soon");
      assertThat(r.exit()).isEqualTo(Main.USAGE);
      assertThat(r.err()).contains("--timeout must be a positive duration");
    }

    @Test
    void aDefaultVersionWithoutAScriptIsAnErrorAtTheControlFileLine() {
      Run r = run("verify", "src/test/resources/check-bad/default-without-script");
      assertThat(r.exit()).isEqualTo(Main.USAGE);
      assertThat(r.err())
          .contains("default-without-script/fx.control:2: version \"2.0\" of extension \"fx\"");
    }

    @Test
    void aTimeoutBeyondPostgresRangeAndZeroJobsAreRefusedBeforeAnythingStarts() {
      Run big = run("verify", FIXTURES + "vf_clean_two_versions", "--timeout", "999999999h");
      assertThat(big.exit()).isEqualTo(Main.USAGE);
      assertThat(big.err()).contains("beyond PostgreSQL's statement_timeout");
      Run none = run("verify", FIXTURES + "vf_clean_two_versions", "--jobs", "0");
      assertThat(none.exit()).isEqualTo(Main.USAGE);
      assertThat(none.err()).contains("--jobs must be between 1 and 16, not 0");
    }

    @Test
    void anUnknownMajorSaysWhichOnesExist() {
      Run r = run("verify", FIXTURES + "vf_clean_two_versions", "--pg", "12");
      assertThat(r.exit()).isEqualTo(Main.USAGE);
      assertThat(r.err()).contains("13..18");
      Run word = run("verify", FIXTURES + "vf_clean_two_versions", "--pg", "latest");
      assertThat(word.exit()).isEqualTo(Main.USAGE);
      assertThat(word.err()).contains("--pg must be a major (13..18) or 'all'");
    }

    @Test
    void missingBinariesWithNoNetworkSayHowToGetThem(@TempDir Path tmp) throws Exception {
      // A separate JVM: an empty cache and Maven repository, downloads forbidden.
      ProcessBuilder pb =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-cp",
              System.getProperty("java.class.path"),
              "-Dmaven.repo.local=" + tmp.resolve("repo"),
              Main.class.getName(),
              "verify",
              FIXTURES + "vf_clean_two_versions",
              "--pg",
              "15");
      pb.environment().put("EXTUPGRADE_CACHE", tmp.resolve("cache").toString());
      pb.environment().put("EXTUPGRADE_OFFLINE", "1");
      pb.redirectErrorStream(true);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(out).isEqualTo(Main.USAGE);
      assertThat(out.lines().filter(l -> l.startsWith("extupgrade: ")).toList())
          .singleElement()
          .satisfies(l -> assertThat(l).contains("PostgreSQL 15 binaries").contains("--pg-bindir"));
      assertThat(out).doesNotContain("Exception");
    }

    @Test
    void anExtensionWhoseModuleIsNotStagedSaysToStageItWhenStubsAreOff() {
      Run r = run("verify", "src/test/resources/verify-input/needs_library", "--no-stubs");
      assertThat(r.exit()).isEqualTo(Main.USAGE);
      assertThat(r.err().lines().toList())
          .singleElement()
          .satisfies(
              l ->
                  assertThat(l)
                      .startsWith("extupgrade: cannot install needs_library 1.0 on PostgreSQL 18: ")
                      .contains("could not access file")
                      .endsWith(
                          "(stage the compiled module with --library FILE, or drop --no-stubs)"));
    }

    @Test
    void anExtensionWhoseModuleIsNotStagedRunsInStubModeByDefault() {
      Run r = run("verify", "src/test/resources/verify-input/needs_library");
      assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
      assertThat(r.out())
          .startsWith("stub mode (PostgreSQL 18): 1 C function definition in 1 script rewritten")
          .contains("not checked: what the C code does");
    }

    @Test
    void aMissingLibraryFileIsAnInputError() {
      Run r = run("verify", FIXTURES + "vf_clean_two_versions", "--library", "no/such.so");
      assertThat(r.exit()).isEqualTo(Main.USAGE);
      assertThat(r.err().strip()).isEqualTo("extupgrade: --library no/such.so: no such file");
    }
  }
}
