package org.extupgrade.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.extupgrade.build.Sources;
import org.extupgrade.cluster.Staging;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.UserError;
import org.extupgrade.stub.StubMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code extupgrade stage}: writes the extension's files as verify stages them (built scripts,
 * resolved control file, stubbed C functions) into a SHAREDIR, for installing by hand with psql.
 */
@Command(
    name = "stage",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the extension's control file and scripts as verify stages them into OUT/extension"
          + " (a SHAREDIR): scripts built by make, pgrx's @CARGO_VERSION@ resolved, and every"
          + " LANGUAGE c function rewritten into a stub (--no-stubs keeps them). Copy them into"
          + " an installation's share/postgresql to reproduce a finding by hand with psql.",
      "",
      "Example:",
      "  extupgrade stage . --out /tmp/ext-share"
    },
    footer = {"", "Exit codes: 0 written, 2 usage or input error, 3 internal error."})
final class StageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExtensionOptions where = new ExtensionOptions();

  @Mixin CommonOptions common = new CommonOptions();

  @Option(
      names = "--out",
      paramLabel = "SHAREDIR",
      required = true,
      description = "The folder to write into (created; must be empty if it exists).")
  Path out;

  @Option(
      names = "--stubs",
      negatable = true,
      defaultValue = "true",
      description = "Rewrite LANGUAGE c functions into stubs (default: on).")
  boolean stubs = true;

  @Override
  public Integer call() throws IOException {
    if (Files.exists(out)) {
      try (var s = Files.list(out)) {
        if (s.findAny().isPresent()) throw new UserError("--out " + out + ": not empty");
      }
    }
    try (Sources sources = where.open(spec.commandLine().getErr())) {
      Extension ext = sources.extension();
      Files.createDirectories(out);
      Staging.stageInto(ext, out);
      PrintWriter w = spec.commandLine().getOut();
      if (stubs) {
        Path noLibs = Files.createTempDirectory("extupgrade-nolib");
        try {
          StubMode.Summary s = StubMode.stage(out, noLibs, ext, true);
          w.println("stubbed " + s.stubs().size() + " C function definitions");
        } finally {
          Files.deleteIfExists(noLibs);
        }
      }
      w.println("staged " + ext.name() + " into " + out.resolve("extension"));
      w.flush();
      return Main.OK;
    } catch (UncheckedIOException e) {
      throw new UserError("cannot write into " + out + ": " + UserError.describe(e.getCause()));
    }
  }
}
