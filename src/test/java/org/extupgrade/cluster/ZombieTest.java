package org.extupgrade.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** {@link ServerProcess#zombie}: a killed process not yet reaped is dead, a running one is not. */
@EnabledOnOs(OS.LINUX)
class ZombieTest {
  @Test
  void aRunningProcessIsNoZombieAndAKilledUnreapedOneIs() throws Exception {
    // the shell becomes `sleep 5`, which never waits: its killed child stays a zombie
    Process p =
        new ProcessBuilder("sh", "-c", "sleep 30 >/dev/null & echo $!; exec sleep 5 >/dev/null")
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long child = Long.parseLong(out.readLine().strip());
    try {
      assertThat(ServerProcess.zombie(child)).as("running").isFalse();
      ProcessHandle.of(child).orElseThrow().destroyForcibly();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      while (!ServerProcess.zombie(child) && System.nanoTime() < deadline) Thread.sleep(10);
      assertThat(ServerProcess.zombie(child)).as("killed, not reaped").isTrue();
    } finally {
      p.destroyForcibly().waitFor();
    }
  }
}
