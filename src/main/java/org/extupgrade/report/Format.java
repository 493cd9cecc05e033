package org.extupgrade.report;

/**
 * The output formats of {@code paths}, {@code check} and {@code verify} (docs/formats.md). Lower
 * case, as the command line spells them.
 */
public enum Format {
  /** For people: a summary, then findings by the script to edit; ANSI colour on a terminal. */
  text,
  /** For tools: every finding, the versioned shape of docs/json-format.md. */
  json,
  /** SARIF 2.1.0, for code scanning (GitHub, GitLab, IDEs). */
  sarif,
  /** JUnit XML, for the test tab of CI servers: one testcase per upgrade path. */
  junit,
  /** GitHub Actions workflow commands: an annotation on the line of each finding. */
  github,
  /** A Markdown summary sized for a pull-request comment ({@code paths}: its path table). */
  markdown,
  /**
   * One self-contained HTML page: the version graph, the path matrix, findings by script with their
   * diffs, filters (docs/html-report.md).
   */
  html
}
