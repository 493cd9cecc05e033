package org.extupgrade.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9 items 5 and 6: SIGTERM or SIGINT while {@code extupgrade verify} starts its cluster
 * (during the copy of the binaries, initdb or the server start, depending on the delay) used to
 * leak a shared-memory segment every time and the folder in half the runs, and to print {@code
 * internal error}. Now: one line {@code extupgrade: interrupted}, exit 130 or 143, nothing left.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class InterruptedStartTest {

  @ParameterizedTest(name = "{0} after {1} ms")
  @CsvSource({"TERM,0", "INT,50", "TERM,200", "INT,400", "TERM,700", "INT,1000", "TERM,1500"})
  void anInterruptedStartSaysSoAndLeavesNothing(String signal, int delayMs, @TempDir Path dir)
      throws Exception {
    Set<String> segmentsBefore = unattachedSegments();
    List<String> command =
        ChildJvm.java(System.getProperty("java.class.path"), List.of(), "org.extupgrade.cli.Main");
    command.addAll(List.of("verify", "examples/shop_audit"));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("out").toFile())
            .redirectError(dir.resolve("err").toFile())
            .start();
    String prefix = Workspace.PREFIX + p.pid() + "-";
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (folders(prefix).isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(p.isAlive()).as("the run ended before its cluster started").isTrue();
      Thread.sleep(delayMs);
      Children.signal(p.pid(), signal);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    String err = Files.readString(dir.resolve("err"));
    assertThat(err).isEqualTo("extupgrade: interrupted\n");
    assertThat(p.exitValue()).isEqualTo(signal.equals("INT") ? 130 : 143);
    assertThat(Procs.running(prefix)).as("processes of the interrupted run").isEmpty();
    assertThat(folders(prefix)).as("folders of the interrupted run").isEmpty();
    Set<String> leaked = unattachedSegments();
    leaked.removeAll(segmentsBefore);
    assertThat(leaked).as("shared memory left unattached").isEmpty();
  }

  private static List<Path> folders(String prefix) throws Exception {
    List<Path> found = new ArrayList<>();
    for (Path base : List.of(Workspace.base(), Path.of("/dev/shm"))) {
      Path parent = base.resolve(PrivateParent.name());
      if (Files.isDirectory(parent)) {
        try (Stream<Path> s = Files.list(parent)) {
          s.filter(f -> f.getFileName().toString().startsWith(prefix)).forEach(found::add);
        }
      }
    }
    return found;
  }

  /** "key shmid" of every System V segment no process is attached to. */
  private static Set<String> unattachedSegments() throws Exception {
    Set<String> found = new HashSet<>();
    for (String line : Files.readAllLines(Path.of("/proc/sysvipc/shm"))) {
      String[] f = line.strip().split("\\s+");
      if (f.length > 6 && f[6].equals("0")) {
        found.add(f[0] + " " + f[1]);
      }
    }
    return found;
  }
}
