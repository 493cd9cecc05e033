package org.extupgrade.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.extupgrade.fuzz.Bounded;
import org.extupgrade.model.UserError;

/**
 * Fuzzing the control-file parser (GUC scanner, line grammar, includes, the values' own syntax):
 * random and long texts either parse or raise a one-line {@link UserError}, each within {@link
 * Bounded#PER_TRY}. Found before: a value of 1,500 characters overflowed the stack.
 */
class ControlFilePropertiesTest {
  private static final Path DIR = Path.of("target", "fuzz-control");
  private static final AtomicInteger N = new AtomicInteger();

  private static final String ALPHABET = "abxyz_019 \t\r\n'\"\\#=.,-+:/$@é\u00ff";

  private static final String[] SNIPPETS = {
    "default_version = '1.0'\n",
    "default_version ",
    "comment = '",
    "requires = 'a, \"b c\", '",
    "no_relocate = '",
    "relocatable = ",
    "superuser = ",
    "trusted = on\n",
    "encoding = 'LATIN1'\n",
    "directory = 'sql'\n",
    "schema = ",
    "module_pathname = '$libdir/x'\n",
    "include 'more.conf'\n",
    "include_if_exists 'missing.conf'\n",
    "include_dir 'confs'\n",
    "include 'ext.control'\n",
    "''",
    "\\'",
    "\\\\",
    "\\n",
    "\\101",
    "0x1F",
    "1e5",
    "-.5",
    "10kB",
    "a.b",
    "\n",
    "# comment\n",
    "=",
  };

  @Provide
  Arbitrary<String> controlText() {
    Arbitrary<String> chars = Arbitraries.strings().withChars(ALPHABET).ofMaxLength(30);
    return Arbitraries.oneOf(chars, Arbitraries.of(SNIPPETS))
        .list()
        .ofMaxSize(25)
        .map(l -> String.join("", l));
  }

  /** One long value, unquoted or quoted with escapes, or a long run of one snippet. */
  @Provide
  Arbitrary<String> longText() {
    Arbitrary<Integer> n = Arbitraries.integers().between(1_000, 60_000);
    Arbitrary<String> piece = Arbitraries.of("a", "ab''", "x\\\\", "b-c.d/", "9", "'", "\\", "\n");
    Arbitrary<String> prefix = Arbitraries.of("comment = '", "default_version = ", "schema ", "");
    return net.jqwik.api.Combinators.combine(prefix, piece, n)
        .as((p, s, k) -> p + s.repeat(k / s.length()) + "'\n");
  }

  @Property(tries = 1500)
  void randomControlFilesParseOrFailInOneLine(@ForAll("controlText") String text) {
    check(text);
  }

  @Property(tries = 60)
  void longValuesParseOrFailInOneLine(@ForAll("longText") String text) {
    check(text);
  }

  private static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // target/ is cleaned by the next mvn clean anyway
    }
  }

  private static void check(String text) {
    Path dir = DIR.resolve(Integer.toString(N.incrementAndGet()));
    Path file = dir.resolve("ext.control");
    try {
      Files.createDirectories(dir.resolve("confs"));
      Files.writeString(file, text, StandardCharsets.ISO_8859_1);
      Files.writeString(dir.resolve("more.conf"), "comment = 'more'\n");
      Files.writeString(dir.resolve("confs/a.conf"), "schema = s\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Bounded.call(text, () -> ControlFileParser.parsePrimary(file, "ext"));
      Statistics.collect("parsed");
    } catch (UserError e) {
      Statistics.collect("user error");
    } finally {
      deleteTree(dir);
    }
  }
}
