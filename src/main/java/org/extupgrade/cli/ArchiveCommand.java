package org.extupgrade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.extupgrade.build.Sources;
import org.extupgrade.cluster.Installations;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.Finding;
import org.extupgrade.policy.Apply;
import org.extupgrade.policy.Policy;
import org.extupgrade.release.Archive;
import org.extupgrade.report.FindingReport;
import org.extupgrade.report.Formats;
import org.extupgrade.report.Run;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extupgrade archive}: keeps each release's full install script as its baseline. */
@Command(
    name = "archive",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the full install script of VERSION (default: default_version) into the archive"
          + " folder ([release] archive in extupgrade.toml, default sql/archive), where check and"
          + " verify install old versions from. The script is the one the tree has, the build"
          + " makes, or the release tag of VERSION holds.",
      "With --check, compares every archived baseline with what made it: the release tag of its"
          + " version (the script it holds, or the one its make builds), or for an untagged"
          + " version the full install script outside the archive.",
      "",
      "Examples:",
      "  extupgrade archive 1.4                 # in the project's folder",
      "  extupgrade archive path/to/ext 1.4 --gzip",
      "  extupgrade archive --check path/to/ext"
    },
    footer = {
      "",
      "Exit codes: 0 written or unchanged (--check: every baseline matches), 1 baselines differ,"
          + " 2 usage or input error, 3 internal error."
    })
final class ArchiveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExtensionOptions where = new ExtensionOptions();

  @Mixin CommonOptions common = new CommonOptions();

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "VERSION",
      description = "The version to archive (default: default_version).")
  @Nullable String version;

  @Option(names = "--gzip", description = "Write ext--VERSION.sql.gz.")
  boolean gzip;

  @Option(
      names = "--force",
      description = "Replace an archived baseline that differs (it shows what users installed).")
  boolean force;

  @Option(names = "--check", description = "Compare the archived baselines with what made them.")
  boolean check;

  @Mixin FormatOptions formats = new FormatOptions();

  @Mixin FailOnOption failOn = new FailOnOption();

  @Override
  public Integer call() {
    VersionOrDir.apply(where, this::setVersion);
    PrintWriter err = spec.commandLine().getErr();
    if (check && version != null) {
      err.println("extupgrade archive: --check compares every baseline; give no VERSION");
      return Main.USAGE;
    }
    formats.outputs(spec);
    try (Sources sources = where.open(err)) {
      Extension ext = sources.extension();
      Policy policy = where.policy();
      Archive archive = new Archive(ext, where.dir.resolve(policy.release().archive()));
      return check ? check(sources, ext, archive, policy) : write(ext, archive, err);
    }
  }

  private void setVersion(String v) {
    version = v;
  }

  private Integer write(Extension ext, Archive archive, PrintWriter err) {
    String v = version != null ? version : ext.defaultVersion();
    if (v == null) {
      err.println("extupgrade archive: " + ext.name() + " has no default_version; give VERSION");
      return Main.USAGE;
    }
    Archive.Outcome o = archive.write(v, gzip, force);
    Path file = archive.baseline(v).orElseThrow();
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        (o == Archive.Outcome.WRITTEN ? "archived " : "already archived, unchanged: ") + file);
    out.flush();
    return Main.OK;
  }

  private Integer check(Sources sources, Extension ext, Archive archive, Policy policy) {
    List<String> notes = new ArrayList<>();
    List<Finding> found =
        archive.check(
            where.dir,
            policy.release(),
            () -> Installations.embedded(Installations.DEFAULT_MAJOR),
            notes);
    List<Finding> findings = Shown.of(sources, Apply.to(policy, found));
    FindingReport report =
        new FindingReport(
            "archive",
            ext.name(),
            List.of(),
            findings.stream().map(Shown::relative).toList(),
            notes);
    Formats.Options options = Reporting.options(sources, ext, where, common, failOn);
    formats.write(
        spec, (f, ansi) -> Formats.render(f, Run.of(null, report), options.withAnsi(ansi)));
    return failOn.exitCode(findings);
  }
}
