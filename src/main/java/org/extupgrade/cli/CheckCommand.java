package org.extupgrade.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.extupgrade.build.Sources;
import org.extupgrade.check.Check;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.lint.Lint;
import org.extupgrade.model.Finding;
import org.extupgrade.policy.Apply;
import org.extupgrade.policy.Policy;
import org.extupgrade.release.Frozen;
import org.extupgrade.report.FindingReport;
import org.extupgrade.report.Formats;
import org.extupgrade.report.Run;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code extupgrade check}: the static upgrade check, no database. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks, without a database, that every upgrade path yields what the new version's full"
          + " install script creates: applies the update scripts on PostgreSQL's path to the old"
          + " version's model and compares by object identity and definition (missing and"
          + " left-over objects, signature, attribute and column drift, statements that would fail).",
      "Dynamic SQL it cannot read is listed as a blind spot; use 'extupgrade verify' for the"
          + " authoritative answer on a real server.",
      "",
      "Examples:",
      "  extupgrade check examples/shop_audit",
      "  extupgrade check . --from 1.0 --to 2.0 --format json > check.json",
      "  extupgrade check . --format sarif --output check.sarif --format text"
    },
    footer = {
      "",
      "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error, 3 internal error."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExtensionOptions where = new ExtensionOptions();

  @Mixin CommonOptions common = new CommonOptions();

  @Option(
      names = "--from",
      paramLabel = "VERSION",
      description =
          "Check only the upgrade from this version (default: every installable version).")
  @Nullable String from;

  @Option(
      names = "--to",
      paramLabel = "VERSION",
      description = "The version upgraded to (default: default_version).")
  @Nullable String to;

  @Mixin FormatOptions formats = new FormatOptions();

  @Mixin FailOnOption failOn = new FailOnOption();

  private @Nullable Sources sources;

  @Override
  public Integer call() {
    formats.outputs(spec); // a bad --format/--output combination fails before any work
    // the repository's tags are read beside the loading (they need only the folder)
    Policy policy = where.policy();
    java.util.concurrent.CompletableFuture<Frozen.Opened> tags =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> Frozen.open(where.dir, policy),
            r -> Thread.ofPlatform().name("frozen").daemon().start(r));
    try (Sources sources = where.open(spec.commandLine().getErr())) {
      this.sources = sources;
      return run(sources.extension(), tags);
    } catch (RuntimeException e) {
      tags.thenAccept(Frozen.Opened::close); // the extension did not load: nothing to compare
      throw e;
    }
  }

  private Integer run(Extension ext, java.util.concurrent.CompletableFuture<Frozen.Opened> tags) {
    Policy policy = where.policy();
    // each script read and decoded once, for the check and the lint that runs beside it
    java.util.Map<Script, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.function.Function<Script, String> text =
        s -> texts.computeIfAbsent(s, x -> ScriptText.read(ext, x));
    // the lint on a thread of its own: on two cores the common pool has one worker, which the
    // lint would hold while the check's parallel parsing and walks wait for it
    java.util.concurrent.CompletableFuture<List<Finding>> lint =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> Lint.run(ext, text), r -> Thread.ofPlatform().name("lint").daemon().start(r));
    // released scripts against their tags (git), on a thread of its own for the same reason
    java.util.concurrent.CompletableFuture<List<Finding>> frozen =
        tags.thenApplyAsync(
            o -> o.findings(ext, policy, text),
            r -> Thread.ofPlatform().name("frozen").daemon().start(r));
    Check.Result result = Check.run(ext, text, from, to, from == null ? policy.oldest() : null);
    List<Finding> all = new java.util.ArrayList<>(result.findings());
    all.addAll(joined(lint));
    all.addAll(joined(frozen));
    List<Finding> findings = Apply.to(policy, all);
    if (sources != null) findings = Shown.of(sources, findings);
    FindingReport report =
        new FindingReport(
                "check",
                ext.name(),
                result.pairs(),
                findings.stream().map(Shown::relative).toList())
            .withGraph(Shown.graph(sources, ext));
    Run run = Run.of(null, report);
    Formats.Options options = Reporting.options(sources, ext, where, common, failOn);
    formats.write(spec, (f, ansi) -> Formats.render(f, run, options.withAnsi(ansi)));
    return failOn.exitCode(findings);
  }

  /**
   * Findings computed beside the check; their failure is the command's (a user error stays one).
   */
  private static List<Finding> joined(java.util.concurrent.CompletableFuture<List<Finding>> job) {
    try {
      return job.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
  }
}
