package org.extupgrade.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.extupgrade.sql.stmt.Stmt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code src/test/resources/sql/parser/*.sql} parses to its {@code .stmts} file: one typed
 * statement per line (the record's text). Rewrite with {@code -Dgolden.update=true}, then review
 * the diff.
 */
class ParserGoldenTest {
  static final Path ROOT = Path.of("src/test/resources/sql/parser");

  static List<Path> scripts() throws IOException {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
  }

  static String render(Path script) throws IOException {
    String text = Files.readString(script, StandardCharsets.UTF_8);
    List<Stmt> stmts = Parser.parse(script.getFileName(), text);
    return stmts.stream().map(Object::toString).collect(Collectors.joining("\n", "", "\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void parsesAsTheGoldenFileSays(Path script) throws IOException {
    String name = script.getFileName().toString();
    Path expected = script.resolveSibling(name.substring(0, name.length() - 4) + ".stmts");
    String actual = render(script);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("golden file (create with -Dgolden.update=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
