package org.extupgrade.sql;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code src/test/resources/sql/lexer/*.sql} lexes to its {@code .tokens} file: one token per
 * line as {@code line:col KIND value}, or {@code ERROR line:col message} for a script PostgreSQL's
 * scanner rejects. Rewrite with {@code -Dgolden.update=true}.
 */
class LexerGoldenTest {

  static List<Path> scripts() {
    return LexerGolden.scripts(LexerGolden.ROOT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void lexesAsTheGoldenFileSays(Path script) {
    String name = script.getFileName().toString();
    Path expected = script.resolveSibling(name.substring(0, name.length() - 4) + ".tokens");
    LexerGolden.check(expected, LexerGolden.lexRendered(script));
  }
}
