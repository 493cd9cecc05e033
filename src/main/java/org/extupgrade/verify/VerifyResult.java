package org.extupgrade.verify;

import java.util.List;
import org.extupgrade.model.Finding;
import org.jspecify.annotations.Nullable;

/**
 * What one run on one server found.
 *
 * @param major the server's major version
 * @param target the version every scenario ended at
 * @param scenarios the scenarios run, PostgreSQL's paths and alternatives
 * @param findings in {@link Finding#ORDER}
 * @param skipped why nothing could be checked (the target cannot be installed on this machine for a
 *     reason outside the extension, such as a missing language runtime), or null
 */
public record VerifyResult(
    int major,
    String target,
    List<Scenario> scenarios,
    List<Finding> findings,
    @Nullable String skipped) {

  public VerifyResult {
    scenarios = List.copyOf(scenarios);
    findings = List.copyOf(findings);
  }
}
