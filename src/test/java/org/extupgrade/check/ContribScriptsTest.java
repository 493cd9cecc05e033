package org.extupgrade.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.extupgrade.cluster.Installations;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real scripts, maintained by PostgreSQL's own developers: every contrib extension shipped with the
 * embedded PostgreSQL binaries checks without an error or a warning (their upgrade chains are
 * correct, so anything reported would be a false positive). They exercise the statement semantics
 * along long chains: operator classes with implicit families, {@code ALTER EXTENSION ... DROP}
 * before {@code DROP}, objects in pg_catalog, ALTER FUNCTION, DO blocks. Each contrib extension
 * ships one full install script, so the new version's model comes from the same install path and
 * the final comparison is trivial here: the fixtures and the examples test it.
 */
class ContribScriptsTest {

  @ParameterizedTest(name = "PostgreSQL {0}")
  @ValueSource(ints = {13, 18})
  void everyContribExtensionChecksWithoutErrorsOrWarnings(int major) throws IOException {
    Path dir = Installations.embedded(major).sharedir().resolve("extension");
    List<String> names;
    try (Stream<Path> s = Files.list(dir)) {
      names =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".control") && !n.contains("--"))
              .map(n -> n.substring(0, n.length() - ".control".length()))
              .sorted()
              .toList();
    }
    assertThat(names).hasSizeGreaterThan(40);
    List<String> problems = new ArrayList<>();
    int pairs = 0;
    for (String name : names) {
      Extension ext = ExtensionLoader.load(dir, name, List.of());
      Check.Result r = Check.run(ext, s -> ScriptText.read(ext, s), null, null);
      pairs += r.pairs().size();
      for (Finding f : r.findings()) {
        if (f.severity() != Severity.INFO)
          problems.add(name + ": " + Fixtures.line(f) + ": " + f.message());
      }
    }
    assertThat(problems).isEmpty();
    assertThat(pairs).as("upgrade pairs checked").isGreaterThan(10);
  }
}
