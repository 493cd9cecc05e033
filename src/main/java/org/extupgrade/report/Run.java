package org.extupgrade.report;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything one command run reports, the input of every output format: one report per PostgreSQL
 * major for {@code verify} (one report with no major for {@code check}).
 */
public record Run(String command, String extension, List<Section> sections) {
  public Run {
    Objects.requireNonNull(command);
    Objects.requireNonNull(extension);
    sections = List.copyOf(sections);
    if (sections.isEmpty())
      throw new IllegalArgumentException("a run reports at least one section");
  }

  /** One PostgreSQL major's report ({@code major} null for {@code check}, which runs none). */
  public record Section(@Nullable Integer major, FindingReport report) {
    public Section {
      Objects.requireNonNull(report);
    }
  }

  /** A run of one report (check, or verify on one major). */
  public static Run of(@Nullable Integer major, FindingReport report) {
    return new Run(report.command(), report.extension(), List.of(new Section(major, report)));
  }

  /** The version graph, from the first section that knows it. */
  public Graph graph() {
    return sections.stream()
        .map(s -> s.report().graph())
        .filter(g -> !g.versions().isEmpty())
        .findFirst()
        .orElse(Graph.NONE);
  }
}
