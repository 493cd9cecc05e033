package org.extupgrade.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.extupgrade.fuzz.Bounded;

/**
 * Random and mutated scripts: lexing either succeeds or raises {@link SqlSyntaxError}, nothing
 * else; when it succeeds, the tokens cover the source in order, what lies between them is only
 * whitespace and comments, and each token's text lexed alone gives the same token; splitting never
 * fails and keeps every token but the separating {@code ;}. Every try is bounded in time and any
 * other exception fails it ({@link Bounded}), long inputs included.
 */
class LexerPropertiesTest {
  private static final Path FILE = Path.of("fuzz.sql");

  /** Characters that start or end something in scan.l, plus ordinary ones. */
  private static final String ALPHABET =
      "abcEeUuBbXxNn_$019 \t\n\r'\"\\&-/*+<>=~!@#%^|`?.,;:()[]{}é😀";

  private static final String[] SNIPPETS = {
    "'",
    "''",
    "\"",
    "$$",
    "$a$",
    "$1",
    "/*",
    "*/",
    "--",
    "\n",
    "E'",
    "U&'",
    "U&\"",
    "B'",
    "X'",
    "N'",
    "\\echo x\n",
    "@extschema@",
    "@extowner@",
    "@extschema:e@",
    "UESCAPE '!'",
    "\\u00e9",
    "\\+00e9",
    "0x1F",
    "1e5",
    ".5",
    "::",
    ":=",
    "=>",
    "..",
    "BEGIN ATOMIC ",
    " END;",
    "CREATE FUNCTION ",
  };

  @Provide
  Arbitrary<String> randomText() {
    Arbitrary<String> chars = Arbitraries.strings().withChars(ALPHABET).ofMaxLength(60);
    Arbitrary<String> snippets = Arbitraries.of(SNIPPETS);
    return Arbitraries.oneOf(chars, snippets).list().ofMaxSize(20).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> mutatedScript() {
    List<String> scripts =
        LexerGolden.scripts(LexerGolden.ROOT).stream().map(LexerGolden::read).toList();
    Arbitrary<Integer> edit = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    return Combinators.combine(Arbitraries.of(scripts), edit.list().ofMinSize(1).ofMaxSize(6))
        .as(LexerPropertiesTest::mutate);
  }

  /** Each edit inserts, deletes, replaces or swaps one character, or inserts a snippet. */
  private static String mutate(String script, List<Integer> edits) {
    StringBuilder sb = new StringBuilder(script);
    for (int e : edits) {
      int pos = sb.isEmpty() ? 0 : (e >>> 3) % sb.length();
      char c = ALPHABET.charAt((e >>> 11) % ALPHABET.length());
      switch (e & 7) {
        case 0, 1 -> sb.insert(pos, c);
        case 2 -> {
          if (!sb.isEmpty()) {
            sb.deleteCharAt(pos);
          }
        }
        case 3 -> {
          if (!sb.isEmpty()) {
            sb.setCharAt(pos, c);
          }
        }
        case 4 -> {
          if (pos + 1 < sb.length()) {
            char a = sb.charAt(pos);
            sb.setCharAt(pos, sb.charAt(pos + 1));
            sb.setCharAt(pos + 1, a);
          }
        }
        default -> sb.insert(pos, SNIPPETS[(e >>> 11) % SNIPPETS.length]);
      }
    }
    return sb.toString();
  }

  /** Long runs of one snippet: deep nesting, huge literals and comments, many statements. */
  @Provide
  Arbitrary<String> longText() {
    Arbitrary<Integer> n = Arbitraries.integers().between(500, 20_000);
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(SNIPPETS),
            Arbitraries.of("(", "/* ", "a", "'x", "$$ ", "x;", "1.", "\\\\", "E'\\", "U&\""));
    return Combinators.combine(piece, n).as((s, k) -> s.repeat(Math.max(1, k / s.length())));
  }

  @Property(tries = 2000)
  void randomTextLexesOrRaisesASyntaxError(@ForAll("randomText") String text) {
    Statistics.collect(Bounded.call(text, () -> checkLexes(text)));
    bothOutcomesAreExercised();
  }

  @Property(tries = 2000)
  void mutatedGoldenScriptsLexOrRaiseASyntaxError(@ForAll("mutatedScript") String text) {
    Statistics.collect(Bounded.call(text, () -> checkLexes(text)));
    bothOutcomesAreExercised();
  }

  @Property(tries = 100)
  void longTextLexesAndSplitsOrRaisesOneLine(@ForAll("longText") String text) {
    Statistics.collect(Bounded.call(text, () -> checkLexes(text)));
  }

  /** Guards the generators: a property that only ever sees errors (or never) proves little. */
  private static void bothOutcomesAreExercised() {
    Statistics.coverage(
        c -> {
          c.check("tokens").percentage(p -> p > 10);
          c.check("syntax error").percentage(p -> p > 5);
        });
  }

  /** Checks one text; returns the outcome to collect (jqwik's statistics need its own thread). */
  private static String checkLexes(String text) {
    List<Token> tokens;
    try {
      tokens = Lexer.lex(FILE, text);
    } catch (SqlSyntaxError e) {
      assertThat(e.location()).isNotNull();
      assertThat(e.oneLine()).startsWith("fuzz.sql:").doesNotContain("\n");
      return "syntax error";
    }
    TokenList list = (TokenList) tokens;
    String source = list.source();
    assertThat(EchoLines.strip(source)).isEqualTo(EchoLines.strip(text));
    StringBuilder gaps = new StringBuilder(source);
    int previousEnd = 0;
    for (int i = 0; i < list.size(); i++) {
      Token t = list.get(i);
      int start = list.start(i);
      int end = list.end(i);
      assertThat(start).as("tokens in order").isGreaterThanOrEqualTo(previousEnd);
      assertThat(t.text()).isEqualTo(source.substring(start, end));
      assertThat(t.at()).isEqualTo(Positions.locateOnce(FILE, source, start));
      List<Token> alone = Lexer.lex(FILE, t.text());
      assertThat(alone).as("%s lexed alone", t.text()).hasSize(1);
      assertThat(alone.get(0).kind()).isEqualTo(t.kind());
      assertThat(alone.get(0).value()).isEqualTo(t.value());
      for (int j = start; j < end; j++) {
        gaps.setCharAt(j, ' ');
      }
      previousEnd = end;
    }
    assertThat(Lexer.lex(FILE, gaps.toString()))
        .as("between tokens lie only whitespace and comments")
        .isEmpty();
    checkSplits(tokens);
    return "tokens";
  }

  private static void checkSplits(List<Token> tokens) {
    List<RawStatement> statements = Statements.split(tokens);
    int kept = statements.stream().mapToInt(s -> s.tokens().size()).sum();
    long semicolons = tokens.stream().filter(t -> t.isSymbol(";")).count();
    assertThat(kept).isBetween((int) (tokens.size() - semicolons), tokens.size());
    for (RawStatement s : statements) {
      assertThat(s.at()).isEqualTo(s.tokens().get(0).at());
    }
  }
}
