package org.extupgrade.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.extupgrade.model.Location;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatementsTest {
  private static final Path FILE = Path.of("s.sql");

  private static List<String> split(String text) {
    return Statements.split(Lexer.lex(FILE, text)).stream()
        .map(s -> String.join(" ", s.tokens().stream().map(Token::text).toList()))
        .toList();
  }

  @Nested
  class Splitting {
    @Test
    void semicolonsEndStatementsAndAreNotKept() {
      assertThat(split("a; b c;")).containsExactly("a", "b c");
    }

    @Test
    void emptyStatementsAreDropped() {
      assertThat(split(";;  ; -- x\n ;")).isEmpty();
    }

    @Test
    void theLastStatementNeedsNoSemicolon() {
      assertThat(split("a; b")).containsExactly("a", "b");
    }

    @Test
    void semicolonsInsideASqlStandardBodyDoNotEndTheStatement() {
      assertThat(split("CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; SELECT 2; END; x"))
          .containsExactly(
              "CREATE FUNCTION f ( ) RETURNS int BEGIN ATOMIC SELECT 1 ; SELECT 2 ; END", "x");
    }

    @Test
    void caseEndInsideABodyDoesNotCloseIt() {
      assertThat(
              split("CREATE PROCEDURE p() BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; END; y"))
          .hasSize(2)
          .last()
          .isEqualTo("y");
    }

    @Test
    void aTransactionBlockOutsideARoutineIsSplitNormally() {
      assertThat(split("BEGIN; SELECT 1; END;")).containsExactly("BEGIN", "SELECT 1", "END");
    }

    @Test
    void semicolonsInsideParenthesesDoNotEndTheStatement() {
      assertThat(split("CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2); z"))
          .hasSize(2);
    }

    @Test
    void aStatementStartsAtItsFirstToken() {
      List<RawStatement> st = Statements.split(Lexer.lex(FILE, "a;\n  -- c\n  b;"));
      assertThat(st.get(1).at()).isEqualTo(new Location(FILE, 3, 3));
    }

    @Test
    void tokensBuiltByHandSplitTheSameWay() {
      List<Token> tokens =
          List.copyOf(Lexer.lex(FILE, "a; CREATE FUNCTION f() BEGIN ATOMIC x; END; b"));
      assertThat(Statements.split(tokens)).hasSize(3);
    }
  }

  @Nested
  class RawStatements {
    @Test
    void aStatementHasTokens() {
      assertThatThrownBy(() -> new RawStatement(List.of(), new Location(FILE, 1, 1)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itsTokensCannotBeChanged() {
      RawStatement s = Statements.split(Lexer.lex(FILE, "a b")).get(0);
      assertThatThrownBy(() -> s.tokens().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
