package org.extupgrade.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.extupgrade.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Baselines from release tags and frozen released scripts, on a throwaway git repository the test
 * builds: 1.0 released with its full install script, then 1.1 with an update script and without the
 * old full install (so 1.0's baseline can only come from tag v1.0).
 */
class ReleasedScriptsTest {
  static final String CONTROL = "default_version = '%s'\nrelocatable = true\n";
  static final String F = "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\n";
  static final String G = "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS 'SELECT 2';\n";
  static final String H = "CREATE FUNCTION h() RETURNS int LANGUAGE sql AS 'SELECT 3';\n";

  @TempDir Path tmp;
  GitFixture repo;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new Main(new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeEach
  void twoReleases() throws Exception {
    repo = new GitFixture(tmp.resolve("rel"));
    repo.write("rel.control", CONTROL.formatted("1.0"))
        .write("sql/rel--1.0.sql", F)
        .commit("1.0")
        .tag("v1.0");
    repo.write("rel.control", CONTROL.formatted("1.1"))
        .write("sql/rel--1.0--1.1.sql", "-- 1.1 adds g\n" + G)
        .write("sql/rel--1.1.sql", F + G)
        .delete("sql/rel--1.0.sql")
        .commit("1.1")
        .tag("v1.1");
  }

  Run check() {
    return run("check", repo.dir().toString());
  }

  @Test
  void theOldVersionsBaselineComesFromItsTagAndTheUpgradeIsChecked() {
    Run r = check();
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.err())
        .contains("note: full install scripts read from release tags: v1.0:sql/rel--1.0.sql");
    assertThat(r.out()).contains("1 upgrade checked").contains("0 errors, 0 warnings");
  }

  /** Slow: one upgrade on the embedded PostgreSQL, installing 1.0 from the tag's script. */
  @Test
  void verifyInstallsTheOldVersionFromItsTag() throws Exception {
    repo.write("sql/rel--1.1.sql", F + G + H).commit("h in the full install only");
    Run r = run("verify", repo.dir().toString());
    assertThat(r.err())
        .contains("note: full install scripts read from release tags: v1.0:sql/rel--1.0.sql");
    assertThat(r.out())
        .contains("1 upgrade checked")
        .contains(
            "error missing-object: a fresh install has function public.h() but the upgrade"
                + " along 1.0--1.1 does not");
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void anEditedReleasedUpdateScriptIsAnErrorNamingTheTagTheLinesAndTheCommit() throws Exception {
    repo.write("sql/rel--1.0--1.1.sql", "-- 1.1 adds g\n" + G + H)
        .write("sql/rel--1.1.sql", F + G + H)
        .commit("add h to 1.1 after its release");
    Run r = check();
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains(
            "error released-script-changed: the update script rel--1.0--1.1.sql has changed since"
                + " tag v1.1 released it (line 3, changed by ")
        .contains(" add h to 1.1 after its release): users of 1.1 ran the released text")
        .contains("sql/rel--1.0--1.1.sql:3:1")
        .contains("git checkout v1.1 -- sql/rel--1.0--1.1.sql")
        .contains("warning released-baseline-changed: the full install script rel--1.1.sql");
  }

  @Test
  void scriptsIntoVersionsOlderThanTheOldestSupportedAreNotFrozen() throws Exception {
    repo.write("sql/rel--1.0--1.1.sql", "-- 1.1 adds g\n" + G + H)
        .write("sql/rel--1.1.sql", F + G + H)
        .write("extupgrade.toml", "oldest = \"1.1\"\n");
    assertThat(check().out()).contains("released-script-changed");
    repo.write("extupgrade.toml", "oldest = \"1.2\"\n");
    assertThat(check().out()).doesNotContain("released-script-changed");
  }

  @Test
  void anUncommittedEditIsReportedToo() throws Exception {
    repo.write("sql/rel--1.0--1.1.sql", "-- 1.1 adds g\n" + G + H);
    assertThat(check().out())
        .contains("released-script-changed")
        .contains("(line 3, not committed yet)");
  }

  @Test
  void commentsAndWhiteSpaceMayChange() throws Exception {
    repo.write("sql/rel--1.0--1.1.sql", "-- 1.1 adds g(), see the changelog\n\n" + G)
        .commit("reword a comment");
    Run r = check();
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).doesNotContain("released-");
  }

  @Test
  void oneCommitThatEditsManyReleasedScriptsIsOneFinding() throws Exception {
    String body =
        "CREATE FUNCTION k() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1;\nEND $$;\n";
    repo.write("rel.control", CONTROL.formatted("1.2"))
        .write("sql/rel--1.1--1.2.sql", body)
        .write("sql/rel--1.2.sql", F + G + body)
        .commit("1.2")
        .tag("v1.2");
    repo.write("sql/rel--1.0--1.1.sql", "-- 1.1 adds g\n" + G.replace("SELECT 2", "SELECT  2 "))
        .write("sql/rel--1.1--1.2.sql", body.replace("RETURN 1", "RETURN 2"))
        .commit("a sweep");
    Run r = check();
    assertThat(r.out())
        .contains(
            "error released-script-changed: 2 released update scripts have changed since their"
                + " release tags, last by ")
        .contains(
            " a sweep: sql/rel--1.0--1.1.sql (v1.1, line 2), sql/rel--1.1--1.2.sql (v1.2, line 3)")
        .containsOnlyOnce("released-script-changed:");
  }

  @Test
  void aCommentInsideAFunctionBodyMayChange() throws Exception {
    String body =
        "CREATE FUNCTION k() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1; -- one\nEND $$;\n";
    repo.write("rel.control", CONTROL.formatted("1.2"))
        .write("sql/rel--1.1--1.2.sql", body)
        .write("sql/rel--1.2.sql", F + G + body)
        .commit("1.2")
        .tag("v1.2");
    repo.write("sql/rel--1.1--1.2.sql", body.replace("-- one", "-- the answer")).commit("reword");
    assertThat(check().out()).doesNotContain("released-");
  }

  @Test
  void aScriptOfAnUntaggedVersionIsNotFrozen() throws Exception {
    repo.write("rel.control", CONTROL.formatted("1.2"))
        .write("sql/rel--1.1--1.2.sql", H)
        .write("sql/rel--1.2.sql", F + G + H)
        .commit("1.2 in the works");
    repo.write("sql/rel--1.1--1.2.sql", H + "-- more to come\n");
    Run r = check();
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).doesNotContain("released-");
  }

  @Test
  void thePolicyNamesTheTagPattern() throws Exception {
    repo.tag("rel-1.0-final", "v1.0");
    repo.write("extupgrade.toml", "[release]\ntag = \"rel-{version}-final\"\n")
        .write("sql/rel--1.0--1.1.sql", "-- 1.1 adds g\n" + G + H)
        .commit("policy");
    Run r = check();
    // only 1.0 is tagged by the pattern: its baseline is read, 1.1's script is not frozen
    assertThat(r.err()).contains("rel-1.0-final:sql/rel--1.0.sql").doesNotContain("v1.0:");
    assertThat(r.out()).doesNotContain("released-script-changed");
  }

  static final String MAKEFILE =
      """
      EXTENSION = mk
      EXTVERSION = %s
      DATA_built = $(EXTENSION)--$(EXTVERSION).sql
      PG_CONFIG = pg_config
      PGXS := $(shell $(PG_CONFIG) --pgxs)
      include $(PGXS)

      $(EXTENSION)--$(EXTVERSION).sql: $(EXTENSION).sql
      \tcp $< $@
      """;

  /** pg-semver's layout: each release's full install script is made from mk.sql by make. */
  @Test
  void aBaselineTheTagsMakeBuildsIsBuiltInACopyOfTheTagsTree(@TempDir Path other) throws Exception {
    try (GitFixture mk = new GitFixture(other.resolve("mk"))) {
      mk.write("mk.control", CONTROL.formatted("1.0"))
          .write("Makefile", MAKEFILE.formatted("1.0"))
          .write("mk.sql", F)
          .commit("1.0")
          .tag("v1.0");
      mk.write("mk.control", CONTROL.formatted("1.1"))
          .write("Makefile", MAKEFILE.formatted("1.1"))
          .write("mk.sql", F + G)
          .write("mk--1.0--1.1.sql", G)
          .commit("1.1");
      Run r = run("check", mk.dir().toString());
      assertThat(r.err())
          .contains("note: scripts built with `make`")
          .contains("note: full install scripts read from release tags: v1.0:mk--1.0.sql");
      assertThat(r.out()).contains("1 upgrade checked").contains("0 errors, 0 warnings");
      assertThat(r.exit()).isZero();
    }
  }

  @Test
  void thePolicyCanLeaveTheRepositoryAlone() throws Exception {
    repo.write("sql/rel--1.0--1.1.sql", "-- 1.1 adds g\n" + G + H)
        .write("extupgrade.toml", "[release]\ngit = false\n");
    Run r = check();
    assertThat(r.err()).doesNotContain("release tags");
    assertThat(r.out()).contains("0 upgrades checked").doesNotContain("released-script-changed");
  }

  @Test
  void aBadTagPatternIsAnErrorAtItsLine() throws Exception {
    repo.write("extupgrade.toml", "\n[release]\ntag = \"v1\"\n");
    Run r = check();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("extupgrade.toml:3")
        .contains("release.tag must contain {version}");
  }
}
