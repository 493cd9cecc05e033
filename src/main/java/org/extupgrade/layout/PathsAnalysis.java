package org.extupgrade.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.extupgrade.model.Finding;
import org.jspecify.annotations.Nullable;

/**
 * What {@code extupgrade paths} reports, computed from files alone: the matrix {@code
 * pg_extension_update_paths()} returns (every ordered pair of versions with PostgreSQL's path or
 * none), install paths, and the findings a maintainer must know about ({@link PathFindings}).
 */
public final class PathsAnalysis {
  /** One row of {@code pg_extension_update_paths()}: path is null when there is none. */
  public record Row(String from, String to, @Nullable List<String> path) {
    public Row {
      path = path == null ? null : List.copyOf(path);
    }

    /** The path as PostgreSQL prints it ({@code 1.0--1.1--1.2}), or null. */
    public @Nullable String joined() {
      return path == null ? null : String.join("--", path);
    }
  }

  private final Extension extension;
  private final VersionGraph graph;
  private final List<String> versions;
  private final Map<String, VersionGraph.PathTree> trees = new HashMap<>();
  private final List<Finding> findings;

  private PathsAnalysis(Extension extension) {
    this.extension = extension;
    this.graph = extension.graph();
    this.versions = List.copyOf(graph.versions());
    for (String v : versions) {
      trees.put(v, graph.pathsFrom(v));
    }
    this.findings = PathFindings.of(this);
  }

  public static PathsAnalysis of(Extension extension) {
    return new PathsAnalysis(extension);
  }

  public Extension extension() {
    return extension;
  }

  public VersionGraph graph() {
    return graph;
  }

  /** Every version named by a script, in strcmp order. */
  public List<String> versions() {
    return versions;
  }

  /** PostgreSQL's update path from one version to another (both included), or empty. */
  public Optional<List<String>> path(String from, String to) {
    VersionGraph.PathTree t = trees.get(from);
    return t == null ? Optional.empty() : t.to(to);
  }

  /**
   * Number of scripts PostgreSQL runs from {@code from} to {@code to}, or -1 when there is no path.
   */
  public int length(String from, String to) {
    VersionGraph.PathTree t = trees.get(from);
    return t == null ? -1 : t.length(to);
  }

  /** The full matrix, rows ordered by source then target (strcmp). */
  public List<Row> rows() {
    List<Row> out = new ArrayList<>(versions.size() * Math.max(0, versions.size() - 1));
    for (String from : versions) {
      VersionGraph.PathTree t = trees.get(from);
      for (String to : versions) {
        if (!from.equals(to)) {
          out.add(new Row(from, to, t.to(to).orElse(null)));
        }
      }
    }
    return out;
  }

  /**
   * The rows whose target is {@code to}, by source (strcmp); empty when {@code to} is no version.
   */
  public List<Row> rowsTo(@Nullable String to) {
    List<Row> out = new ArrayList<>();
    if (to != null && trees.containsKey(to)) {
      for (String from : versions) {
        if (!from.equals(to)) {
          out.add(new Row(from, to, trees.get(from).to(to).orElse(null)));
        }
      }
    }
    return out;
  }

  /** Findings in {@link Finding#ORDER}. */
  public List<Finding> findings() {
    return findings;
  }
}
