package org.extupgrade.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.cluster.Installations;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Snapshots of {@code catalog_all} (an extension owning one object of nearly every class) on the
 * embedded PostgreSQL ({@code -Dextupgrade.test.pg=13} for another major).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogReaderTest {
  static final Path FIXTURE = Path.of("src/test/resources/catalog/catalog_all");
  static final Path GOLDEN = Path.of("src/test/resources/catalog/catalog_all.pg18.txt");
  private Cluster cluster;
  private Snapshot a;
  private Snapshot b;

  @BeforeAll
  void install() throws Exception {
    cluster = Cluster.start(Installations.embedded(Integer.getInteger("extupgrade.test.pg", 18)));
    cluster.stage(ExtensionLoader.load(FIXTURE, null, List.of()));
    cluster.createDatabase("a", null);
    cluster.createDatabase("b", null);
    try (Connection c = cluster.connect("a")) {
      run(c, "create extension catalog_all");
      a = CatalogReader.read(c, "catalog_all");
    }
    try (Connection c = cluster.connect("b")) {
      // Other objects first, so that every OID differs from database a.
      run(c, "create table unrelated (x int); create type unrelated_t as enum ('x')");
      run(c, "create extension catalog_all");
      b = CatalogReader.read(c, "catalog_all");
    }
  }

  @AfterAll
  void stop() {
    cluster.close();
  }

  private static void run(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Nested
  class Normalization {
    @Test
    void theSameInstallGivesTheSameSnapshotWhateverTheOids() {
      assertThat(b).isEqualTo(a);
      assertThat(b.text()).isEqualTo(a.text());
      assertThat(b.json()).isEqualTo(a.json());
    }

    @Test
    void theTextFormMatchesTheReviewedGoldenFileOnPostgres18() throws Exception {
      if (a.serverMajor() != 18) {
        return;
      }
      if (Boolean.getBoolean("extupgrade.golden.write")) {
        Files.writeString(GOLDEN, a.text());
      }
      assertThat(a.text()).isEqualTo(Files.readString(GOLDEN));
    }

    @Test
    void objectsOutsideTheExtensionAreNotInTheSnapshot() {
      assertThat(b.objects().keySet()).noneMatch(k -> k.contains("unrelated"));
    }
  }

  @Nested
  class Coverage {
    @Test
    void everyObjectClassOfTheFixtureIsRead() {
      List<String> types =
          List.of(
              "table",
              "table column",
              "table constraint",
              "index",
              "trigger",
              "rule",
              "policy",
              "statistics object",
              "view",
              "view column",
              "materialized view",
              "sequence",
              "function",
              "procedure",
              "aggregate",
              "type",
              "domain constraint",
              "operator",
              "operator class",
              "operator family",
              "cast",
              "collation",
              "conversion",
              "text search dictionary",
              "text search configuration",
              "event trigger",
              "foreign-data wrapper",
              "server",
              "access method",
              "extension");
      for (String t : types) {
        assertThat(a.objects().keySet()).as(t).anyMatch(id -> id.startsWith(t + " "));
      }
    }

    @Test
    void functionsCarryEveryAttribute() {
      Map<String, String> f = a.objects().get("function cat.add(integer,integer)").fields();
      assertThat(f)
          .containsEntry("arguments", "a integer, b integer DEFAULT '1'::integer")
          .containsEntry("result", "integer")
          .containsEntry("volatility", "i")
          .containsEntry("strict", "t")
          .containsEntry("parallel", "s")
          .containsEntry("cost", "5")
          .containsEntry("config", "search_path=pg_catalog")
          .containsEntry("comment", "adds")
          .containsEntry("body", "select a + b");
      // PUBLIC's EXECUTE was revoked: only the owner's grant is left
      assertThat(f).containsEntry("acl", "postgres=X/postgres");
    }

    @Test
    void columnsCarryPositionTypeDefaultIdentityAndGeneration() {
      Map<String, CatalogObject> o = a.objects();
      assertThat(o.get("table column cat.items.id").fields())
          .containsEntry("identity_kind", "a")
          .containsEntry("position", "1");
      assertThat(o.get("table column cat.items.code").fields())
          .containsEntry("collation", "\"C\"")
          .containsEntry("not_null", "t")
          .containsEntry("comment", "the code");
      assertThat(o.get("table column cat.items.total").fields()).containsEntry("generated", "s");
      assertThat(o.get("table column cat.items.price").fields())
          .containsEntry("type", "numeric(10,2)")
          .containsEntry("default", "'0.00'::numeric(10,2)");
      assertThat(o.get("table column cat.item_notes.code")).isNull();
    }

    @Test
    void typesCarryLabelsAttributesAndDomainConstraints() {
      Map<String, CatalogObject> o = a.objects();
      assertThat(o.get("type cat.mood").fields()).containsEntry("labels", "'sad', 'ok', 'happy'");
      assertThat(o.get("type cat.pair").fields().get("attributes"))
          .contains("b text collate \"C\"");
      assertThat(o.get("type cat.posint").fields())
          .containsEntry("default", "1")
          .containsEntry("not_null", "t");
      assertThat(o.get("domain constraint positive on cat.posint").fields().get("definition"))
          .contains("VALUE > 0");
    }

    @Test
    void theExtensionRowCarriesItsConfigurationTables() {
      assertThat(a.objects().get("extension catalog_all").fields())
          .containsEntry("version", "1.0")
          .containsEntry("schema", "cat")
          .containsEntry("config_tables", "cat.settings where k <> 'builtin'");
    }

    @Test
    void privilegesIncludeInitialPrivilegesAndColumnGrants() {
      assertThat(a.objects().get("table cat.items").fields().get("init_privs"))
          .contains("pg_monitor=r/");
      assertThat(a.objects().get("table column cat.item_notes.note").fields())
          .containsEntry("acl", "pg_monitor=r/postgres")
          .containsEntry("init_privs", "pg_monitor=r/postgres");
      assertThat(a.objects().get("table column cat.item_notes.item").fields())
          .doesNotContainKey("acl");
    }

    @Test
    void anEventTriggerKeepsItsEnabledStateAndTags() {
      assertThat(a.objects().get("event trigger catalog_all_ddl").fields())
          .containsEntry("enabled", "D")
          .containsEntry("tags", "CREATE TABLE")
          .containsEntry("event", "ddl_command_end");
    }
  }

  @Test
  void anExtensionThatIsNotInstalledIsAUserError() throws Exception {
    try (Connection c = cluster.connect("postgres")) {
      assertThatThrownBy(() -> CatalogReader.read(c, "catalog_all"))
          .isInstanceOf(UserError.class)
          .hasMessageContaining("not installed");
    }
  }
}
