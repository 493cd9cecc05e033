package org.extupgrade.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.extupgrade.build.Sources;
import org.extupgrade.verify.ShardFile;
import org.extupgrade.verify.VerifyResult;
import org.extupgrade.verify.VerifySession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extupgrade merge}: the report of a verify run made in shards, from their files. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Reports a verify run made in shards (verify --shard i/n, one per CI job): reads every"
          + " shard's file and prints exactly the report the whole run would have printed.",
      "",
      "Examples:",
      "  extupgrade verify . --shard 1/3 > shard-1.json    (and 2/3, 3/3 elsewhere)",
      "  extupgrade merge . shard-1.json shard-2.json shard-3.json --format json"
    },
    footer = {
      "",
      "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 input error, 3 internal error."
    })
final class MergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExtensionOptions where = new ExtensionOptions();

  @Mixin CommonOptions common = new CommonOptions();

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "SHARD_FILE",
      description = "The files the shards wrote, every shard of the run once.")
  List<Path> shards = new ArrayList<>();

  @Mixin FormatOptions formats = new FormatOptions();

  @Mixin FailOnOption failOn = new FailOnOption();

  @Override
  public Integer call() {
    formats.outputs(spec); // a bad --format/--output combination fails before any work
    try (Sources sources = where.open(spec.commandLine().getErr())) {
      ShardFile.Merged merged = ShardFile.read(sources.extension(), shards);
      VerifySession session =
          new VerifySession(sources.extension(), merged.options(), null, List.of());
      List<VerifyResult> results = new ArrayList<>();
      for (VerifySession.Part p : merged.parts()) results.add(session.report(p));
      VerifyOutput.Printer printer =
          new VerifyOutput.Printer(spec, formats, common, where, sources, failOn);
      return printer.print(sources.extension(), results, merged.stubNote(), session::cannotInstall);
    }
  }
}
