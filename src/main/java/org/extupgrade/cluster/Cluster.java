package org.extupgrade.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/**
 * A throwaway PostgreSQL server: a private copy of an installation, a fresh data directory, a unix
 * socket in a private folder plus 127.0.0.1 on a free port. Only the superuser {@code postgres} may
 * log in, with a random password of this run (scram-sha-256); nothing is trusted. As root the
 * server runs as {@code nobody}. {@link #close()} stops it and deletes every file; so do a failed
 * start, Ctrl-C and SIGTERM (a shutdown hook that first stops every process the run started, then
 * deletes its folders, even in the middle of a start). If the JVM is killed with -9 the server and
 * its backends die with it (see {@link ServerProcess}) and the folder is reaped by the next start.
 *
 * <p>Files: {@code $java.io.tmpdir/extupgrade-user-<uid>/extupgrade-<pid>-<random>/} holds the
 * private binary tree, the socket folder and the logs; the data directory lives in a folder of the
 * same name on /dev/shm when that is a tmpfs with room (see {@link #dataDirectory()}), else beside
 * them. See {@link Workspace} and docs/security.md.
 */
public final class Cluster implements AutoCloseable {
  private final Installation installation;
  private final Path workspace;
  private final @Nullable Path twin;
  private final Path data;
  private final PrivateTree tree;
  private volatile ServerProcess server;
  private volatile boolean closed;
  private final Object recovering = new Object();

  private Cluster(
      Installation installation,
      Path workspace,
      @Nullable Path twin,
      Path data,
      PrivateTree tree,
      ServerProcess server) {
    this.installation = installation;
    this.workspace = workspace;
    this.twin = twin;
    this.data = data;
    this.tree = tree;
    this.server = server;
  }

  /**
   * Starts a fresh server of {@code installation}; throws UserError with the server's words if it
   * cannot.
   */
  public static Cluster start(Installation installation) {
    return start(installation, Cluster::freePort);
  }

  static Cluster start(Installation installation, IntSupplier ports) {
    return Shutdown.starting(() -> startCounted(installation, ports));
  }

