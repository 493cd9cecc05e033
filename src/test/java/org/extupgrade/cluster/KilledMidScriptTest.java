package org.extupgrade.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 9 item 4: {@code kill -9} of the tool while a backend loops in a script. A backend busy in
 * a loop never notices its postmaster died, so it used to run on (ppid 1, full CPU) and keep the
 * shared memory. Now the postmaster gets SIGQUIT when the tool dies (an immediate shutdown that
 * stops every backend), and the next start reaps whatever is left, orphaned backends included.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class KilledMidScriptTest {

  private static List<Long> working(ChildJvm child) throws Exception {
    return Leftovers.working(List.of(child.workspace(), child.data().toRealPath().getParent()));
  }

  private static void assertNothingLeftAfterTheNextStart(ChildJvm child, String segment)
      throws Exception {
    Path data = child.data();
    try (Cluster next = Cluster.start(Installations.embedded(18))) {
      assertThat(Leftovers.working(List.of(child.workspace(), data.getParent()))).isEmpty();
      assertThat(child.workspace()).doesNotExist();
      assertThat(data).doesNotExist();
      assertThat(Procs.segmentExists(segment)).as("shared memory of the killed run").isFalse();
    }
  }

  /** Whatever an assertion left running: the child, its backends, its folders. */
  private static void cleanUp(ChildJvm child) throws Exception {
    child.process().destroyForcibly();
    child.process().waitFor();
    Reaper.reapAll();
  }

  @Nested
  class KillNine {
    @Test
    void theLoopingBackendDiesWithTheTool() throws Exception {
      ChildJvm child = ChildJvm.startLooping(18);
      try {
        killedWithTheTool(child);
      } finally {
        cleanUp(child);
      }
    }

    private void killedWithTheTool(ChildJvm child) throws Exception {
      String segment = Procs.segment(child.data());
      assertThat(working(child)).hasSizeGreaterThan(1);
      child.process().destroyForcibly();
      child.process().waitFor();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!working(child).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(working(child)).as("backends outlived the killed tool").isEmpty();
      assertNothingLeftAfterTheNextStart(child, segment);
    }

    @Test
    void backendsOrphanedByAKilledPostmasterAreStoppedByTheNextStart() throws Exception {
      ChildJvm child = ChildJvm.startLooping(18);
      try {
        orphaned(child);
      } finally {
        cleanUp(child);
      }
    }

    private void orphaned(ChildJvm child) throws Exception {
      String segment = Procs.segment(child.data());
      ProcessHandle.of(child.postmaster()).orElseThrow().destroyForcibly(); // no shutdown at all
      child.process().destroyForcibly();
      child.process().waitFor();
      assertThat(Procs.awaitGone(child.postmaster(), 10)).isTrue();
      Thread.sleep(500);
      assertThat(working(child)).as("the looping backend, orphaned").isNotEmpty();
      assertNothingLeftAfterTheNextStart(child, segment);
    }
  }
}
