package org.extupgrade.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's client programs of one major ({@code pg_dump}, {@code pg_restore}, ...), which the
 * embedded binaries do not ship: looked for in the installation's own bindir, then where packages
 * put them (Debian and Ubuntu, PGDG on RHEL, Homebrew), then on {@code PATH}; a program counts only
 * when its {@code --version} names the same major.
 *
 * @param bindir the folder holding them
 */
public record ClientTools(Path bindir) {
  private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

  /** The folder holding {@code programs} of {@code installation}'s major, if there is one. */
  public static Optional<ClientTools> find(Installation installation, List<String> programs) {
    for (Path dir : places(installation)) {
      if (programs.stream().allMatch(p -> major(dir.resolve(p)) == installation.major())) {
        return Optional.of(new ClientTools(dir));
      }
    }
    return Optional.empty();
  }

  /** Where {@link #find} looks, in order. */
  static List<Path> places(Installation installation) {
    int m = installation.major();
    Set<Path> out = new LinkedHashSet<>();
    out.add(installation.bindir());
    out.add(Path.of("/usr/lib/postgresql/" + m + "/bin"));
    out.add(Path.of("/usr/pgsql-" + m + "/bin"));
    out.add(Path.of("/opt/homebrew/opt/postgresql@" + m + "/bin"));
    out.add(Path.of("/usr/local/opt/postgresql@" + m + "/bin"));
    String path = System.getenv("PATH");
    if (path != null) {
      for (String p : path.split(java.io.File.pathSeparator)) if (!p.isEmpty()) out.add(Path.of(p));
    }
    return new ArrayList<>(out);
  }

  /** One line saying what to install to get {@code programs} of {@code major}. */
  public static String hint(int major, List<String> programs) {
    return "no "
        + String.join("/", programs)
        + " of PostgreSQL "
        + major
        + " found (looked in --pg-bindir, /usr/lib/postgresql/"
        + major
        + "/bin, /usr/pgsql-"
        + major
        + "/bin, Homebrew, PATH): install postgresql-client-"
        + major
        + " (Debian, Ubuntu: apt.postgresql.org) or postgresql"
        + major
        + " (RHEL: PGDG), or give --pg-bindir";
  }

  public Path program(String name) {
    return bindir.resolve(name);
  }

  /** The major of the program at {@code exe} ({@code --version}), or -1. */
  static int major(Path exe) {
    if (!Files.isExecutable(exe)) return -1;
    try {
      Process p = new ProcessBuilder(exe.toString(), "--version").redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return -1;
      }
      Matcher m = VERSION.matcher(out);
      return p.exitValue() == 0 && m.find() ? Integer.parseInt(m.group(1)) : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /**
   * Runs {@code program} with {@code args} against {@code cluster} (its host, port, user and
   * password given here), waiting at most {@code timeoutSeconds}.
   *
   * @return the exit code and what it wrote to stderr (stdout goes nowhere)
   */
  public Result run(Cluster cluster, String program, List<String> args, long timeoutSeconds)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(program(program).toString());
    cmd.addAll(List.of("-h", "127.0.0.1", "-p", String.valueOf(cluster.port()), "-U", "postgres"));
    cmd.addAll(args);
    Path err = Files.createTempFile(cluster.workspace(), program, ".err");
    try {
      ProcessBuilder b =
          new ProcessBuilder(cmd)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(err.toFile());
      b.environment().put("PGPASSFILE", cluster.passwordFile().toString());
      b.environment().put("PGCONNECT_TIMEOUT", "30");
      Process p = b.start();
      p.getOutputStream().close();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        return new Result(-1, program + " did not finish within " + timeoutSeconds + " s");
      }
      return new Result(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(err);
    }
  }

  /** A client program's exit code and its stderr. */
  public record Result(int exit, String stderr) {}
}
