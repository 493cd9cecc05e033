package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.extupgrade.cli.VerifyCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 item 4: {@code verify --shard 1/3}, {@code 2/3} and {@code 3/3} together run the
 * scenarios of the whole run, and {@code merge} of their files prints the whole run's report, byte
 * for byte, in text and in JSON.
 */
class ShardMergeTest {
  private static final String FIXTURE = VerifyCommandTest.FIXTURES + "vf_shards";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void threeShardsMergeIntoTheWholeRunsReport(@TempDir Path dir) throws Exception {
    Run whole = VerifyCommandTest.run("verify", FIXTURE, "--format", "json");
    Run wholeText = VerifyCommandTest.run("verify", FIXTURE);
    assertThat(whole.exit()).isEqualTo(Main.FINDINGS);
    List<String> files = new ArrayList<>();
    Map<String, Integer> edges = new HashMap<>();
    Map<String, Integer> paths = new HashMap<>();
    for (int i = 1; i <= 3; i++) {
      Path f = dir.resolve("shard-" + i + ".json");
      Run shard =
          i == 1
              ? VerifyCommandTest.run(
                  "verify", FIXTURE, "--shard", "1/3", "--format", "json", "--output", f.toString())
              : VerifyCommandTest.run("verify", FIXTURE, "--shard", i + "/3");
      assertThat(shard.exit()).as(shard.err()).isEqualTo(Main.OK);
      if (i > 1) Files.writeString(f, shard.out());
      files.add(f.toString());
      JsonNode major = JSON.readTree(Files.readString(f)).path("majors").get(0);
      for (JsonNode e : major.path("edges"))
        edges.merge(e.path("from").asText() + ">" + e.path("to").asText(), 1, Integer::sum);
      for (JsonNode p : major.path("paths"))
        paths.merge(p.path("scenario").path("steps").toString(), 1, Integer::sum);
    }
    // every update script ran alone in exactly one shard; each whole upgrade in at most one
    assertThat(edges).containsOnlyKeys("1.0>1.1", "1.1>1.2", "1.2>1.3", "1.3>2.0");
    assertThat(edges.values()).containsOnly(1);
    assertThat(paths.values()).containsOnly(1);
    assertThat(paths).containsKeys("[\"1.0\",\"1.1\",\"1.2\",\"1.3\",\"2.0\"]");

    List<String> merge = new ArrayList<>(List.of("merge", FIXTURE));
    merge.addAll(files.reversed()); // the order of the files does not matter
    Run mergedJson = VerifyCommandTest.run(concat(merge, "--format", "json"));
    assertThat(mergedJson.out()).isEqualTo(whole.out());
    assertThat(mergedJson.exit()).isEqualTo(whole.exit());
    Run mergedText = VerifyCommandTest.run(merge.toArray(String[]::new));
    assertThat(mergedText.out()).isEqualTo(wholeText.out());
    assertThat(mergedText.out()).contains("6 scenarios run").contains("1 upgrades not run whole");
  }

  @Test
  void aMissingOrRepeatedShardIsAnInputError(@TempDir Path dir) throws Exception {
    Run shard = VerifyCommandTest.run("verify", FIXTURE, "--shard", "1/2", "--skip", "downgrade");
    Path f = dir.resolve("one.json");
    Files.writeString(f, shard.out());
    Run missing = VerifyCommandTest.run("merge", FIXTURE, f.toString());
    assertThat(missing.exit()).isEqualTo(Main.USAGE);
    assertThat(missing.err()).contains("shard 2/2 of PostgreSQL 18 is missing");
    Run twice = VerifyCommandTest.run("merge", FIXTURE, f.toString(), f.toString());
    assertThat(twice.err()).contains("given twice");
    Path notShard = dir.resolve("report.json");
    Files.writeString(notShard, "{\"format\": 2}");
    assertThat(VerifyCommandTest.run("merge", FIXTURE, notShard.toString()).err())
        .contains("not a shard file");
    assertThat(VerifyCommandTest.run("verify", FIXTURE, "--shard", "4/3").err())
        .contains("--shard 4/3");
    assertThat(
            VerifyCommandTest.run("verify", FIXTURE, "--shard", "1/3", "--format", "sarif").err())
        .contains("--shard writes one shard file");
  }

  private static String[] concat(List<String> a, String... more) {
    List<String> all = new ArrayList<>(a);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
