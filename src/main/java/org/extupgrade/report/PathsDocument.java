package org.extupgrade.report;

import java.util.List;
import java.util.Objects;
import org.extupgrade.model.Finding;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What the paths reports render: an extension's versions, PostgreSQL's update-path matrix and the
 * findings about it, as plain values (the report layer does not see the layout package).
 *
 * @param versions every version in strcmp order
 * @param rows the pairs to show, in strcmp order of (from, to): every ordered pair of distinct
 *     versions for JSON and Markdown, the pairs to default_version for the short text report
 */
@NullMarked
public record PathsDocument(
    String extension,
    @Nullable String defaultVersion,
    List<Version> versions,
    List<Row> rows,
    List<Finding> findings) {

  /**
   * @param installPath what CREATE EXTENSION ... VERSION name runs: [name] for an install script,
   *     [start, ..., name] through updates, or null when it cannot be installed
   */
  public record Version(String name, boolean installable, @Nullable List<String> installPath) {
    public Version {
      Objects.requireNonNull(name);
      installPath = installPath == null ? null : List.copyOf(installPath);
    }
  }

  /** One pair: the versions PostgreSQL steps through (both ends included), or null for no path. */
  public record Row(String from, String to, @Nullable List<String> path) {
    public Row {
      path = path == null ? null : List.copyOf(path);
    }

    public @Nullable String joined() {
      return path == null ? null : String.join("--", path);
    }

    /** Number of scripts run, 0 when there is no path. */
    public int steps() {
      return path == null ? 0 : path.size() - 1;
    }
  }

  public PathsDocument {
    versions = List.copyOf(versions);
    rows = List.copyOf(rows);
    findings = List.copyOf(findings);
  }
}
