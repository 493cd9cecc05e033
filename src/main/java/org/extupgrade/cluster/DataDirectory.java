package org.extupgrade.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.extupgrade.model.UserError;

/** initdb and the settings of a throwaway data directory. */
final class DataDirectory {
  private static final long INITDB_TIMEOUT_S = 120;

  private DataDirectory() {}

  /**
   * Runs initdb with scram-sha-256 for every connection and {@code password} for the superuser,
   * handed over in a file only the server user can read, deleted right after.
   */
  static void init(
      Installation inst, PrivateTree tree, Path data, Path log, Path pwfile, Password password)
      throws IOException {
    Password.writePrivate(pwfile, password.value() + "\n");
    ServerUser.CURRENT.own(pwfile);
    try {
      initdb(inst, tree, data, log, pwfile);
    } finally {
      Files.deleteIfExists(pwfile);
    }
  }

  private static void initdb(Installation inst, PrivateTree tree, Path data, Path log, Path pwfile)
      throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(
                ServerUser.CURRENT.wrap(
                    List.of(
                        tree.bindir().resolve("initdb").toString(),
                        "--no-sync",
                        "-A",
                        "scram-sha-256",
                        "--pwfile=" + pwfile,
                        "-U",
                        ServerProcess.SUPERUSER,
                        "-E",
                        "UTF8",
                        "--locale=C",
                        "-D",
                        data.toString()),
                    "KILL"))
            .directory(data.getParent().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Children.environment(pb);
    Process p = Launcher.start(pb);
    try {
      if (!p.waitFor(INITDB_TIMEOUT_S, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new UserError(
            "initdb of PostgreSQL "
                + inst.version()
                + " did not finish within "
                + INITDB_TIMEOUT_S
                + " s");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during initdb", e);
    }
    if (p.exitValue() != 0) {
      throw new UserError(
          "initdb of PostgreSQL "
              + inst.version()
              + " failed: "
              + ServerProcess.lastLines(ServerProcess.tail(log, 0), 4));
    }
  }

  /**
   * The private socket folder, or none when a long temporary folder would make the socket path
   * exceed the 107 bytes a unix socket address holds (the server would refuse to start).
   */
  static String socketDirectories(Path socketDir) {
    String dir = socketDir.toString();
    return dir.length() + "/.s.PGSQL.65535".length() > 107 ? "" : dir.replace("'", "''");
  }

  /**
   * Throwaway settings: no durability, loopback plus a private socket, the superuser only and with
   * this run's password (scram-sha-256): nothing is trusted, so no other local user can log in.
   */
  static void configure(Path data, Path socketDir) throws IOException {
    // dynamic shared memory as files in the data directory: deleted with it even after kill -9
    String conf =
        String.join(
            "\n",
            "",
            "# extupgrade: a throwaway cluster",
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = '" + socketDirectories(socketDir) + "'",
            "password_encryption = 'scram-sha-256'",
            "max_connections = 50",
            "shared_buffers = 32MB",
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            "autovacuum = off",
            "dynamic_shared_memory_type = mmap",
            "max_wal_senders = 0",
            "wal_level = minimal",
            "lc_messages = 'C'",
            "timezone = 'UTC'",
            "log_timezone = 'UTC'",
            "");
    Files.writeString(data.resolve("postgresql.conf"), conf, StandardOpenOption.APPEND);
    String su = ServerProcess.SUPERUSER;
    String hba =
        String.join(
            "\n",
            "# extupgrade: the superuser only, with this run's random password; nothing trusted",
            "local all " + su + " scram-sha-256",
            "host all " + su + " 127.0.0.1/32 scram-sha-256",
            "local all all reject",
            "host all all 0.0.0.0/0 reject",
            "host all all ::/0 reject",
            "");
    Files.writeString(data.resolve("pg_hba.conf"), hba, StandardOpenOption.TRUNCATE_EXISTING);
  }
}
