package org.extupgrade.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.extupgrade.model.UserError;

/** Runs one build command in a folder, bounded in time; a failure is a one-line UserError. */
final class Command {
  /** Lines of standard error quoted when a command fails. */
  private static final int TAIL = 3;

  private Command() {}

  /**
   * The command's standard output; a non-zero exit, a timeout or a missing program throw. Its
   * output is logged beside {@code dir} (in the scratch folder).
   */
  static String run(List<String> command, Path dir, Map<String, String> env, Duration timeout) {
    Path log = dir.resolveSibling("stderr.log");
    Path outLog = dir.resolveSibling("stdout.log");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(outLog.toFile())
            .redirectError(log.toFile());
    Map<String, String> e = pb.environment();
    // A build run from inside make (CI) must not inherit its jobserver or flags.
    List.of("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEFILES").forEach(e::remove);
    e.put("LC_ALL", "C");
    e.putAll(env);
    Process p;
    try {
      p = pb.start();
    } catch (IOException ex) {
      throw new UserError(
          "cannot run " + command.get(0) + " to build the scripts: " + UserError.describe(ex));
    }
    try {
      p.getOutputStream().close();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        stop(p);
        throw failure(command, "timed out after " + timeout.toSeconds() + " s", log);
      }
      if (p.exitValue() != 0) {
        throw failure(command, "exit " + p.exitValue(), log);
      }
      return Files.readString(outLog, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UserError("build: " + String.join(" ", command) + ": " + UserError.describe(ex));
    } catch (InterruptedException ex) {
      stop(p);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", ex);
    }
  }

  /** Kills the command before its children, so a shell does not report their death. */
  private static void stop(Process p) {
    List<ProcessHandle> children = p.descendants().toList();
    p.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    try {
      p.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static UserError failure(List<String> command, String why, Path log) {
    List<String> lines;
    try {
      lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      lines = List.of();
    }
    List<String> tail = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    tail = tail.subList(Math.max(0, tail.size() - TAIL), tail.size());
    return new UserError(
        "building the scripts failed: "
            + String.join(" ", command)
            + " ("
            + why
            + ")"
            + (tail.isEmpty() ? "" : ": " + String.join(" | ", tail)));
  }
}
