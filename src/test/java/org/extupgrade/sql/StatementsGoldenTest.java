package org.extupgrade.sql;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code src/test/resources/sql/lexer/statements/*.sql} splits into the statements of its
 * {@code .statements} file: one statement per line as {@code line:col: token texts}. Rewrite with
 * {@code -Dgolden.update=true}.
 */
class StatementsGoldenTest {

  static List<Path> scripts() {
    return LexerGolden.scripts(LexerGolden.ROOT.resolve("statements"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void splitsAsTheGoldenFileSays(Path script) {
    String name = script.getFileName().toString();
    Path expected = script.resolveSibling(name.substring(0, name.length() - 4) + ".statements");
    StringBuilder sb = new StringBuilder();
    for (RawStatement st :
        Statements.split(Lexer.lex(script.getFileName(), LexerGolden.read(script)))) {
      sb.append(st.at().line()).append(':').append(st.at().column()).append(':');
      for (Token t : st.tokens()) {
        sb.append(' ').append(LexerGolden.escape(t.text()));
      }
      sb.append('\n');
    }
    LexerGolden.check(expected, sb.toString());
  }
}
