package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.extupgrade.cli.VerifyCommandTest.Run;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extupgrade draft} end to end, in-process. */
class DraftCommandTest {
  static Run run(String... args) {
    return VerifyCommandTest.run(args);
  }

  @Nested
  class OnTheExample {
    @Test
    void theDraftOfTheBuggyEdgeIsTheMissingFunctionAsTheFullInstallWritesIt() throws IOException {
      Run r = run("draft", "examples/shop_audit", "--from", "1.2");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out())
          .startsWith(
              "\n-- Drafted by extupgrade draft: what shop_audit--1.2--2.0.sql left different"
                  + " from the full install of 2.0.\n\n-- new in 2.0\n"
                  + "CREATE OR REPLACE FUNCTION purge_audit_log(p_older_than interval)\n")
          .contains(
              "    GET DIAGNOSTICS n = ROW_COUNT;\n" + "    RETURN n;\n" + "END;\n" + "$$;\n");
    }

    @Test
    void withoutAnUpdateScriptTheDraftIsANewScriptWithTheLoadGuard(@TempDir Path tmp)
        throws IOException {
      Path dir = copy(Path.of("examples/shop_audit"), tmp.resolve("shop_audit"));
      Run r = run("draft", dir.toString(), "--from", "1.0", "--append");
      assertThat(r.exit()).as(r.err()).isZero();
      String script = Files.readString(dir.resolve("shop_audit--1.0--2.0.sql"));
      assertThat(script)
          .contains("\\echo Use \"ALTER EXTENSION shop_audit UPDATE TO '2.0'\" to load this file.")
          .contains("ALTER TYPE audit_action ADD VALUE IF NOT EXISTS 'truncate' AFTER 'delete';")
          .contains("ADD COLUMN IF NOT EXISTS actor text DEFAULT current_user NOT NULL")
          .contains("CREATE OR REPLACE FUNCTION purge_audit_log(p_older_than interval)");
      assertThat(run("check", dir.toString(), "--from", "1.0").out()).contains("0 errors");
    }

    @Test
    void unknownVersionsAreAnInputError() {
      Run r = run("draft", "examples/shop_audit", "--from", "0.9");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("0.9");
    }
  }

  /** Slow: two upgrades on the embedded PostgreSQL. */
  @Nested
  class LiveRoundTrip {
    @Test
    void theDraftsAppliedToTheExampleMakeVerifyClean(@TempDir Path tmp) throws IOException {
      Path dir = copy(Path.of("examples/shop_audit"), tmp.resolve("shop_audit"));
      assertThat(run("draft", dir.toString(), "--from", "1.2", "--append").exit()).isZero();
      assertThat(run("draft", dir.toString(), "--from", "1.0", "--append").exit()).isZero();
      // the draft closes parity; users' views over audit_count(text) are another matter (the
      // dependents scenario's true warning on the example, which no draft removes)
      Run v = run("verify", dir.toString(), "--skip", "dependents");
      assertThat(v.exit()).as(v.out() + v.err()).isZero();
      assertThat(v.out())
          .startsWith("extupgrade verify: shop_audit, 3 upgrades checked: 3 clean, 0 with errors")
          .contains("0 errors, 0 warnings");
    }

    @Test
    void aDraftOfEveryKindOfChangeRunsOnPostgresAndLeavesOnlyItsTodo(@TempDir Path tmp)
        throws IOException {
      Path dir = copy(Path.of("src/test/resources/draft/every-change"), tmp.resolve("lv"));
      Run d = run("draft", dir.toString(), "--from", "1.0", "--append");
      assertThat(d.exit()).isEqualTo(1);
      assertThat(d.err())
          .contains("todo: table t: the default of column m is a label this script adds");
      Run v = run("verify", dir.toString(), "--skip", "dependents");
      assertThat(v.out())
          .contains("1 error, 0 warnings, 0 info")
          .contains(
              "error definition-drift: table column public.t.m differs in definition between a"
                  + " fresh install and the upgrade along 1.0--2.0 (default)")
          .doesNotContain("update-fails");
    }
  }

  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
    return to;
  }
}
