package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code verify --stubs / --no-stubs} and how stub mode shows in the output, on PostgreSQL 18. */
class VerifyStubOptionsTest {
  static final String STUBS = "src/test/resources/stubs/";

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void aPgrxExtensionWithoutItsLibraryIsVerifiedInStubModeAndSaysSo() {
    Run r = run("verify", STUBS + "pgx");
    assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out().lines().limit(2).toList())
        .containsExactly(
            "stub mode (PostgreSQL 18): 22 C function definitions in 3 scripts rewritten (14"
                + " do-nothing PL/pgSQL, 4 built-in of the same storage, 4 that fail when called)",
            "  not checked: what the C code does, whether its symbols exist in the library (use"
                + " --library), the real I/O of base types");
    assertThat(r.out()).contains("1 upgrade checked: 1 clean, 0 with errors or warnings");
  }

  @Test
  void aForgottenFunctionFailsTheRunInStubMode() {
    Run r = run("verify", STUBS + "pgx-missing");
    assertThat(r.exit()).isEqualTo(Main.FINDINGS);
    assertThat(r.out()).contains("error missing-object: a fresh install has function pgx.add_two");
  }

  @Test
  void withJsonTheNoteGoesToStderrAndStdoutStaysOneDocument() throws Exception {
    Run r = run("verify", STUBS + "pgx-symbol", "--format", "json");
    assertThat(r.exit()).isEqualTo(Main.FINDINGS);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("command").asText()).isEqualTo("verify");
    assertThat(r.out()).contains("extupgrade.c_symbol=$libdir/pgx:add_two_v2_wrapper");
    assertThat(r.err()).startsWith("stub mode (PostgreSQL 18): ");
  }

  @Test
  void noStubsMakesAMissingLibraryAnInputError() {
    Run r = run("verify", STUBS + "pgx", "--no-stubs");
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("could not access file").contains("drop --no-stubs");
  }

  @Test
  void aLibraryShippedWithPostgresqlNeedsNoStubsButStubsForcesThem() {
    Run off = run("verify", STUBS + "shipped");
    assertThat(off.exit()).as(off.err()).isEqualTo(Main.OK);
    assertThat(off.out()).doesNotContain("stub mode");
    Run on = run("verify", STUBS + "shipped", "--stubs");
    assertThat(on.exit()).as(on.err()).isEqualTo(Main.OK);
    assertThat(on.out())
        .startsWith(
            "stub mode (PostgreSQL 18): 1 C function definition in 1 script rewritten (0 do-nothing"
                + " PL/pgSQL, 0 built-in of the same storage, 1 that fail when called)");
  }

  @Test
  void automaticStubModeRewritesOnlyTheFunctionsOfAMissingModule() {
    Run r = run("verify", STUBS + "mixed");
    assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out())
        .startsWith(
            "stub mode (PostgreSQL 18): 1 C function definition in 1 script rewritten (1"
                + " do-nothing PL/pgSQL, 0 built-in of the same storage, 0 that fail when called)");
  }
}
