package org.extupgrade.lint;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.UserError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The lint never fails on a script: every fixture extension of the test resources is read. */
class LintRobustnessTest {
  static List<Path> extensions() throws IOException {
    try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".control"))
          .map(Path::getParent)
          .distinct()
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extensions")
  void readsEveryScriptWithoutFailing(Path dir) {
    Extension ext;
    try {
      ext = ExtensionLoader.load(dir, null, List.of());
    } catch (UserError | IllegalArgumentException e) {
      return; // a fixture of a bad layout: not the lint's to read
    }
    assertThatCode(
            () ->
                Lint.run(
                    ext,
                    s -> {
                      try {
                        return ScriptText.read(ext, s);
                      } catch (UserError e) {
                        return "";
                      }
                    }))
        .doesNotThrowAnyException();
  }
}
