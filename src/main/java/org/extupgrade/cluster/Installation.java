package org.extupgrade.cluster;

import java.nio.file.Path;

/**
 * A PostgreSQL installation on disk, never modified: clusters run a private copy of it.
 *
 * @param major the major version (13..18)
 * @param version the server version, for example {@code 18.1}
 * @param root the installation folder; for the embedded binaries it holds {@code bin/}, {@code
 *     lib/} and {@code share/}
 * @param bindir where {@code postgres} and {@code initdb} are
 * @param sharedir PostgreSQL's SHAREDIR (its {@code extension/} folder holds control files)
 * @param pkglibdir PostgreSQL's PKGLIBDIR (loadable modules)
 */
public record Installation(
    int major, String version, Path root, Path bindir, Path sharedir, Path pkglibdir) {

  public Installation {
    if (major < 10) {
      throw new IllegalArgumentException("unsupported PostgreSQL major " + major);
    }
    root = root.toAbsolutePath().normalize();
    bindir = bindir.toAbsolutePath().normalize();
    sharedir = sharedir.toAbsolutePath().normalize();
    pkglibdir = pkglibdir.toAbsolutePath().normalize();
  }

  /**
   * The standard layout: {@code root/bin}, {@code root/share/postgresql}, {@code
   * root/lib/postgresql}.
   */
  public Installation(int major, String version, Path root) {
    this(
        major,
        version,
        root,
        root.resolve("bin"),
        root.resolve("share/postgresql"),
        root.resolve("lib/postgresql"));
  }

  public Path postgres() {
    return bindir.resolve("postgres");
  }

  public Path initdb() {
    return bindir.resolve("initdb");
  }

  @Override
  public String toString() {
    return "PostgreSQL " + version + " (" + root + ")";
  }
}
