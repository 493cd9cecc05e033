package org.extupgrade.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
  Path dir = Path.of(".");

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
}