  private static Cluster startCounted(Installation installation, IntSupplier ports) {
    Path ws;
    try {
      ws = Workspace.create(Workspace.base());
    } catch (IOException e) {
      throw new UserError(
          null,
          "cannot create a folder for a PostgreSQL cluster in "
              + System.getProperty("java.io.tmpdir")
              + ": "
              + UserError.describe(e)
              + " (point java.io.tmpdir at a writable folder)",
          e);
    }
    ServerProcess server = null;
    Path twin = null;
    try {
      twin = Workspace.createTwin(ws);
      PrivateTree tree = PrivateTree.build(installation, ws.resolve("pg"));
      Path data = (twin == null ? ws : twin).resolve("data");
      Path sock = ws.resolve("sock");
      for (Path dir : new Path[] {data, sock}) {
        Files.createDirectory(
            dir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        ServerUser.CURRENT.own(dir);
      }
      if (twin != null) {
        Files.createSymbolicLink(ws.resolve("data"), data);
      }
      Password password = Password.random();
      password.writePgpass(ws.resolve("pgpass"));
      DataDirectory.init(
          installation, tree, data, ws.resolve("initdb.log"), sock.resolve("pwfile"), password);
      DataDirectory.configure(data, sock);
      server =
          ServerProcess.start(installation, tree, data, ws.resolve("server.log"), ports, password);
      Cluster c = new Cluster(installation, ws, twin, data, tree, server);
      Shutdown.opened(c);
      return c;
    } catch (IOException e) {
      abort(server, ws, twin);
      throw new UserError(
          null,
          "cannot start PostgreSQL "
              + installation.version()
              + " in "
              + ws
              + ": "
              + UserError.describe(e),
          e);
    } catch (RuntimeException | Error e) {
      abort(server, ws, twin);
      throw e;
    }
  }

  private static void abort(@Nullable ServerProcess server, Path ws, @Nullable Path twin) {
    if (server != null) {
      server.stop();
    }
    Leftovers.stop(twin == null ? List.of(ws) : List.of(ws, twin));
    delete(ws);
    if (twin != null) {
      delete(twin);
    }
  }

  static void delete(Path dir) {
    Trees.deleteQuietly(dir);
    Workspace.release(dir);
  }

  static int freePort() {
    return freePort(InetAddress.getLoopbackAddress());
  }

  /** A port free on {@code address}; none (or no such address) is a UserError. */
  static int freePort(InetAddress address) {
    try (ServerSocket s = new ServerSocket(0, 1, address)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UserError(
          null,
          "no free TCP port on "
              + address.getHostAddress()
              + " for a PostgreSQL cluster: "
              + UserError.describe(e),
          e);
    }
  }

  public Installation installation() {
    return installation;
  }

  public int port() {
    return server.port();
  }

  /**
   * The private {@code SHAREDIR/extension} this server reads: writable by us, readable by it; its
   * files are this cluster's own copies.
   */
  public Path extensionDir() {
    return tree.extensionDir();
  }

  /**
   * The private PKGLIBDIR ({@code $libdir}) this server loads modules from. Its files are hard
   * links shared with the binary cache: add or replace files (delete, then write), never write into
   * an existing one; {@link #stageLibrary} does so.
   */
  public Path libDir() {
    return tree.pkglibdir();
  }

  /** The private SHAREDIR (a control file's {@code directory} is relative to it). */
  public Path shareDir() {
    return tree.sharedir();
  }

  /**
   * The folder holding the server's unix socket (for psql: {@code -h socketDirectory() -p port()}).
   */
  public Path socketDirectory() {
    return workspace.resolve("sock");
  }

  /**
   * A pgpass file with this run's password, readable only by the user running the tool. For a look
   * with psql: {@code PGPASSFILE=<this> psql -h <socketDirectory()> -p <port()> -U postgres}.
   */
  public Path passwordFile() {
    return workspace.resolve("pgpass");
  }

  /**
   * The JDBC URL of {@code database} on this server (user {@code postgres}; its password is known
   * only to {@link #connect}).
   */
  public String jdbcUrl(String database) {
    return server.jdbcUrl(database);
  }

  /** The data directory (on a RAM file system when one is available, see {@link Workspace}). */
  public Path dataDirectory() {
    return data;
  }

  /** The postmaster's process id. */
  public long pid() {
    return server.pid();
  }

  /** The folder holding everything of this cluster (deleted by {@link #close()}). */
  public Path workspace() {
    return workspace;
  }

  /** Stages the extension's control files and scripts (see {@link Staging}). */
  public void stage(Extension ext) {
    try {
      Staging.stage(ext, tree.sharedir(), tree.extensionDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage " + ext.name() + " into " + extensionDir(), e);
    }
  }

  /** Copies a compiled module into {@code $libdir} under its own file name. */
  public void stageLibrary(Path library) {
    try {
      Staging.library(library, libDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage " + library + " into " + libDir(), e);
    }
  }

  /** A new superuser connection to {@code database} (the caller closes it). */
  public Connection connect(String database) throws SQLException {
    return server.connect(database);
  }

  public void createDatabase(String name, @Nullable String template) throws SQLException {
    String sql =
        "CREATE DATABASE " + quote(name) + (template == null ? "" : " TEMPLATE " + quote(template));
    execute(sql);
  }

  /** Drops {@code name} if it exists, disconnecting its sessions. */
  public void dropDatabase(String name) throws SQLException {
    String sql = "DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)";
    try {
      execute(sql);
    } catch (SQLException e) {
      // A script in that database may have crashed the server: once it recovers, try again.
      recover();
      execute(sql);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** False once the postmaster has died (its backends may still serve their sessions). */
  public boolean serverAlive() {
    return server.alive();
  }

  /** How far the server log goes now, for {@link #logSince}. */
  public long logSize() {
    try {
      return Files.size(workspace.resolve("server.log"));
    } catch (IOException e) {
      return 0;
    }
  }

  /** The server log's lines written after {@code mark} (a {@link #logSize}). */
  public List<String> logSince(long mark) {
    return ServerProcess.tail(workspace.resolve("server.log"), mark).lines().toList();
  }

  /**
   * Makes the server usable again after a script crashed: when a backend died, the postmaster
   * restarts the others and recovers (this waits until it accepts connections again); when the
   * postmaster itself died, it is started again on the same data directory (crash recovery), on the
   * same port if it is still free.
   *
   * @return true when the postmaster had died and was restarted
   */
  public boolean recover() {
    // Not on this object's monitor: close() (a shutdown hook, on SIGINT) must not wait for this.
    synchronized (recovering) {
      return recoverNow();
    }
  }

  private boolean recoverNow() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      if (closed) throw new IllegalStateException(this + " is closed");
      if (!server.alive()) {
        restart(deadline);
        return true;
      }
      try (Connection c = connect("postgres")) {
        return false;
      } catch (SQLException e) {
        // 57P03: in recovery or restarting; anything else past the deadline is the answer
        if (System.nanoTime() > deadline) {
          throw new UserError(
              "PostgreSQL " + installation.version() + " did not recover: " + e.getMessage());
        }
      }
      sleep(100);
    }
  }

  private void restart(long deadline) {
    int port = server.port();
    Password password = server.password();
    // The postmaster is gone; its backends may live on (one in a loop would until the statement
    // timeout), holding its shared memory: stop them, as for a killed run's leftovers.
    server.stop();
    Leftovers.stop(twin == null ? List.of(workspace) : List.of(workspace, twin));
    while (true) {
      try {
        AtomicBoolean first = new AtomicBoolean(true);
        server =
            ServerProcess.start(
                installation,
                tree,
                data,
                workspace.resolve("server.log"),
                () -> first.getAndSet(false) ? port : freePort(),
                password);
        return;
      } catch (IOException | UserError e) {
        // the dead postmaster's backends may still hold its shared memory for a moment; once
        // closed (the tool is shutting down: nothing starts any more) there is nothing to wait for
        if (closed || System.nanoTime() > deadline) {
          throw new UserError(
              null,
              "PostgreSQL "
                  + installation.version()
                  + " died during a script and could not be restarted: "
                  + e.getMessage(),
              e);
        }
        sleep(200);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while PostgreSQL recovers", e);
    }
  }

  /** Stops the server and deletes every file of this cluster. Idempotent. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    try {
      server.stop();
    } finally {
      delete(workspace);
      if (twin != null) {
        delete(twin);
      }
      Shutdown.closed(this);
    }
  }

  @Override
  public String toString() {
    return "cluster " + installation + " on 127.0.0.1:" + port();
  }
}
