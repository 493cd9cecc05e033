package org.extupgrade.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;
import org.extupgrade.model.VersionPair;

/**
 * What {@link TextReport} and {@link JsonReport} render: the command's findings grouped by version
 * pair. Shared by {@code check} and {@code verify}.
 *
 * @param command {@code check} or {@code verify}
 * @param pairs the upgrades covered, in the order to show them
 * @param notes lines for the summary (what ran, what was built), shown before the findings
 * @param graph the extension's version graph, for reports that draw it ({@link Graph#NONE} when not
 *     known)
 */
public record FindingReport(
    String command,
    String extension,
    List<VersionPair> pairs,
    List<Finding> findings,
    List<String> notes,
    Graph graph) {
  public FindingReport {
    Objects.requireNonNull(command);
    Objects.requireNonNull(extension);
    Objects.requireNonNull(graph);
    pairs = List.copyOf(pairs);
    notes = List.copyOf(notes);
    findings =
        findings.stream()
            .sorted(Finding.ORDER.thenComparing(f -> String.valueOf(f.where())))
            .toList();
  }

  public FindingReport(
      String command,
      String extension,
      List<VersionPair> pairs,
      List<Finding> findings,
      List<String> notes) {
    this(command, extension, pairs, findings, notes, Graph.NONE);
  }

  public FindingReport(
      String command, String extension, List<VersionPair> pairs, List<Finding> findings) {
    this(command, extension, pairs, findings, List.of());
  }

  /** The same report drawing this graph. */
  public FindingReport withGraph(Graph g) {
    return new FindingReport(command, extension, pairs, findings, notes, g);
  }

  /**
   * One group: a version pair ({@code from -> to}), a full install ({@code "" -> to}) or the
   * scripts as a whole ({@code "" -> ""}).
   */
  public record Group(String from, String to, List<String> path, List<Finding> findings) {
    public String title() {
      if (!from.isEmpty()) return from + " -> " + to;
      return to.isEmpty() ? "all scripts" : "install " + to;
    }
  }

  /** The pairs in order, then the groups of findings that belong to no pair. */
  public List<Group> groups() {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (VersionPair p : pairs) {
      groups.put(
          p.from() + "\u0000" + p.to(), new Group(p.from(), p.to(), p.path(), new ArrayList<>()));
    }
    List<Finding> rest = new ArrayList<>();
    for (Finding f : findings) {
      Group g = groups.get(f.from() + "\u0000" + f.to());
      if (g != null) g.findings().add(f);
      else rest.add(f);
    }
    rest.sort(
        java.util.Comparator.comparing(Finding::to)
            .thenComparing(Finding::from)
            .thenComparing(Finding.ORDER));
    for (Finding f : rest) {
      groups
          .computeIfAbsent(
              f.from() + "\u0000" + f.to(),
              k -> new Group(f.from(), f.to(), List.of(), new ArrayList<>()))
          .findings()
          .add(f);
    }
    return groups.values().stream()
        .map(g -> new Group(g.from(), g.to(), g.path(), List.copyOf(g.findings())))
        .toList();
  }

  public long count(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }
}
