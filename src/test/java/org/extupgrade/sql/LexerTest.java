package org.extupgrade.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LexerTest {
  private static final Path FILE = Path.of("ext--1.0.sql");

  private static List<Token> lex(String text) {
    return Lexer.lex(FILE, text);
  }

  private static SqlSyntaxError errorOf(String text) {
    try {
      lex(text);
    } catch (SqlSyntaxError e) {
      return e;
    }
    throw new AssertionError("no error for: " + text);
  }

  @Nested
  class Errors {
    @Test
    void anUnterminatedStringIsReportedAtItsOpeningQuote() {
      SqlSyntaxError e = errorOf("SELECT 1;\n  SELECT 'abc;\nSELECT 2;\n");
      assertThat(e.location()).isEqualTo(new Location(FILE, 2, 10));
      assertThat(e.getMessage()).isEqualTo("unterminated quoted string");
    }

    @Test
    void anUnterminatedDollarQuoteIsReportedAtItsOpeningTag() {
      SqlSyntaxError e = errorOf("CREATE FUNCTION f() AS $body$\nSELECT 1;\n$bod$;");
      assertThat(e.location()).isEqualTo(new Location(FILE, 1, 24));
      assertThat(e.getMessage()).isEqualTo("unterminated dollar-quoted string");
    }

    @Test
    void anUnterminatedNestedCommentIsReportedAtTheOutermostOpening() {
      SqlSyntaxError e = errorOf("x /* a /* b */ c\n");
      assertThat(e.location()).isEqualTo(new Location(FILE, 1, 3));
      assertThat(e.getMessage()).isEqualTo("unterminated /* comment");
    }

    @Test
    void everyOtherUnterminatedFormIsReportedAtItsOpening() {
      assertThat(errorOf("a \"id").location()).isEqualTo(new Location(FILE, 1, 3));
      assertThat(errorOf("a E'x\\'").location()).isEqualTo(new Location(FILE, 1, 3));
      assertThat(errorOf("a U&'x").location()).isEqualTo(new Location(FILE, 1, 3));
      assertThat(errorOf("a U&\"x").location()).isEqualTo(new Location(FILE, 1, 3));
      assertThat(errorOf("a B'01").getMessage()).isEqualTo("unterminated bit string literal");
      assertThat(errorOf("a X'1F").getMessage())
          .isEqualTo("unterminated hexadecimal string literal");
      assertThat(errorOf("a N'x").location()).isEqualTo(new Location(FILE, 1, 3));
    }

    @Test
    void aStringContinuedOnTheNextLineButNeverClosedIsReportedAtItsFirstQuote() {
      assertThat(errorOf("SELECT 'a'\n 'b").location()).isEqualTo(new Location(FILE, 1, 8));
    }

    @Test
    void columnsCountCharactersNotBytesOrUtf16Units() {
      assertThat(errorOf("SELECT 'é', '😀', 'open").location())
          .isEqualTo(new Location(FILE, 1, 18));
    }

    @Test
    void theErrorIsAUserErrorShownAsOneLine() {
      SqlSyntaxError e = errorOf("SELECT $$ never closed");
      assertThat(e).isInstanceOf(UserError.class);
      assertThat(e.oneLine()).isEqualTo("ext--1.0.sql:1:8: unterminated dollar-quoted string");
      assertThat(e.oneLine()).doesNotContain("\n");
    }

    @Test
    void badEscapesAreErrorsAtTheEscape() {
      assertThat(errorOf("SELECT E'ab\\u12'").location()).isEqualTo(new Location(FILE, 1, 12));
      assertThat(errorOf("SELECT E'\\uDE00'").getMessage())
          .isEqualTo("invalid Unicode surrogate pair");
      assertThat(errorOf("SELECT U&'\\12'").getMessage()).isEqualTo("invalid Unicode escape");
      assertThat(errorOf("SELECT U&'x' UESCAPE 'ab'").getMessage())
          .isEqualTo("invalid Unicode escape character");
      assertThat(errorOf("SELECT U&'x' UESCAPE 1").getMessage())
          .isEqualTo("UESCAPE must be followed by a simple string literal");
      assertThat(errorOf("SELECT E'\\377'").getMessage()).startsWith("invalid byte sequence");
    }
  }

  @Nested
  class Tokens {
    @Test
    void anEmptyScriptHasNoTokens() {
      assertThat(lex("")).isEmpty();
      assertThat(lex("  -- nothing\n/* at all */\n")).isEmpty();
      assertThat(Statements.split(lex(""))).isEmpty();
    }

    @Test
    void textIsTheRawSliceAndValueTheMeaning() {
      Token t = lex("SELECT E'a\\tb'").get(1);
      assertThat(t.text()).isEqualTo("E'a\\tb'");
      assertThat(t.value()).isEqualTo("a\tb");
      Token dollar = lex("$fn$ body $fn$").get(0);
      assertThat(dollar.text()).isEqualTo("$fn$ body $fn$");
      assertThat(dollar.value()).isEqualTo(" body ");
    }

    @Test
    void unquotedIdentifiersFoldOnlyAsciiLetters() {
      assertThat(lex("CrÉAte ÄÖ").stream().map(Token::value)).containsExactly("cr\u00c9ate", "ÄÖ");
    }

    @Test
    void notEqualsIsSpelledAsPostgreSqlDoes() {
      Token t = lex("a != b").get(1);
      assertThat(t.text()).isEqualTo("!=");
      assertThat(t.value()).isEqualTo("<>");
    }

    @Test
    void theTokenListIsImmutable() {
      List<Token> tokens = lex("SELECT 1");
      assertThatThrownBy(() -> tokens.add(tokens.get(0)))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> tokens.subList(0, 1).set(0, tokens.get(1)))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void tokensAreValues() {
      assertThat(lex("SELECT 1").get(1))
          .isEqualTo(new Token(TokenKind.NUMBER, "1", "1", new Location(FILE, 1, 8)));
      assertThat(lex("x").get(0).isWord("x")).isTrue();
      assertThat(lex("::").get(0).isSymbol("::")).isTrue();
    }

    @Test
    void echoLinesVanishButLineNumbersStay() {
      List<Token> tokens = lex("\\echo hi \\quit\r\n\\echo again\nSELECT 1;");
      assertThat(tokens.get(0).at()).isEqualTo(new Location(FILE, 3, 1));
    }

    @Test
    void aLineThatMerelyContainsEchoIsKept() {
      assertThat(lex(" \\echo x").stream().map(Token::text)).containsExactly("\\", "echo", "x");
    }
  }

  @Nested
  class LargeScripts {
    @Test
    void longRunsOfOneCharacterStayLinear() {
      assertThat(lex("SELECT 1 " + "+".repeat(200_000) + " 2")).hasSize(200_003);
      assertThat(lex("a <" + "+-".repeat(100_000) + "b").get(1).text()).isEqualTo("<");
      assertThat(errorOf("a " + "<".repeat(200_000) + "-- c").getMessage())
          .isEqualTo("operator too long");
      assertThat(lex("SELECT " + "(".repeat(200_000))).hasSize(200_001);
      assertThat(lex("-- " + "'".repeat(200_000))).isEmpty();
      assertThat(lex("/*" + "/*".repeat(100_000) + "*/".repeat(100_001))).isEmpty();
      assertThat(lex("SELECT " + "'a'\n".repeat(50_000))).hasSize(2);
      assertThat(lex("x" + "$".repeat(200_000))).hasSize(1);
    }

    @Test
    void aFiftyMegabyteScriptLexesAndSplitsWithBoundedMemory() {
      LexerScripts.Script script = LexerScripts.generate(50 * 1024 * 1024, 42);
      List<Token> tokens = lex(script.text());
      List<RawStatement> statements = Statements.split(tokens);
      assertThat(script.megabytes()).isGreaterThanOrEqualTo(50);
      assertThat(statements).hasSize(script.statements());
      assertThat(tokens.size()).isGreaterThan(script.text().length() / 20);
      long lines = script.text().chars().filter(c -> c == '\n').count();
      Token last = tokens.get(tokens.size() - 1);
      assertThat(last.text()).isEqualTo(";");
      assertThat(last.at().line()).isBetween((int) lines - 1, (int) lines);
    }
  }
}
