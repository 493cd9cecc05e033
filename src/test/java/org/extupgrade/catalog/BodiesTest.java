package org.extupgrade.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.extupgrade.catalog.Bodies.Verdict;
import org.junit.jupiter.api.Test;

class BodiesTest {
  @Test
  void layoutKeyWordCaseQuotingAndAFinalSemicolonAreTheSameCode() {
    assertThat(Bodies.compare("sql", "select a,b from t", "SELECT a, b\n  FROM t;"))
        .isEqualTo(Verdict.SAME);
    assertThat(
            Bodies.compare(
                "plpgsql",
                "begin\n  raise notice 'x';\nend",
                "\nBEGIN\n\tRAISE NOTICE $$x$$;\nEND;\n"))
        .isEqualTo(Verdict.SAME);
  }

  @Test
  void commentsAloneAreNotedApart() {
    assertThat(Bodies.compare("sql", "select 1 -- one", "select 1")).isEqualTo(Verdict.COMMENTS);
    assertThat(Bodies.compare("sql", "select /* x */ 1", "select /*  x */ 1"))
        .isEqualTo(Verdict.SAME);
  }

  @Test
  void aChangeOfTokensIsDifferentCode() {
    assertThat(Bodies.compare("sql", "select 1", "select 2")).isEqualTo(Verdict.DIFFERENT);
    assertThat(Bodies.compare("sql", "select 'a b'", "select 'a  b'")).isEqualTo(Verdict.DIFFERENT);
    assertThat(Bodies.compare("sql", "select \"A\"", "select a")).isEqualTo(Verdict.DIFFERENT);
    // a comment marker inside a string is text, not a comment
    assertThat(Bodies.compare("sql", "select '--x'", "select '--y'")).isEqualTo(Verdict.DIFFERENT);
    assertThat(Bodies.compare("sql", "select $$a", "select $$b")).isEqualTo(Verdict.DIFFERENT);
  }

  @Test
  void otherLanguagesKeepTheirIndentation() {
    String a = "if x:\n    y()\nz()\n";
    String b = "if x:\n    y()\n    z()\n";
    assertThat(Bodies.compare("plpython3u", a, b)).isEqualTo(Verdict.DIFFERENT);
    assertThat(Bodies.compare("plpython3u", a, "\n" + a.replace("y()", "y()  ")))
        .isEqualTo(Verdict.SAME);
    assertThat(Bodies.compare("c", "f_v1", "f_v2")).isEqualTo(Verdict.DIFFERENT);
  }
}
