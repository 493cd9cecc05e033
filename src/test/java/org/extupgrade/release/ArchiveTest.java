package org.extupgrade.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extupgrade.release.ReleasedScriptsTest.CONTROL;
import static org.extupgrade.release.ReleasedScriptsTest.F;
import static org.extupgrade.release.ReleasedScriptsTest.G;
import static org.extupgrade.release.ReleasedScriptsTest.H;
import static org.extupgrade.release.ReleasedScriptsTest.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.extupgrade.release.ReleasedScriptsTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extupgrade archive} and {@code archive --check} on a throwaway git repository. */
class ArchiveTest {
  @TempDir Path tmp;
  GitFixture repo;
  String dir;

  @BeforeEach
  void released() throws Exception {
    repo = new GitFixture(tmp.resolve("arc"));
    dir = repo.dir().toString();
    repo.write("arc.control", CONTROL.formatted("1.0"))
        .write("sql/arc--1.0.sql", F)
        .commit("1.0")
        .tag("v1.0");
    repo.write("arc.control", CONTROL.formatted("1.1"))
        .write("sql/arc--1.0--1.1.sql", G)
        .write("sql/arc--1.1.sql", F + G)
        .delete("sql/arc--1.0.sql")
        .commit("1.1");
  }

  Path archived(String name) {
    return repo.dir().resolve("sql/archive").resolve(name);
  }

  @Test
  void archivesTheDefaultVersionOnceAndThenSaysItIsUnchanged() throws IOException {
    Run first = run("archive", dir);
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("archived ").contains("sql/archive/arc--1.1.sql");
    assertThat(Files.readString(archived("arc--1.1.sql"))).isEqualTo(F + G);
    Run again = run("archive", dir, "1.1");
    assertThat(again.exit()).isZero();
    assertThat(again.out()).startsWith("already archived, unchanged: ");
  }

  @Test
  void anOldVersionIsArchivedFromItsReleaseTagGzippedOnRequest() throws IOException {
    Run r = run("archive", dir, "1.0", "--gzip");
    assertThat(r.exit()).as(r.err()).isZero();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(archived("arc--1.0.sql.gz")))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(F);
    }
  }

  @Test
  void aBaselineThatDiffersFromTheTreesFullInstallIsAnInputErrorNamingBoth() throws IOException {
    Files.createDirectories(archived("x").getParent());
    Files.writeString(archived("arc--1.1.sql"), F + G + "-- edited\n" + H);
    // the loader refuses two different files for one script: the archive is not silently used
    Run r = run("archive", dir);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("arc--1.1.sql").contains("two different files");
  }

  @Test
  void anArchivedBaselineOfAnUntaggedVersionMustStayTheOneMadeNow() throws IOException {
    run("archive", dir);
    Run clean = run("archive", "--check", dir);
    assertThat(clean.exit()).as(clean.out()).isZero();
    assertThat(clean.out())
        .contains("1 of 1 archived baselines compared")
        .contains("0 errors, 0 warnings");
  }

  @Test
  void checkReportsABaselineThatDiffersFromItsReleaseTag() throws Exception {
    Files.createDirectories(archived("x").getParent());
    Files.writeString(archived("arc--1.0.sql"), F + H);
    Run r = run("archive", "--check", dir);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains(
            "error baseline-differs: the archived baseline of 1.0 differs from"
                + " v1.0:sql/arc--1.0.sql (line 2)")
        .contains("sql/archive/arc--1.0.sql:2:1")
        .contains("git show v1.0:sql/arc--1.0.sql");
    Files.writeString(archived("arc--1.0.sql"), "-- the 1.0 baseline\n" + F);
    assertThat(run("archive", "--check", dir).exit()).isZero();
  }

  @Test
  void checkTakesNoVersion() {
    Run r = run("archive", "--check", dir, "1.0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--check compares every baseline; give no VERSION");
  }
}
