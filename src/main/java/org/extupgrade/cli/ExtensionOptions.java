package org.extupgrade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.extupgrade.build.Sources;
import org.extupgrade.cluster.Installation;
import org.extupgrade.cluster.Installations;
import org.extupgrade.policy.Policy;
import org.extupgrade.policy.PolicyFile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where the extension's files are: shared by every command that reads an extension. */
final class ExtensionOptions {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "EXTENSION_DIR",
      description = "Folder with the extension's control file (default: the current directory).")
  void dir(Path d) {
    dir = d;
    dirGiven = true;
  }

  Path dir = Path.of(".");

  /** Whether EXTENSION_DIR was given (else {@link #dir} is the current directory). */
  boolean dirGiven;

  @Option(
      names = "--extension",
      paramLabel = "NAME",
      description = "Which extension, when the folder holds several control files.")
  @Nullable String extension;

  @Option(
      names = "--scripts",
      paramLabel = "DIR",
      description = "Another folder with scripts of this extension (repeatable).")
  List<Path> scripts = new ArrayList<>();

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "The project's policy (default: extupgrade.toml in EXTENSION_DIR, when there is one):"
              + " scenarios, oldest supported version, accepted findings, severities, build.")
  @Nullable Path policyFile;

  private @Nullable Policy policy;

  /** The project's policy: --policy, else extupgrade.toml in the folder, else the default. */
  Policy policy() {
    if (policy == null) {
      policy = policyFile != null ? PolicyFile.read(policyFile) : PolicyFile.find(dir);
    }
    return policy;
  }

  /**
   * Loads the extension, building the scripts the project makes first when needed (see {@link
   * Sources}); its notes go to {@code err}, one {@code note:} line each.
   *
   * @param buildCommand the user's build command, or null for the project's own make targets
   * @param pgxs the installation whose PGXS a build uses
   */
  Sources open(@Nullable String buildCommand, Supplier<Installation> pgxs, PrintWriter err) {
    Sources sources =
        Sources.load(
            dir,
            extension,
            scripts,
            buildCommand,
            policy().release().git(),
            policy().release().tag(),
            pgxs);
    for (String note : sources.extension().notes()) {
      err.println("note: " + note);
    }
    err.flush();
    return sources;
  }

  /** {@link #open} with the policy's build, on the default embedded PostgreSQL. */
  Sources open(PrintWriter err) {
    return open(policy().build(), () -> Installations.embedded(Installations.DEFAULT_MAJOR), err);
  }
}
