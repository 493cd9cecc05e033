package org.extupgrade.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogQueriesTest {
  @ParameterizedTest
  @ValueSource(ints = {13, 14, 15, 16, 17, 18})
  void everyObjectClassHasAQueryForEverySupportedMajor(int major) {
    for (String c : CatalogQueries.CLASSES) {
      assertThat(CatalogQueries.sql(c, major)).as(c).containsIgnoringCase("select");
    }
  }

  @Test
  void versionBranchesPickTheVariantForTheServer() {
    assertThat(CatalogQueries.sql("functions", 13)).doesNotContain("prosqlbody");
    assertThat(CatalogQueries.sql("functions", 14)).contains("pg_get_function_sqlbody");
    assertThat(CatalogQueries.sql("collations", 14)).doesNotContain("colliculocale");
    assertThat(CatalogQueries.sql("collations", 15)).contains("colliculocale");
    assertThat(CatalogQueries.sql("collations", 16)).contains("collicurules");
    assertThat(CatalogQueries.sql("collations", 18)).contains("colllocale");
    assertThat(CatalogQueries.sql("types", 13)).doesNotContain("t.typsubscript");
    assertThat(CatalogQueries.sql("types", 18)).contains("t.typsubscript");
  }

  @Test
  void serversOlderThan13AreRefused() {
    assertThatThrownBy(() -> CatalogQueries.sql("members", 12))
        .hasMessageContaining("older than 13");
  }
}
