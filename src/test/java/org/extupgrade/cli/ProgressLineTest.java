package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 3: progress on a terminal, nowhere else. The terminal is a real pseudo-terminal
 * ({@code script}), the run a real verify on the embedded PostgreSQL.
 */
class ProgressLineTest {
  private static final Path FIXTURE = Path.of("src/test/resources/verify/vf_clean_two_versions");

  @Test
  void silentInCiAndOnADumbTerminal() {
    assertThat(ProgressLine.shown(Map.of("CI", "true", "TERM", "xterm"))).isFalse();
    assertThat(ProgressLine.shown(Map.of("TERM", "dumb"))).isFalse();
  }

  @Test
  void clockReadsMinutesAndSeconds() {
    assertThat(ProgressLine.clock(Duration.ofSeconds(75))).isEqualTo("1:15");
    assertThat(ProgressLine.clock(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
  }

  @Test
  void shownOnAPseudoTerminalAndNotWhenPiped() throws Exception {
    assumeThat(Path.of("/usr/bin/script"))
        .as("util-linux's script(1) makes the pseudo-terminal; install bsdutils")
        .exists();
    String java = ProcessHandle.current().info().command().orElseThrow();
    String cmd =
        "'"
            + java
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' org.extupgrade.cli.Main verify --jobs 1 "
            + FIXTURE;
    String onTty = run(List.of("script", "-qec", cmd, "/dev/null"));
    assertThat(onTty).contains("extupgrade verify: ").containsPattern("\\d+/\\d+ scenarios");
    String piped = run(List.of("bash", "-c", cmd + " 2>&1 | cat"));
    assertThat(piped).doesNotContain("scenarios, ").doesNotContain("\033[K");
    assertThat(run(List.of("script", "-qec", cmd + " --quiet", "/dev/null")))
        .doesNotContain("\033[K");
  }

  private static String run(List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("CI");
    pb.environment().put("TERM", "xterm");
    Path out = Files.createTempFile("progress", ".txt");
    try {
      Process p = pb.redirectOutput(out.toFile()).start();
      assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
