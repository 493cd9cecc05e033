package org.extupgrade.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * A project's policy, read from {@code extupgrade.toml} beside the control file. Flags on the
 * command line override it.
 *
 * @param file where it was read from, or null for the default policy
 * @param scenarios verify scenarios by name ({@code rerun}, {@code locks}...): {@code "off"}, or
 *     the severity their findings get
 * @param oldest the oldest version still supported: upgrades from older ones are not checked
 * @param build the command that builds the scripts, or null to use the project's make
 * @param severities severity by finding kind, overriding the registry's default
 * @param accepted findings the project knows and accepts, each with its reason
 * @param release how releases are tagged, archived and documented
 */
public record Policy(
    @Nullable Path file,
    Map<String, String> scenarios,
    @Nullable String oldest,
    @Nullable String build,
    Map<FindingKind, Severity> severities,
    List<Accepted> accepted,
    Release release) {

  public Policy {
    scenarios = Map.copyOf(scenarios);
    severities = Map.copyOf(severities);
    accepted = List.copyOf(accepted);
  }

  /** The policy of a project without {@code extupgrade.toml}. */
  public static Policy none() {
    return new Policy(null, Map.of(), null, null, Map.of(), List.of(), Release.DEFAULT);
  }

  /**
   * The {@code [release]} table.
   *
   * @param tag the tag pattern, with one {@code {version}}; null tries {@code v{version}} and
   *     {@code {version}}
   * @param archive the folder of archived full install scripts, relative to the project
   * @param changelog the changelog file, or null to look for the usual names
   * @param matrix a document that shows the upgrade path matrix, or null when none does
   * @param git whether the project's git repository is read (release tags: baselines, frozen
   *     scripts); false leaves it alone
   */
  public record Release(
      @Nullable String tag,
      String archive,
      @Nullable String changelog,
      @Nullable String matrix,
      boolean git) {
    public static final Release DEFAULT = new Release(null, "sql/archive", null, null, true);
  }

  /**
   * One accepted finding: every field given must match ({@code script} by file name or a path
   * ending).
   *
   * @param line the finding's line in {@code script} (a lint finding's place), or null for any
   * @param at where the acceptance is written, for reporting it when it matches nothing
   */
  public record Accepted(
      @Nullable FindingKind kind,
      @Nullable String object,
      @Nullable String script,
      @Nullable Integer line,
      @Nullable String upgrade,
      String reason,
      Location at) {
    public Accepted {
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank()) throw new IllegalArgumentException("an acceptance needs a reason");
    }
  }
}
