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

  /** A holder whose cluster runs an endless loop in a backend (started before READY). */
  static ChildJvm startLooping(int major) throws IOException {
    return start(
        major, Map.of(), List.of(), System.getProperty("java.class.path"), List.of(), "loop");
  }

  /** The command line that runs {@code main} with {@code classpath} in a new JVM. */
  static List<String> java(String classpath, List<String> jvmArgs, String main) {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin/java").toString());
    List<String> command = new ArrayList<>(List.of(java, "-cp", classpath));
    command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    command.addAll(jvmArgs);
    command.add(main);
    return command;
  }

  /**
   * The test classpath, jars hard-linked (or copied) into {@code target} so another user can read
   * them (the Maven repository under /root is not readable), folders as they are.
   */
  static String linkedClasspath(Path target) throws IOException {
    java.nio.file.Files.createDirectories(target);
    String full =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> entries = new ArrayList<>();
    int i = 0;
    for (String entry : full.split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      if (java.nio.file.Files.isDirectory(p)) {
        entries.add(p.toString());
      } else if (java.nio.file.Files.isRegularFile(p)) {
        Path link = target.resolve(i++ + "-" + p.getFileName());
        Trees.cloneFile(p, link);
        entries.add(link.toString());
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  /** Starts the child through {@code prefix} (for example setpriv to another user). */
  static ChildJvm start(
      int major,
      Map<String, String> env,
      List<String> prefix,
      String classpath,
      List<String> jvmArgs,
      String... holderArgs)
      throws IOException {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(java(classpath, jvmArgs, ClusterHolder.class.getName()));
    command.add(Integer.toString(major));
    command.addAll(List.of(holderArgs));
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
