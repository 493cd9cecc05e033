package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.extupgrade.cli.VerifyCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify --rollback} through the command line: the rehearsal is a unit of its own, so two
 * shards merged print the whole run's report, rollback findings and note included.
 */
class RollbackShardsTest {
  private static final String FIXTURE = "src/test/resources/rollback/rb_lost";

  @Test
  void twoShardsMergeIntoTheWholeRunsReport(@TempDir Path dir) throws Exception {
    // whether this machine has pg_dump of the major is no part of this test
    Run whole = VerifyCommandTest.run("verify", FIXTURE, "--rollback", "--skip", "dump", "-q");
    assertThat(whole.exit()).as(whole.err()).isEqualTo(Main.FINDINGS);
    assertThat(whole.out())
        .contains("error rollback-replay-fails: rollback 1.1 -> 1.0: ")
        .contains("error rollback-data-lost: rollback 1.1 -> 1.0 (dump, DROP EXTENSION CASCADE")
        .contains("PostgreSQL 18: rollback 1.1 -> 1.0: no seed");
    Path one = dir.resolve("one.json");
    Path two = dir.resolve("two.json");
    for (Path f : new Path[] {one, two}) {
      String shard = f == one ? "1/2" : "2/2";
      Run r =
          VerifyCommandTest.run(
              "verify", FIXTURE, "--rollback", "--skip", "dump", "--shard", shard, "-q");
      assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
      Files.writeString(f, r.out());
    }
    Run merged = VerifyCommandTest.run("merge", FIXTURE, one.toString(), two.toString());
    assertThat(merged.out()).isEqualTo(whole.out());
    assertThat(merged.exit()).isEqualTo(whole.exit());
  }

  @Test
  void withoutTheFlagNoRehearsalRuns() {
    Run r = VerifyCommandTest.run("verify", FIXTURE, "--skip", "dump", "-q");
    assertThat(r.out()).doesNotContain("rollback-").doesNotContain(": rollback 1.1 -> 1.0");
  }
}
