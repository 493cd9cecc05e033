package org.extupgrade.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.extupgrade.build.Sources;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.PathsAnalysis;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.layout.VersionOrder;
import org.extupgrade.release.ReleaseCheck;
import org.extupgrade.release.ReleaseCheck.Item;
import org.extupgrade.release.ReleaseReport;
import org.extupgrade.report.PathsRender;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extupgrade release-check}: the checklist of cutting a release, as one command. */
@Command(
    name = "release-check",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the release checklist for VERSION (default: default_version), each item pass, fail or"
          + " skip with its reason: default-version (bumped to VERSION, newer than the last"
          + " release tag), full-script (the full install script and its archived baseline),"
          + " paths (an update path from every release tag since [oldest]), check (no errors on"
          + " any upgrade to VERSION), verify (with --live), released-scripts (no released"
          + " update script changed), changelog (mentions VERSION), path-matrix (the document"
          + " [release] matrix names shows what paths --format markdown prints).",
      "",
      "Examples:",
      "  extupgrade release-check 1.4",
      "  extupgrade release-check examples/shop_audit 2.0 --live --format markdown"
    },
    footer = {
      "",
      "Exit codes: 0 every item passes or is skipped, 1 an item fails, 2 usage or input error,"
          + " 3 internal error."
    })
final class ReleaseCheckCommand implements Callable<Integer> {
  enum Style {
    text,
    json,
    markdown
  }

  @Spec CommandSpec spec;

  @Mixin ExtensionOptions where = new ExtensionOptions();

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "VERSION",
      description = "The version being released (default: default_version).")
  @Nullable String version;

  @Option(
      names = "--live",
      description = "Also run verify on the embedded PostgreSQL (every upgrade to VERSION).")
  boolean live;

  @Option(
      names = "--pg",
      paramLabel = "MAJORS",
      description = "With --live: the PostgreSQL majors verify runs on (as verify --pg).")
  @Nullable String pg;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json or markdown.")
  Style style = Style.text;

  @Override
  public Integer call() {
    VersionOrDir.apply(where, v -> version = v);
    PrintWriter err = spec.commandLine().getErr();
    try (Sources sources = where.open(err)) {
      Extension ext = sources.extension();
      String v = version != null ? version : ext.defaultVersion();
      if (v == null) {
        err.println("extupgrade release-check: " + ext.name() + " has no default_version");
        return Main.USAGE;
      }
      Map<Script, String> texts = new ConcurrentHashMap<>();
      Function<Script, String> text = s -> texts.computeIfAbsent(s, x -> ScriptText.read(ext, x));
      PathsAnalysis analysis = PathsAnalysis.of(ext);
      String matrix =
          PathsRender.markdown(
              PathsReports.document(analysis, analysis.rows()), VersionOrder.INSTANCE);
      ReleaseCheck rc =
          new ReleaseCheck(
              ext,
              where.dir,
              where.policy(),
              text,
              matrix,
              live ? () -> verify(v) : null,
              sources::fromTag);
      // a built script is shown as the file the project's build makes, not the scratch copy
      List<Item> items =
          rc.run(v).stream()
              .map(i -> new Item(i.id(), i.status(), sources.shown(i.reason())))
              .toList();
      PrintWriter out = spec.commandLine().getOut();
      out.print(
          switch (style) {
            case text -> ReleaseReport.text(ext.name(), v, items);
            case json -> ReleaseReport.json(ext.name(), v, items);
            case markdown -> ReleaseReport.markdown(ext.name(), v, items);
          });
      out.flush();
      return ReleaseReport.failed(items) ? Main.FINDINGS : Main.OK;
    }
  }

  /** verify in-process, its summary as the item's reason. */
  private Item verify(String v) {
    List<String> args = new ArrayList<>(List.of("verify", where.dir.toString(), "--to", v));
    if (where.extension != null) args.addAll(List.of("--extension", where.extension));
    if (where.policyFile != null) args.addAll(List.of("--policy", where.policyFile.toString()));
    for (var s : where.scripts) args.addAll(List.of("--scripts", s.toString()));
    if (pg != null) args.addAll(List.of("--pg", pg));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        new Main(new PrintWriter(out), new PrintWriter(err)).run(args.toArray(String[]::new));
    String summary = lastLine(out.toString());
    return switch (exit) {
      case Main.OK -> new Item("verify", ReleaseCheck.Status.PASS, summary);
      case Main.FINDINGS ->
          new Item("verify", ReleaseCheck.Status.FAIL, summary + " (extupgrade verify shows them)");
      default ->
          new Item(
              "verify",
              ReleaseCheck.Status.FAIL,
              "verify could not run: " + lastLine(err.toString()));
    };
  }

  private static String lastLine(String s) {
    List<String> lines = s.lines().filter(l -> !l.isBlank()).toList();
    return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1).strip();
  }
}
