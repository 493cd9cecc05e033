package org.extupgrade.report.html;

import java.nio.file.Path;
import java.util.List;
import org.extupgrade.check.Check;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.report.FindingReport;
import org.extupgrade.report.Graph;
import org.extupgrade.report.Run;

/**
 * The run of {@code check} on {@code src/test/resources/report/graph}, built as the CLI builds it:
 * versions 0.9, 1.0, 1.1, 1.2 and 2.0 (default); 0.9 to 1.0 clean, 1.0 to 1.1 fails, 1.1 to 2.0 has
 * a body drift, 1.1 to 1.2 and 1.2 to 2.0 are on no upgrade's path.
 */
final class ReportFixture {
  static final Path DIR = Path.of("src/test/resources/report/graph");

  private ReportFixture() {}

  static FindingReport report() {
    Extension ext = ExtensionLoader.load(DIR, null, List.of());
    Check.Result r = Check.run(ext, s -> ScriptText.read(ext, s), null, null);
    return new FindingReport("check", ext.name(), r.pairs(), r.findings())
        .withGraph(Graph.of(ext, Graph::relative));
  }

  static Run run() {
    return Run.of(null, report());
  }
}
