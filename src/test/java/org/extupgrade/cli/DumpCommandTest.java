package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.extupgrade.cli.VerifyCommandTest.Run;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.cluster.Installations;
import org.extupgrade.layout.ExtensionLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extupgrade dump} against a live embedded PostgreSQL holding the rollback fixture {@code
 * rb_keep} 1.1 with its seed: the exact SQL, and one-line errors where there is nothing to dump.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DumpCommandTest {
  static final Path FIXTURE = Path.of("src/test/resources/rollback/rb_keep");
  private Cluster cluster;
  private String uri;

  @BeforeAll
  void start() throws Exception {
    cluster = Cluster.start(Installations.embedded(Integer.getInteger("extupgrade.test.pg", 18)));
    cluster.stage(ExtensionLoader.load(FIXTURE, null, List.of()));
    cluster.createDatabase("app", null);
    try (Connection c = cluster.connect("app");
        Statement st = c.createStatement()) {
      st.execute("create extension rb_keep");
      st.execute(Files.readString(FIXTURE.resolve("test/upgrade/seed--1.1.sql")));
      st.execute("insert into rb_keep_targets (name) values (E'tab\\there'), ('the \"end\"')");
      st.execute("delete from rb_keep_targets where name = 'the \"end\"'");
    }
    // the pgpass line is *:*:*:postgres:PASSWORD
    String pgpass = Files.readString(cluster.passwordFile()).strip();
    String password = pgpass.substring(pgpass.lastIndexOf(':') + 1);
    uri = "postgresql://postgres:" + password + "@127.0.0.1:" + cluster.port() + "/app";
  }

  @AfterAll
  void stop() {
    if (cluster != null) cluster.close();
  }

  @Test
  void writesTheUsersRowsAsInsertsParentsFirstWithTheSequencesSet() {
    Run r = VerifyCommandTest.run("dump", "--db", uri, "--extension", "rb_keep");
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isEqualTo(Main.OK);
    assertThat(r.out())
        .isEqualTo(
            """
            -- Configuration data of extension rb_keep 1.1 (pg_extension_config_dump), written by extupgrade dump.
            -- To roll back: DROP EXTENSION "rb_keep" CASCADE; CREATE EXTENSION "rb_keep" VERSION 'OLD'; then run this file.
            BEGIN;

            -- public.rb_keep_targets where not builtin: 3 rows
            INSERT INTO public.rb_keep_targets (id, name, builtin) OVERRIDING SYSTEM VALUE VALUES ('2', 'alpha', 'false');
            INSERT INTO public.rb_keep_targets (id, name, builtin) OVERRIDING SYSTEM VALUE VALUES ('3', 'it''s', 'false');
            INSERT INTO public.rb_keep_targets (id, name, builtin) OVERRIDING SYSTEM VALUE VALUES ('4', 'tab	here', 'false');
            SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('public.rb_keep_targets', 'id'), 5, true);

            -- public.rb_keep_rules: 2 rows
            INSERT INTO public.rb_keep_rules (id, target, pattern, weight) VALUES ('1', '2', E'a\\\\b', '2.5');
            INSERT INTO public.rb_keep_rules (id, target, pattern, weight) VALUES ('2', '3', NULL, '1');
            SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('public.rb_keep_rules', 'id'), 2, true);

            COMMIT;
            """);
  }

  @Test
  void writesTheSameToAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data.sql");
    Run r = VerifyCommandTest.run("dump", "-d", uri, "-e", "rb_keep", "--output", file.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file))
        .isEqualTo(VerifyCommandTest.run("dump", "-d", uri, "-e", "rb_keep").out());
  }

  @Test
  void anExtensionNotInstalledIsOneLine() {
    Run r = VerifyCommandTest.run("dump", "--db", uri, "--extension", "nothere");
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "extupgrade: extension nothere is not installed in database app (see \\dx in psql)\n");
  }

  @Test
  void aServerThatCannotBeReachedIsOneLine() {
    Run r =
        VerifyCommandTest.run(
            "dump", "--db", "host=127.0.0.1 port=1 user=u dbname=d", "--extension", "rb_keep");
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err())
        .startsWith("extupgrade: cannot connect to u@127.0.0.1:1/d: ")
        .hasLineCount(1);
  }

  @Test
  void aWrongPasswordIsOneLine() {
    Run r =
        VerifyCommandTest.run(
            "dump",
            "--db",
            "postgresql://postgres:wrong@127.0.0.1:" + cluster.port() + "/app",
            "--extension",
            "rb_keep");
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err())
        .startsWith("extupgrade: cannot connect to postgres@127.0.0.1:")
        .contains("password authentication failed")
        .hasLineCount(1);
  }
}
