package org.extupgrade.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.extupgrade.build.Sources;
import org.extupgrade.cluster.Installations;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.UserError;
import org.extupgrade.policy.Policy;
import org.extupgrade.report.Format;
import org.extupgrade.verify.ScenarioKind;
import org.extupgrade.verify.Shard;
import org.extupgrade.verify.ShardFile;
import org.extupgrade.verify.Verifier;
import org.extupgrade.verify.VerifyResult;
import org.extupgrade.verify.VerifySession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code extupgrade verify}: on real PostgreSQL, every upgrade path must yield a fresh install. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Installs the target version fresh on a throwaway PostgreSQL, then every older version"
          + " upgraded along PostgreSQL's own path (and along every other path, one ALTER EXTENSION"
          + " UPDATE TO at a time), and compares everything the extension owns: definitions,"
          + " bodies, columns, defaults, privileges, comments, configuration tables.",
      "",
      "Scenarios beyond that, each on unless named in --skip (docs/scenarios.md):",
      "  data       rows seeded by test/upgrade/seed--X.sql and configuration rows",
      "             survive; dependent views, indexes, defaults still work;",
      "             test/upgrade/check.sql answers as on a fresh install",
      "  rerun      each update script runs a second time safely (off unless --with rerun)",
      "  downgrade  update then downgrade equals a fresh install of the older version",
      "  schemas    in another schema, behind a hostile search_path, the upgrade",
      "             equals a fresh install there (no fixed schema in the control file)",
      "  settings   no script leaves a setting changed in the session",
      "  locks      locks held on relations the extension does not own (warning)",
      "  dependents users' views, columns and indexes over everything the extension",
      "             offers survive each update script (or stop it: a warning)",
      "  dump       pg_dump and pg_restore of the upgraded database equal it (needs the",
      "             client tools of the same major: --pg-bindir or /usr/lib/postgresql/N/bin)",
      "  rollback   each old version's rollback: dump the configuration data after the",
      "             update, DROP EXTENSION CASCADE, install the old version, replay; the",
      "             rows must be back (off unless --rollback; docs/rollback.md)",
      "",
      "Examples:",
      "  extupgrade verify examples/shop_audit",
      "  extupgrade verify . --pg all --format json > verify.json",
      "  extupgrade verify . --format junit --output junit.xml --format github",
      "  extupgrade verify . --pg-bindir /usr/lib/postgresql/15/bin --library build/ext.so"
    },
    footer = {
      "",
      "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 input error, 3 internal error."
    })
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExtensionOptions where = new ExtensionOptions();

  @Mixin CommonOptions common = new CommonOptions();

  @Option(
      names = "--pg",
      paramLabel = "MAJOR",
      description = "PostgreSQL major of the embedded binaries, 13..18 (default: 18), or 'all'.")
  @Nullable String pg;

  @Option(
      names = "--pg-bindir",
      paramLabel = "DIR",
      description = "Use a local PostgreSQL installation (the folder with postgres and initdb).")
  @Nullable Path bindir;

  @Option(
      names = "--from",
      paramLabel = "VERSION",
      description =
          "Upgrade only from this version (repeatable; default: every installable version).")
  List<String> from = new ArrayList<>();

  @Option(
      names = "--to",
      paramLabel = "VERSION",
      description = "The target version (default: default_version).")
  @Nullable String to;

  @Mixin FormatOptions formats = new FormatOptions();

  @Mixin FailOnOption failOn = new FailOnOption();

  @Option(
      names = "--shard",
      paramLabel = "I/N",
      description =
          "Run only shard I of N of the scenarios (deterministic) and print what they found as"
              + " a shard file, for 'extupgrade merge' to report with the other shards'.")
  @Nullable String shard;

  private @Nullable Sources sources;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description =
          "Statement timeout for each CREATE and ALTER EXTENSION, e.g. 30s, 2m, 500ms (default:"
              + " 30s).")
  String timeout = "30s";

  @Option(
      names = "--library",
      paramLabel = "FILE",
      description = "A compiled module to stage in $libdir with the scripts (repeatable).")
  List<Path> libraries = new ArrayList<>();

  @Option(
      names = "--skip",
      paramLabel = "SCENARIO",
      split = ",",
      description =
          "Scenarios not to run: data, downgrade, schemas, settings, locks, dependents, dump"
              + " (comma-separated or repeated).")
  List<String> skip = new ArrayList<>();

  @Option(
      names = "--with",
      paramLabel = "SCENARIO",
      split = ",",
      description =
          "Scenarios off by default to run too: rerun (each update script runs a second time"
              + " safely; for projects that require idempotent scripts), rollback.")
  List<String> with = new ArrayList<>();

  @Option(
      names = "--rollback",
      description =
          "Rehearse the rollback from the target to each old version (as --with rollback): the"
              + " configuration data dumped after the update must survive DROP EXTENSION CASCADE,"
              + " an install of the old version and its replay.")
  boolean rollback;

  @Option(
      names = "--all-paths",
      description =
          "Run every upgrade to the target whole, also those made only of scripts that are clean"
              + " on their own (by default those are known to yield a fresh install).")
  boolean allPaths;

  @Option(
      names = "--stubs",
      negatable = true,
      description =
          "Stub mode: rewrite LANGUAGE c functions into do-nothing stubs so the SQL installs"
              + " without the compiled library (default: on when a script names a library that"
              + " is neither given with --library nor in the installation).")
  @Nullable Boolean stubs;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Scenarios run at once, each on a cluster of its own (default: 2).")
  int jobs = 2;

  @Override
  public Integer call() throws SQLException, InterruptedException {
    formats.outputs(spec); // a bad --format/--output combination fails before any work
    if (jobs < 1 || jobs > 16) {
      throw new ParameterException(
          spec.commandLine(), "--jobs must be between 1 and 16, not " + jobs);
    }
    Policy policy = where.policy();
    List<String> policyOn = new ArrayList<>();
    List<String> policyOff = new ArrayList<>();
    policy.scenarios().forEach((k, v) -> (v.equals("off") ? policyOff : policyOn).add(k));
    Verifier.Options options =
        new Verifier.Options(
            to,
            from,
            VerifyTimeout.parse(spec.commandLine(), timeout),
            jobs,
            ScenarioKind.select(
                ScenarioKind.select(policyOn, policyOff),
                rollback ? plus(with, "rollback") : with,
                skip),
            allPaths,
            from.isEmpty() ? policy.oldest() : null);
    for (Path lib : libraries) {
      if (!Files.isRegularFile(lib)) {
        throw new UserError("--library " + lib + ": no such file");
      }
    }
    try (Sources sources =
        where.open(
            policy.build(),
            () ->
                bindir != null
                    ? Installations.local(bindir)
                    : Installations.embedded(Installations.DEFAULT_MAJOR),
            common.quiet
                ? new java.io.PrintWriter(java.io.Writer.nullWriter())
                : spec.commandLine().getErr())) {
      this.sources = sources;
      return run(sources.extension(), options);
    }
  }

  private static List<String> plus(List<String> list, String name) {
    List<String> out = new ArrayList<>(list);
    out.add(name);
    return out;
  }

  private Integer run(Extension ext, Verifier.Options options)
      throws SQLException, InterruptedException {
    VerifySession session = new VerifySession(ext, options, stubs, libraries);
    Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
    if (!part.all()
        && !formats.outputs.isEmpty()
        && (formats.outputs.size() > 1 || formats.outputs.get(0).format != Format.json)) {
      throw new ParameterException(
          spec.commandLine(),
          "--shard writes one shard file (JSON, for extupgrade merge): give no --format, or"
              + " --format json [--output FILE]");
    }
    List<VerifyResult> results = new ArrayList<>();
    List<VerifySession.Part> parts = new ArrayList<>();
    for (PgOptions pgo : installations()) {
      try (ProgressLine p =
          ProgressLine.start("extupgrade verify", common.quiet, System.getenv())) {
        if (part.all()) results.add(session.run(pgo.installation()));
        else parts.add(shown(session.gather(pgo.installation(), part)));
      }
      if (common.verbose && !common.quiet) spec.commandLine().getErr().println(session.times());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (!part.all()) {
      // a shard's findings are a part of the run's: extupgrade merge reports them
      String doc = ShardFile.write(ext, part, options, session.stubNote(), parts);
      formats.write(spec, (f, ansi) -> doc);
      return Main.OK;
    }
    return printer().print(ext, results, session.stubNote(), session::cannotInstall);
  }

  /** A shard's findings with built scripts named as the project's, as the merge shows them. */
  private VerifySession.Part shown(VerifySession.Part p) {
    Sources s = sources;
    return s == null ? p : new VerifySession.Part(p.raw().map(f -> Shown.of(s, f)), p.stubbed());
  }

  private VerifyOutput.Printer printer() {
    return new VerifyOutput.Printer(spec, formats, common, where, sources, failOn);
  }

  private List<PgOptions> installations() {
    List<PgOptions> out = new ArrayList<>();
    if (pg != null && pg.equals("all")) {
      if (bindir != null) {
        throw new UserError("--pg all and --pg-bindir exclude each other: give one of them");
      }
      for (int m : Installations.embeddedMajors()) {
        out.add(pgOptions(m));
      }
      return out;
    }
    Integer major = null;
    if (pg != null) {
      try {
        major = Integer.valueOf(pg);
      } catch (NumberFormatException e) {
        throw new ParameterException(
            spec.commandLine(), "--pg must be a major (13..18) or 'all', not '" + pg + "'");
      }
    }
    out.add(pgOptions(major));
    return out;
  }

  private PgOptions pgOptions(@Nullable Integer major) {
    PgOptions o = new PgOptions();
    o.major = major;
    o.bindir = bindir;
    return o;
  }
}
