package org.extupgrade.verify;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.cluster.Installation;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.UserError;
import org.extupgrade.stub.StubMode;
import org.jspecify.annotations.Nullable;

/**
 * Verify as a library: for each installation, starts the worker clusters, stages the extension (its
 * libraries, stubs where a module is missing), runs every scenario, classifies the findings for
 * stub mode and library coverage, and closes the clusters. The CLI and the tests both call this;
 * nothing here prints.
 */
public final class VerifySession {
  private final Extension ext;
  private final Verifier.Options options;
  private final List<Path> libraries;
  private final StubSupport stubs;

  /**
   * @param stubs true to stub every C function, false never to, null to stub where the module is
   *     missing
   * @param libraries compiled modules to stage in {@code $libdir}
   * @throws org.extupgrade.model.UserError when the author's check queries or seeds cannot be read
   */
  public VerifySession(
      Extension ext, Verifier.Options options, @Nullable Boolean stubs, List<Path> libraries) {
    this.ext = ext;
    this.options = options;
    this.libraries = List.copyOf(libraries);
    this.stubs = new StubSupport(stubs, libraries, ext);
    UserData.readAll(ext);
  }

  /**
   * Runs every scenario on {@code installation}. A target that cannot be installed for a reason
   * outside the extension (a missing module) gives a result with {@link VerifyResult#skipped()}.
   */
  public VerifyResult run(Installation installation) throws SQLException, InterruptedException {
    try (Workers workers = new Workers(installation, options.threads(), this::prepare)) {
      return run(workers);
    }
  }

  /**
   * Runs every scenario on clusters the caller started and closes (one scenario at a time on each);
   * the extension is staged on them here.
   */
  public VerifyResult runOn(List<Cluster> clusters) throws SQLException, InterruptedException {
    try (Workers workers = new Workers(clusters, this::prepare)) {
      return run(workers);
    }
  }

  private String times = "";

  /**
   * How long each scenario of the last run took, summed over its clusters: one line for standard
   * error (reports stay the same bytes from run to run).
   */
  public String times() {
    return times;
  }

  /** What a shard of a run found on one major, and whether stub mode was on there. */
  public record Part(Raw raw, boolean stubbed) {}

  /**
   * Runs the scenarios of {@code shard} on {@code installation}: what they found, for {@link
   * ShardFile} and, merged with the other shards', {@link #report}.
   */
  public Part gather(Installation installation, Shard shard)
      throws SQLException, InterruptedException {
    if (!libraries.isEmpty()) {
      throw new UserError(
          "--shard and --library do not go together yet: the versions no scenario installs are"
              + " checked against the library after the whole run");
    }
    try (Workers workers = new Workers(installation, options.threads(), this::prepare)) {
      Verifier v = new Verifier(workers, ext, options);
      Raw raw = v.gather(shard);
      times = "PostgreSQL " + raw.major() + ": " + v.times();
      return new Part(raw, stubs.stubbed(raw.major()));
    }
  }

  /** The report of a run, from the merged parts of its shards: what the whole run reports. */
  public VerifyResult report(Part part) {
    VerifyResult r = Report.of(part.raw(), ext, options);
    return part.stubbed() ? r.withFindings(StubMode.classify(r.findings())) : r;
  }

  private VerifyResult run(Workers workers) throws SQLException, InterruptedException {
    Verifier v = new Verifier(workers, ext, options);
    VerifyResult r = v.run();
    times = "PostgreSQL " + r.major() + ": " + v.times();
    return stubs.classify(r, workers.any());
  }

  /**
   * What to tell a user whose extension cannot be installed for want of its module ({@link
   * VerifyResult#skipped()}).
   */
  public String cannotInstall(VerifyResult r) {
    return "cannot install "
        + ext.name()
        + " "
        + r.target()
        + " on PostgreSQL "
        + r.major()
        + ": "
        + r.skipped()
        + stubs.hint();
  }

  private void prepare(Cluster c) {
    // An extension read from the installation itself (a contrib module) is staged already.
    Path control = ext.control().file().toAbsolutePath().normalize();
    if (!control.startsWith(c.shareDir().toAbsolutePath().normalize())) c.stage(ext);
    libraries.forEach(c::stageLibrary);
    stubs.stage(c);
  }

  /** What stub mode did and cannot see, for the majors it was on; empty when it was off. */
  public String stubNote() {
    java.io.StringWriter w = new java.io.StringWriter();
    try (java.io.PrintWriter p = new java.io.PrintWriter(w)) {
      stubs.printNote(p);
    }
    return w.toString();
  }
}
