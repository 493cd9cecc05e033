package org.extupgrade.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A {@link ClusterHolder} in a child JVM, with the output it printed until READY. */
record ChildJvm(Process process, Path workspace, long postmaster, Path data, String output) {

  static ChildJvm start(int major, Map<String, String> env) throws IOException {
    return start(major, env, List.of(), System.getProperty("java.class.path"), List.of());
  }

  /** Starts the child through {@code prefix} (for example setpriv to another user). */
  static ChildJvm start(
      int major,
      Map<String, String> env,
      List<String> prefix,
      String classpath,
      List<String> jvmArgs)
      throws IOException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin/java").toString());
    List<String> command = new ArrayList<>(prefix);
    command.addAll(
        List.of(
            java, "-cp", classpath, "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
    command.addAll(jvmArgs);
    command.addAll(List.of(ClusterHolder.class.getName(), Integer.toString(major)));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder();
    String line;
    while ((line = in.readLine()) != null) {
      out.append(line).append('\n');
      if (line.startsWith("READY ")) {
        String[] f = line.split(" ");
        return new ChildJvm(p, Path.of(f[1]), Long.parseLong(f[2]), Path.of(f[3]), out.toString());
      }
    }
    p.destroyForcibly();
    throw new IllegalStateException("the child JVM exited without starting a cluster:\n" + out);
  }
}
