package org.extupgrade.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    @ValueSource(ints = {13, 18})
    void startAnswerAndLeaveNothingBehindWhenClosed(int major) throws Exception {
      Installation inst = Installations.embedded(major);
      Path ws;
      String segment;
      try (Cluster c = Cluster.start(inst)) {
        ws = c.workspace();
        segment = Procs.segment(ws.resolve("data"));
        assertThat(Procs.segmentExists(segment)).isTrue();
        assertThat(query(c, "postgres", "select version()")).startsWith("PostgreSQL " + major + ".");
        assertThat(query(c, "postgres", "show fsync")).isEqualTo("off");
        assertThat(query(c, "postgres", "select current_user")).isEqualTo("postgres");
      }
      assertThat(ws).doesNotExist();
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
        assertThat(query(c, "upgraded", "select extversion from pg_extension where extname = 'tiny'"))
            .isEqualTo("1.1");
        c.dropDatabase("upgraded");
        assertThat(query(c, "postgres", "select count(*) from pg_database where datname = 'upgraded'"))
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

    @Test
    void stagingNeverWritesIntoTheCache() throws Exception {
      Installation inst = Installations.embedded(18);
      try (Cluster c = Cluster.start(inst)) {
        c.stage(Fixtures.tiny());
        assertThat(inst.sharedir().resolve("extension/tiny.control")).doesNotExist();
        assertThat(Files.isSameFile(c.extensionDir(), inst.sharedir().resolve("extension"))).isFalse();
      }
    }
  }
}
