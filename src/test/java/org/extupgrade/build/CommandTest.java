package org.extupgrade.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandTest {
  @Test
  void aBuildThatRunsTooLongIsStoppedAndReportedOnOneLine(@TempDir Path scratch)
      throws IOException {
    Path dir = Files.createDirectories(scratch.resolve("src"));
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                Command.run(
                    List.of("sh", "-c", "echo starting >&2; sleep 30"),
                    dir,
                    Map.of(),
                    Duration.ofSeconds(1)))
        .isInstanceOf(UserError.class)
        .hasMessage(
            "building the scripts failed: sh -c echo starting >&2; sleep 30 (timed out after 1 s):"
                + " starting");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void aMissingProgramIsAUserError(@TempDir Path scratch) throws IOException {
    Path dir = Files.createDirectories(scratch.resolve("src"));
    assertThatThrownBy(
            () ->
                Command.run(
                    List.of("no-such-program-extupgrade"), dir, Map.of(), Duration.ofSeconds(5)))
        .isInstanceOf(UserError.class)
        .hasMessageStartingWith("cannot run no-such-program-extupgrade to build the scripts");
  }
}
