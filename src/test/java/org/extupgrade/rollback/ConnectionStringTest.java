package org.extupgrade.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Test;

/** libpq connection strings and the PG* variables, as psql reads them. */
class ConnectionStringTest {
  static ConnectionString parse(String text, Map<String, String> env) {
    return ConnectionString.parse(text, env, "alice");
  }

  @Test
  void aUriGivesEveryPartPercentDecoded() {
    ConnectionString c =
        parse("postgresql://bob:p%40ss@db.example:6432/my%20db?sslmode=require", Map.of());
    assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6432/my%20db");
    assertThat(c.properties())
        .containsEntry("user", "bob")
        .containsEntry("password", "p@ss")
        .containsEntry("sslmode", "require");
    assertThat(c.where()).isEqualTo("bob@db.example:6432/my db");
  }

  @Test
  void keyValuePairsTakeQuotedValues() {
    ConnectionString c = parse("host=h dbname='a b' password='it\\'s' port = 5433", Map.of());
    assertThat(c.values())
        .containsEntry("host", "h")
        .containsEntry("dbname", "a b")
        .containsEntry("password", "it's")
        .containsEntry("port", "5433")
        .containsEntry("user", "alice");
  }

  @Test
  void whatTheStringLeavesOutComesFromTheEnvironmentThenLibpqsDefaults() {
    Map<String, String> env = Map.of("PGHOST", "envhost", "PGDATABASE", "envdb", "PGPORT", "7");
    assertThat(parse("postgresql:///given", env).where()).isEqualTo("alice@envhost:7/given");
    assertThat(parse(null, Map.of()).where()).isEqualTo("alice@localhost:5432/alice");
  }

  @Test
  void aSocketDirectoryOrAnUnknownKeywordIsAnInputError() {
    assertThatThrownBy(() -> parse("host=/var/run/postgresql", Map.of()))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("unix-domain sockets are not supported");
    assertThatThrownBy(() -> parse("hots=x", Map.of()))
        .isInstanceOf(UserError.class)
        .hasMessageStartingWith("connection parameter hots is not supported");
    assertThatThrownBy(() -> parse("dbname", Map.of()))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("missing \"=\"");
  }
}
