package org.extupgrade.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/**
 * The operating-system user the server runs as. PostgreSQL refuses to run as root, so as root the
 * server runs as {@code nobody} through util-linux {@code setpriv}; otherwise as the current user.
 * Either way {@code setpriv --pdeathsig} (when present) signals the child when the thread that
 * started it dies, so a JVM killed with -9 leaves no server behind.
 */
final class ServerUser {
  static final ServerUser CURRENT = detect();

  private final boolean root;
  private final int uid;
  private final int gid;
  private final @Nullable Path setpriv;
  private final @Nullable Path setsid;

  private ServerUser(
      boolean root, int uid, int gid, @Nullable Path setpriv, @Nullable Path setsid) {
    this.root = root;
    this.uid = uid;
    this.gid = gid;
    this.setpriv = setpriv;
    this.setsid = setsid;
  }

  private static ServerUser detect() {
    int me = 0;
    try {
      me = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    } catch (IOException | RuntimeException e) {
      me = "root".equals(System.getProperty("user.name")) ? 0 : -1;
    }
    int[] nobody = nobody();
    return new ServerUser(me == 0, nobody[0], nobody[1], tool("setpriv"), tool("setsid"));
  }

  private static @Nullable Path tool(String name) {
    for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
      if (Files.isExecutable(Path.of(dir, name))) {
        return Path.of(dir, name);
      }
    }
    return null;
  }

  private static int[] nobody() {
    try {
      for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
        String[] f = line.split(":");
        if (f.length > 3 && f[0].equals("nobody")) {
          return new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3])};
        }
      }
    } catch (IOException | RuntimeException e) {
      // fall through to the usual ids
    }
    return new int[] {65534, 65534};
  }

  boolean isRoot() {
    return root;
  }

  /**
   * The command line that runs {@code command} as the server user, getting {@code deathSignal} when
   * its parent dies, in a session of its own (util-linux {@code setsid}, when present): a Ctrl-C at
   * the terminal reaches only the tool, which stops its servers itself.
   */
  List<String> wrap(List<String> command, String deathSignal) {
    List<String> full = new ArrayList<>();
    if (setpriv != null) {
      full.add(setpriv.toString());
      if (root) {
        full.addAll(List.of("--reuid=" + uid, "--regid=" + gid, "--clear-groups"));
      }
      full.addAll(List.of("--pdeathsig", deathSignal, "--"));
    } else if (root) {
      throw new UserError(
          "running as root needs setpriv (util-linux) to start PostgreSQL as an unprivileged user:"
              + " install util-linux or run as another user");
    }
    if (setsid != null) {
      full.add(setsid.toString());
    }
    full.addAll(command);
    return full;
  }

  /** Gives {@code dir} the server user's group, so a 0710 folder of root's lets it through. */
  void shareGroup(Path dir) throws IOException {
    if (root) {
      Files.setAttribute(dir, "unix:gid", gid, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }
  }

  /** Hands {@code path} to the server user (as root); otherwise it is ours already. */
  void own(Path path) throws IOException {
    if (root) {
      Files.setAttribute(path, "unix:uid", uid);
      Files.setAttribute(path, "unix:gid", gid);
    }
  }
}
