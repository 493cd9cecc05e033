package org.extupgrade.report;

import java.nio.file.Path;
import java.util.Objects;
import org.extupgrade.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The one dispatch from a {@link Format} to its renderer, for {@code check} and {@code verify}
 * ({@code paths} renders text, JSON and its Markdown table from its own document, the other formats
 * through here). Every renderer is deterministic: same run, same bytes.
 */
public final class Formats {
  private Formats() {}

  /**
   * How to render, beyond the run itself.
   *
   * @param verbose show info findings and every line (text, Markdown)
   * @param ansi colour for text on a terminal
   * @param root the repository root (absolute): SARIF and GitHub name files relative to it
   * @param controlFile the control file as findings name files (relative to the working directory
   *     or absolute), where findings without a location are placed; null when not known
   * @param failOn the least severe finding that fails a JUnit testcase (as it fails the command)
   */
  public record Options(
      boolean verbose, Ansi ansi, Path root, @Nullable String controlFile, Severity failOn) {
    public Options {
      Objects.requireNonNull(ansi);
      Objects.requireNonNull(failOn);
      root = root.toAbsolutePath().normalize();
    }

    public Options withAnsi(Ansi a) {
      return new Options(verbose, a, root, controlFile, failOn);
    }
  }

  public static String render(Format format, Run run, Options o) {
    return switch (format) {
      case text -> Majors.text(run, o.verbose(), o.ansi());
      case json -> Majors.json(run);
      case sarif -> Sarif.render(run, o);
      case junit -> Junit.render(run, o);
      case github -> GithubCommands.render(run, o);
      case markdown -> MarkdownSummary.render(run, o);
      case html -> org.extupgrade.report.html.HtmlReport.render(run);
    };
  }
}
