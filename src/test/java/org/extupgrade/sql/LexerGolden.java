package org.extupgrade.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files for the sql package's tests: {@code X.sql} next to its expected rendering; run with
 * {@code -Dgolden.update=true} to rewrite the expectations from the current output.
 */
final class LexerGolden {
  static final Path ROOT = Path.of("src/test/resources/sql/lexer");

  private LexerGolden() {}

  static List<Path> scripts(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares {@code actual} with the file {@code expected}, or rewrites it when updating. */
  static void check(Path expected, String actual) {
    if (Boolean.getBoolean("golden.update")) {
      try {
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertThat(Files.exists(expected))
        .as("%s is missing; run the test with -Dgolden.update=true to create it", expected)
        .isTrue();
    assertThat(actual).as("golden file %s", expected).isEqualTo(read(expected));
  }

  /** One line per value: control characters and backslashes escaped. */
  static String escape(String v) {
    StringBuilder sb = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  static String render(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      sb.append(t.at().line()).append(':').append(t.at().column()).append(' ');
      sb.append(t.kind()).append(' ').append(escape(t.value())).append('\n');
    }
    return sb.toString();
  }

  /** The tokens of a script, or its error as {@code ERROR line:col message}. */
  static String lexRendered(Path script) {
    try {
      return render(Lexer.lex(script.getFileName(), read(script)));
    } catch (SqlSyntaxError e) {
      var at = e.location();
      return "ERROR "
          + (at == null ? "?" : at.line() + ":" + at.column())
          + " "
          + e.getMessage()
          + "\n";
    }
  }
}
