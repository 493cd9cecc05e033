package org.extupgrade.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extupgrade.release.ReleasedScriptsTest.CONTROL;
import static org.extupgrade.release.ReleasedScriptsTest.F;
import static org.extupgrade.release.ReleasedScriptsTest.G;
import static org.extupgrade.release.ReleasedScriptsTest.H;
import static org.extupgrade.release.ReleasedScriptsTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.extupgrade.release.ReleasedScriptsTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extupgrade release-check}: passes on the clean example and on a ready release, and fails
 * each item, naming it, on a repository made to break that item alone.
 */
class ReleaseCheckTest {
  static final String MATRIX =
      """
      | From | To | Path | Status |
      |---|---|---|---|
      | 1.0 | 1.1 | `1.0--1.1` | direct |
      """;

  @TempDir Path tmp;
  GitFixture repo;
  String dir;

  /** 1.0 released; 1.1 ready: bumped, update script, full script, changelog, matrix. */
  @BeforeEach
  void ready() throws Exception {
    repo = new GitFixture(tmp.resolve("rc"));
    dir = repo.dir().toString();
    repo.write("rc.control", CONTROL.formatted("1.0"))
        .write("sql/rc--1.0.sql", F)
        .write("CHANGELOG.md", "## 1.0\n- f\n")
        .commit("1.0")
        .tag("v1.0");
    repo.write("rc.control", CONTROL.formatted("1.1"))
        .write("sql/rc--1.0--1.1.sql", G)
        .write("sql/rc--1.1.sql", F + G)
        .delete("sql/rc--1.0.sql")
        .write("CHANGELOG.md", "## 1.1 (2026-11-30)\n- g\n\n## 1.0\n- f\n")
        .write("docs/upgrades.md", "# Upgrades\n\n" + MATRIX)
        .write("extupgrade.toml", "[release]\nmatrix = \"docs/upgrades.md\"\n")
        .commit("1.1");
  }

  static String status(Run r, String item) {
    return r.out()
        .lines()
        .filter(l -> l.strip().matches("(pass|fail|skip) +" + item + " .*"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + item + " in\n" + r.out()))
        .strip();
  }

