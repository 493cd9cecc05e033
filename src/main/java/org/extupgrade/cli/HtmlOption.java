package org.extupgrade.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;
import org.extupgrade.report.Run;
import org.extupgrade.report.html.HtmlReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --html FILE}: also writes the HTML report there. Hidden until {@code --format html
 * --output FILE} takes its place.
 */
final class HtmlOption {
  @Option(
      names = "--html",
      paramLabel = "FILE",
      hidden = true,
      description = "Also write the HTML report (one self-contained page) to FILE.")
  @Nullable Path file;

  void write(Run run) {
    if (file == null) return;
    try {
      Files.writeString(file, HtmlReport.render(run), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError(
          Location.of(file), "cannot write the HTML report: " + UserError.describe(e));
    }
  }
}
