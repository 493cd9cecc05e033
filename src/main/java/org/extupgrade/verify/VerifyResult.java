package org.extupgrade.verify;

import java.util.List;
import org.extupgrade.model.Finding;
import org.extupgrade.model.VersionPair;
import org.jspecify.annotations.Nullable;

/**
 * What one run on one server found.
 *
 * @param major the server's major version
 * @param target the version every scenario ended at
 * @param pairs every upgrade to the target the result covers
 * @param scenarios the scenarios run: each update script alone, and the upgrades run whole
 * @param converged the upgrades not run whole: every script on them is clean
 * @param findings in {@link Finding#ORDER}
 * @param skipped why nothing could be checked (the target cannot be installed on this machine for a
 *     reason outside the extension, such as a missing language runtime), or null
 * @param notes what the scenarios say beside their findings: their times, what they could not build
 *     or run here (a scenario skipped for want of a tool says what to install)
 */
public record VerifyResult(
    int major,
    String target,
    List<VersionPair> pairs,
    List<Scenario> scenarios,
    List<Scenario> converged,
    List<Finding> findings,
    @Nullable String skipped,
    List<String> notes) {

  public VerifyResult {
    pairs = List.copyOf(pairs);
    scenarios = List.copyOf(scenarios);
    converged = List.copyOf(converged);
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  static VerifyResult of(
      int major, Plan plan, List<Scenario> run, List<Scenario> converged, List<Finding> findings) {
    return new VerifyResult(
        major, plan.target(), Verifier.pairs(plan), run, converged, findings, null, List.of());
  }

  static VerifyResult skipped(int major, Plan plan, String why) {
    return new VerifyResult(
        major, plan.target(), List.of(), List.of(), List.of(), List.of(), why, List.of());
  }

  /** The same result with other findings. */
  public VerifyResult withFindings(List<Finding> other) {
    return new VerifyResult(major, target, pairs, scenarios, converged, other, skipped, notes);
  }

  /** The same result with other notes. */
  public VerifyResult withNotes(List<String> other) {
    return new VerifyResult(major, target, pairs, scenarios, converged, findings, skipped, other);
  }
}