  @Test
  void theCleanExampleIsReady() {
    Run r = run("release-check", "examples/shop_audit_clean");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).endsWith("ready to release: 7 pass\n");
  }

  /** Slow: verify on the embedded PostgreSQL. */
  @Test
  void withLiveVerifyRunsToo() {
    Run clean = run("release-check", "examples/shop_audit_clean", "--live");
    assertThat(clean.exit()).as(clean.out() + clean.err()).isZero();
    assertThat(status(clean, "verify")).startsWith("pass").contains("0 errors");
    Run buggy = run("release-check", "examples/shop_audit", "--live");
    assertThat(status(buggy, "verify"))
        .isEqualTo(
            "fail  verify            1 error, 1 warning, 0 info (extupgrade verify shows them)");
  }

  @Test
  void aReadyReleasePassesEveryItem() throws Exception {
    Run r = run("release-check", dir, "1.1", "--format", "json");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("format").asText()).isEqualTo("extupgrade-release-check/1");
    assertThat(j.get("passed").asBoolean()).isTrue();
    assertThat(j.get("items").findValuesAsText("id"))
        .containsExactly(
            "default-version",
            "full-script",
            "paths",
            "check",
            "released-scripts",
            "changelog",
            "path-matrix");
    assertThat(j.get("items").findValuesAsText("status")).containsOnly("pass");
  }

  @Test
  void defaultVersionNotBumped() throws Exception {
    repo.write("rc.control", CONTROL.formatted("1.0")).commit("oops");
    Run r = run("release-check", dir, "1.1");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(status(r, "default-version")).endsWith("default_version is 1.0, not 1.1");
  }

  @Test
  void noBaselineInTheArchiveTheProjectKeeps() throws Exception {
    repo.write("sql/archive/rc--1.0.sql", F).commit("archive 1.0");
    Run r = run("release-check", dir);
    assertThat(status(r, "full-script"))
        .startsWith("fail")
        .contains("no baseline of 1.1 in")
        .contains("run extupgrade archive 1.1");
    assertThat(run("archive", dir).exit()).isZero();
    assertThat(status(run("release-check", dir), "full-script")).startsWith("pass");
  }

  /** pg_cron's layout: one old full install script, then updates to every later version. */
  @Test
  void anInstallPathStandsForTheFullScript() throws Exception {
    repo.write("sql/rc--1.0.sql", F).delete("sql/rc--1.1.sql").commit("install by path");
    Run r = run("release-check", dir);
    assertThat(status(r, "full-script"))
        .isEqualTo(
            "pass  full-script       no full install script: CREATE EXTENSION installs 1.1 from"
                + " rc--1.0.sql and the updates 1.0--1.1");
    repo.delete("sql/rc--1.0.sql");
    assertThat(status(run("release-check", dir), "full-script"))
        .startsWith("fail")
        .endsWith(
            "no full install script of 1.1 and no install path to it (build it, or --scripts)");
  }

  @Test
  void aReleaseWithNoUpdatePath() throws Exception {
    // an old release line, tagged later (ordered by commit time, it is the newest tag)
    repo.write("rc.control", CONTROL.formatted("0.9")).commit("0.9 maintenance").tag("v0.9");
    repo.write("rc.control", CONTROL.formatted("1.1")).commit("back to 1.1");
    Run r = run("release-check", dir);
    assertThat(status(r, "paths"))
        .isEqualTo("fail  paths             no update path to 1.1 from the released 0.9");
    repo.write("extupgrade.toml", "oldest = \"1.0\"\n[release]\nmatrix = \"docs/upgrades.md\"\n");
    assertThat(status(run("release-check", dir), "paths"))
        .isEqualTo("pass  paths             an update path to 1.1 from the 1 release");
  }

  /** pg_cron's habit: package releases v1.1.0 and v1.1.1 both release extension version 1.1. */
  @Test
  void theReleasedVersionIsTheTagsControlFilesNotTheTagsName() throws Exception {
    repo.tag("v1.1.0");
    repo.write("README.md", "a fix outside the extension's SQL\n").commit("1.1.1").tag("v1.1.1");
    repo.tag("v0.1-pre-extension", "v1.0");
    Run r = run("release-check", dir);
    assertThat(status(r, "default-version"))
        .isEqualTo("pass  default-version   default_version is 1.1, first released by tag v1.1.0");
    assertThat(status(r, "paths"))
        .isEqualTo("pass  paths             an update path to 1.1 from the 1 release");
  }

  @Test
  void checkFindsAnError() throws Exception {
    repo.write("sql/rc--1.1.sql", F + G + H).commit("h in the full install only");
    Run r = run("release-check", dir);
    assertThat(status(r, "check")).startsWith("fail").contains("missing-object: function h()");
  }

  @Test
  void aReleasedUpdateScriptChanged() throws Exception {
    repo.tag("v1.1");
    repo.write("sql/rc--1.0--1.1.sql", G + H).write("sql/rc--1.1.sql", F + G + H);
    repo.write("rc.control", CONTROL.formatted("1.2"))
        .write("sql/rc--1.1--1.2.sql", "")
        .write("sql/rc--1.2.sql", F + G + H)
        .write("CHANGELOG.md", "## 1.2\n")
        .commit("1.2");
    Run r = run("release-check", dir, "1.2");
    assertThat(status(r, "released-scripts"))
        .startsWith("fail")
        .contains(
            "1 released update script changed, the first: the update script rc--1.0--1.1.sql");
  }

  @Test
  void theChangelogDoesNotMentionTheVersion() throws Exception {
    repo.write("CHANGELOG.md", "## 1.10\n- not 1.1\n".replace("not 1.1", "no")).commit("log");
    Run r = run("release-check", dir);
    assertThat(status(r, "changelog")).startsWith("fail").endsWith("does not mention 1.1");
  }

  @Test
  void theDocumentedMatrixIsStale() throws Exception {
    repo.write("docs/upgrades.md", MATRIX.replace("direct", "1 script")).commit("stale");
    Run r = run("release-check", dir);
    assertThat(status(r, "path-matrix"))
        .startsWith("fail")
        .contains("paste the output of extupgrade paths --format markdown");
  }
}
