package org.extupgrade.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.OldVersions;
import org.extupgrade.layout.VersionOrder;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.RootCauses;
import org.extupgrade.model.UserError;
import org.extupgrade.model.VersionPair;

/**
 * What a run found ({@link Raw}), reported: each difference once, at the script that introduced it,
 * with the upgrades it affects. A pure function of the run's findings, so that the shards of a run,
 * merged, report exactly what the whole run reports.
 */
final class Report {
  private final Raw raw;
  private final Extension ext;
  private final Verifier.Options options;
  private final Map<Edges.Edge, Map<String, Finding>> causes = new HashMap<>();

  private Report(Raw raw, Extension ext, Verifier.Options options) {
    this.raw = raw;
    this.ext = ext;
    this.options = options;
  }

  static VerifyResult of(Raw raw, Extension ext, Verifier.Options options) {
    return new Report(raw, ext, options).result();
  }

  private VerifyResult result() {
    Plan plan = raw.plan();
    int major = raw.major();
    if (!raw.unavailable().isEmpty()) {
      // Every upgrade needs the missing extension: none of them is clean.
      List<Finding> each =
          raw.unavailable().stream().map(f -> f.withAffects(upgrades(plan))).toList();
      return VerifyResult.of(major, plan, List.of(), List.of(), each);
    }
    List<Finding> findings = new ArrayList<>();
    for (String old : plan.noPath()) findings.add(noPath(old, plan.target()));
    if (options.from().isEmpty())
      OldVersions.finding(ext, plan.target(), options.oldest()).ifPresent(findings::add);
    Set<String> installed = new HashSet<>();
    for (String v : plan.freshVersions()) {
      Raw.Fresh f = raw.fresh().get(v);
      if (f == null) continue; // no shard needed it: its edges did not run either
      if (f.failed() && f.outside() && v.equals(plan.target()))
        return VerifyResult.skipped(major, plan, f.findings().get(0).message());
      if (!f.failed()) installed.add(v);
      findings.addAll(f.findings());
    }
    if (!installed.contains(plan.target())) {
      // Nothing could be compared: the target's failure concerns every upgrade to it.
      List<Finding> out = new ArrayList<>();
      for (Finding f : findings) {
        boolean aboutTarget = f.upgrade().isEmpty() || f.to().equals(plan.target());
        out.add(aboutTarget ? f.withAffects(upgrades(plan)) : f);
      }
      return VerifyResult.of(major, plan, List.of(), List.of(), out);
    }
    List<Finding> alone = new ArrayList<>();
    List<Scenario> run = new ArrayList<>();
    for (Edges.Edge e : plan.edges()) {
      Raw.EdgeRun r = required(raw.edges().get(e), Units.edge(e));
      alone.addAll(r.findings());
      Map<String, Finding> index = new HashMap<>();
      for (Finding f : r.findings()) index.putIfAbsent(RootCauses.what(f), f);
      causes.put(e, index);
      run.add(e.scenario());
    }
    List<Finding> whole = new ArrayList<>();
    List<Scenario> converged = new ArrayList<>();
    for (Scenario s : plan.scenarios()) {
      if (s.steps().size() == 2) continue; // one script: its edge run is this upgrade
      if (!options.allPaths() && Paths.converges(s, e -> Edges.clean(raw.edges().get(e)))) {
        converged.add(s);
        continue;
      }
      Raw.PathRun r = required(raw.paths().get(s), Units.path(s));
      run.add(s);
      if (r.failed()) {
        whole.addAll(r.findings()); // names its script and line
        continue;
      }
      for (Finding f : r.findings()) {
        Finding b = blame(f, s);
        // An alternative path explained by one of its scripts adds nothing to that script's
        // finding, and PostgreSQL's own path from its start may well be right.
        if (!(s.stepwise() && b != f)) whole.add(b);
      }
    }
    alone = Collapse.columns(alone);
    whole = Collapse.columns(whole);
    findings.addAll(RootCauses.markRepaired(alone, whole, plan.target()));
    findings.addAll(whole);
    List<Finding> others = new ArrayList<>();
    raw.others().values().forEach(others::addAll);
    findings.addAll(SchemaCheck.beyond(findings, Collapse.columns(others)));
    List<Finding> grouped = RootCauses.group(findings, VersionOrder.INSTANCE);
    grouped.sort(Finding.ORDER);
    List<String> notes = new ArrayList<>();
    raw.notes().values().forEach(notes::addAll);
    return VerifyResult.of(major, plan, run, converged, grouped).withNotes(notes);
  }

  private static <T> T required(T part, String unit) {
    if (part == null)
      throw new UserError(
          "the shards merged do not cover the whole run: no shard ran "
              + unit
              + " (merge every shard of one run, each once)");
    return part;
  }

  /**
   * The finding at the first script on the path whose own run shows the same difference; unchanged
   * when none does (the scripts are each right, their combination is not).
   */
  private Finding blame(Finding f, Scenario s) {
    String cause = RootCauses.what(f);
    for (Edges.Edge e : Paths.edgesOf(s)) {
      Finding x = causes.getOrDefault(e, Map.of()).get(cause);
      if (x != null) return f.withWhere(x.where());
    }
    return f;
  }

  private Finding noPath(String old, String target) {
    return Finding.of(FindingKind.NO_UPDATE_PATH)
        .object("extension " + ext.name())
        .upgrade(old, target)
        .message(
            "version "
                + old
                + " can be installed but not updated to "
                + target
                + ": its users cannot upgrade")
        .build();
  }

  /** Every upgrade a result covers, as {@code from -> to}. */
  private static List<String> upgrades(Plan plan) {
    return Verifier.pairs(plan).stream().map(VersionPair::label).toList();
  }
}
