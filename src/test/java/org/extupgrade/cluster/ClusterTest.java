package org.extupgrade.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.extupgrade.layout.Extension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClusterTest {

  static String query(Cluster c, String db, String sql) throws SQLException {
    try (Connection conn = c.connect(db);
        Statement s = conn.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  static void execute(Cluster c, String db, String sql) throws SQLException {
    try (Connection conn = c.connect(db);
        Statement s = conn.createStatement()) {
      s.execute(sql);
    }
  }

  @Nested
  class EmbeddedServers {
    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("org.extupgrade.cluster.Installations#embeddedMajors")
    void startAnswerAndLeaveNothingBehindWhenClosed(int major) throws Exception {
      Installation inst = Installations.embedded(major);
      Path ws;
      Path data;
      String segment;
      try (Cluster c = Cluster.start(inst)) {
        ws = c.workspace();
        data = c.dataDirectory();
        assertThat(data.resolve("PG_VERSION")).hasContent(Integer.toString(major));
        segment = Procs.segment(ws.resolve("data"));
        assertThat(Procs.segmentExists(segment)).isTrue();
        assertThat(query(c, "postgres", "select version()"))
            .startsWith("PostgreSQL " + major + ".");
        assertThat(query(c, "postgres", "show fsync")).isEqualTo("off");
        assertThat(query(c, "postgres", "select current_user")).isEqualTo("postgres");
      }
      assertThat(ws).doesNotExist();
      assertThat(data).doesNotExist();
      assertThat(Procs.segmentExists(segment)).isFalse();
    }

    @Test
    void stagedExtensionIsCreatedAndUpdatedFromItsOwnScripts() throws Exception {
      try (Cluster c = Cluster.start(Installations.embedded(18))) {
        c.stage(Fixtures.tiny());
        assertThat(c.extensionDir().resolve("tiny--1.1.sql")).exists();
        c.createDatabase("fresh", null);
        execute(c, "fresh", "CREATE EXTENSION tiny");
        assertThat(query(c, "fresh", "select tiny_answer()")).isEqualTo("42");
        c.createDatabase("upgraded", "template0");
        execute(c, "upgraded", "CREATE EXTENSION tiny VERSION '1.0'");
        assertThat(query(c, "upgraded", "select tiny_answer()")).isEqualTo("41");
        execute(c, "upgraded", "ALTER EXTENSION tiny UPDATE");
        assertThat(
                query(c, "upgraded", "select extversion from pg_extension where extname = 'tiny'"))
            .isEqualTo("1.1");
        c.dropDatabase("upgraded");
        assertThat(
                query(c, "postgres", "select count(*) from pg_database where datname = 'upgraded'"))
            .isEqualTo("0");
      }
    }

    @Test
    void contribModulesShippedWithTheBinariesInstall() throws Exception {
      try (Cluster c = Cluster.start(Installations.embedded(18))) {
        execute(c, "postgres", "CREATE EXTENSION hstore");
        assertThat(query(c, "postgres", "select ('a=>1'::hstore)->'a'")).isEqualTo("1");
      }
    }
  }

  @Nested
  class Access {
    @Test
    void onlyTheSuperuserMayConnect() throws Exception {
      try (Cluster c = Cluster.start(Installations.embedded(18))) {
        execute(c, "postgres", "CREATE ROLE alice LOGIN");
        Properties alice = new Properties();
        alice.setProperty("user", "alice");
        assertThatThrownBy(() -> DriverManager.getConnection(c.jdbcUrl("postgres"), alice).close())
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("pg_hba.conf rejects connection");
        assertThat(c.socketDirectory().resolve(".s.PGSQL." + c.port())).exists();
      }
    }

    @Test
    void aSocketPathTooLongForTheKernelFallsBackToLoopbackOnly() {
      assertThat(DataDirectory.socketDirectories(Path.of("/tmp/extupgrade-1-2/sock")))
          .isEqualTo("/tmp/extupgrade-1-2/sock");
      assertThat(DataDirectory.socketDirectories(Path.of("/tmp/" + "x".repeat(100) + "/sock")))
          .isEmpty();
    }
  }

  @Nested
  class Staging {
    @Test
    void stagingNeverWritesIntoTheCache() throws Exception {
      Installation inst = Installations.embedded(18);
      try (Cluster c = Cluster.start(inst)) {
        c.stage(Fixtures.tiny());
        assertThat(inst.sharedir().resolve("extension/tiny.control")).doesNotExist();
        assertThat(Files.isSameFile(c.extensionDir(), inst.sharedir().resolve("extension")))
            .isFalse();
      }
    }

    @Test
    void scriptsGoWhereTheControlFilesDirectoryPoints() throws Exception {
      try (Cluster c = Cluster.start(Installations.embedded(18))) {
        c.stage(Fixtures.tinydir());
        assertThat(c.shareDir().resolve("tiny_scripts/tinydir--1.0.sql")).exists();
        assertThat(c.extensionDir().resolve("tinydir.control")).exists();
        execute(c, "postgres", "CREATE EXTENSION tinydir");
        assertThat(query(c, "postgres", "select tinydir_answer()")).isEqualTo("7");
      }
    }

    @Test
    void stagingReplacesTheFilesAnInstallationShipsForTheSameExtension() throws Exception {
      try (Cluster c = Cluster.start(Installations.embedded(18))) {
        assertThat(c.extensionDir().resolve("hstore--1.4.sql")).exists();
        Extension tiny = Fixtures.tiny();
        c.stage(
            new Extension(
                "hstore", tiny.root(), tiny.control(), "1.1", Map.of(), List.of(), List.of()));
        assertThat(c.extensionDir().resolve("hstore--1.4.sql")).doesNotExist();
        assertThat(c.extensionDir().resolve("hstore.control"))
            .hasSameTextualContentAs(tiny.control().file());
      }
    }

    @Test
    void aStagedLibraryIsLoadedFromTheClustersOwnLibdir() throws Exception {
      Installation inst = Installations.embedded(18);
      try (Cluster c = Cluster.start(inst)) {
        Path copy = Files.createTempDirectory("cluster-test-lib").resolve("hstore_copy.so");
        Files.copy(inst.pkglibdir().resolve("hstore.so"), copy);
        c.stageLibrary(copy);
        Files.delete(copy);
        Files.delete(copy.getParent());
        assertThat(c.libDir().resolve("hstore_copy.so")).exists();
        assertThat(inst.pkglibdir().resolve("hstore_copy.so")).doesNotExist();
        execute(c, "postgres", "LOAD '$libdir/hstore_copy'");
      }
    }
  }
}
