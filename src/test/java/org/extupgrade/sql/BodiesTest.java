package org.extupgrade.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BodiesTest {
  @Nested
  class Tokens {
    @Test
    void layoutAndKeywordCaseAreNoDifference() {
      assertThat(Bodies.tokens("BEGIN\n  RETURN $1+$2;\nEND;", "fx"))
          .isEqualTo(Bodies.tokens("begin return $1 + $2 ; end ;", "fx"));
    }

    @Test
    void aSchemaQualifierIsADifferenceButExtschemaIsTheSchemaItNames() {
      assertThat(Bodies.tokens("SELECT @extschema@.f()", "fx"))
          .isNotEqualTo(Bodies.tokens("SELECT f()", "fx"))
          .isEqualTo(Bodies.tokens("SELECT fx.f()", "fx"));
    }

    @Test
    void stringContentsAreCompared() {
      assertThat(Bodies.tokens("SELECT 'a'", null)).isNotEqualTo(Bodies.tokens("SELECT 'A'", null));
    }
  }

  @Nested
  class Comments {
    @Test
    void areWhatLiesBetweenTokensBesidesWhitespace() {
      assertThat(Bodies.comments("SELECT 1 -- one\n  /* two */ + 2")).isEqualTo("-- one /* two */");
    }

    @Test
    void dashesInsideAStringAreNotAComment() {
      assertThat(Bodies.comments("SELECT '-- no' || $$/* no */$$")).isEmpty();
    }
  }
}
