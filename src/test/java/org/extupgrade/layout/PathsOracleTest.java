package org.extupgrade.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.cluster.Installations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The oracle: for every fixture extension PostgreSQL can read and every contrib module shipped with
 * the embedded binaries, the paths matrix equals what {@code pg_extension_update_paths()} returns
 * on real PostgreSQL, and the available versions equal {@code pg_available_extension_versions}.
 * Only files are read by the server; nothing is created.
 */
class PathsOracleTest {
  /** Fixture folders (relative to src/test/resources/layouts) with the extension they hold. */
  static final List<String[]> FIXTURES =
      List.of(
          new String[] {"pgrx", "rxext"},
          new String[] {"pgrx_workspace/wsext", "wsext"},
          new String[] {"archive", "arch"},
          new String[] {"directory_key", "dirext"},
          new String[] {"secondary_control", "sec"},
          new String[] {"duplicate_identical", "ident"},
          new String[] {"several", "alpha"},
          new String[] {"several", "beta"},
          new String[] {"cycle", "cyc"},
          new String[] {"gap", "gap"},
          new String[] {"direct_chain", "dc"},
          new String[] {"ties", "tie"},
          new String[] {"encoding_latin1", "lat"});

  /** What the files say: "from to path" lines, path "-" for none. */
  static Set<String> ours(Extension ext) {
    Set<String> out = new TreeSet<>();
    for (PathsAnalysis.Row r : PathsAnalysis.of(ext).rows()) {
      out.add(r.from() + " " + r.to() + " " + (r.path() == null ? "-" : r.joined()));
    }
    return out;
  }

  static Set<String> theirs(Cluster c, String name) throws SQLException {
    return lines(
        c,
        "SELECT source || ' ' || target || ' ' || coalesce(path, '-') FROM pg_extension_update_paths(?)",
        name);
  }

  static Set<String> availableTheirs(Cluster c, String name) throws SQLException {
    return lines(c, "SELECT version FROM pg_available_extension_versions WHERE name = ?", name);
  }

  private static Set<String> lines(Cluster c, String sql, String name) throws SQLException {
    Set<String> out = new TreeSet<>();
    try (Connection conn = c.connect("postgres");
        PreparedStatement s = conn.prepareStatement(sql)) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract static class On {
    Cluster cluster;
    List<String> contrib;

    abstract int major();

    @BeforeAll
    void start() throws IOException {
      cluster = Cluster.start(Installations.embedded(major()));
      try (Stream<Path> s = Files.list(cluster.extensionDir())) {
        contrib =
            s.map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".control") && !n.contains("--"))
                .map(n -> n.substring(0, n.length() - ".control".length()))
                .sorted()
                .toList();
      }
    }

    @AfterAll
    void stop() {
      if (cluster != null) {
        cluster.close();
      }
    }

    @TestFactory
    Stream<DynamicTest> everyContribModuleAgrees() {
      assertThat(contrib).hasSizeGreaterThan(30).contains("hstore", "pg_trgm", "cube");
      return contrib.stream()
          .map(
              name ->
                  DynamicTest.dynamicTest(
                      name,
                      () -> {
                        Extension ext =
                            ExtensionLoader.load(cluster.extensionDir(), name, List.of());
                        Set<String> theirs = theirs(cluster, name);
                        if (name.equals("hstore")) {
                          assertThat(theirs).as("hstore has many versions").hasSizeGreaterThan(20);
                        }
                        assertThat(ours(ext)).as("paths of " + name).isEqualTo(theirs);
                        assertThat(new TreeSet<>(ext.graph().available()))
                            .as("available versions of " + name)
                            .isEqualTo(availableTheirs(cluster, name));
                      }));
    }

    @TestFactory
    Stream<DynamicTest> everyReadableFixtureAgrees() {
      List<String[]> all = new ArrayList<>();
      FIXTURES.forEach(f -> all.add(new String[] {Fixtures.layout(f[0]).toString(), f[1]}));
      all.add(new String[] {"examples/shop_audit", "shop_audit"});
      all.add(new String[] {"examples/shop_audit_clean", "shop_audit"});
      return all.stream()
          .map(
              f ->
                  DynamicTest.dynamicTest(
                      f[0] + " " + f[1],
                      () -> {
                        Extension ext = ExtensionLoader.load(Path.of(f[0]), f[1], List.of());
                        cluster.stage(ext);
                        assertThat(ours(ext))
                            .as("paths of " + f[0])
                            .isEqualTo(theirs(cluster, f[1]));
                        assertThat(new TreeSet<>(ext.graph().available()))
                            .as("available versions of " + f[0])
                            .isEqualTo(availableTheirs(cluster, f[1]));
                      }));
    }

    @Test
    void createExtensionStartsFromTheInstallPathWeCompute() throws SQLException {
      Extension ext = Fixtures.load("ties");
      cluster.stage(ext);
      List<String> path = ext.graph().installPath("3.0").orElseThrow();
      cluster.createDatabase("ties_" + major(), null);
      try (Connection conn = cluster.connect("ties_" + major());
          var s = conn.createStatement()) {
        s.execute("CREATE EXTENSION tie VERSION '3.0'");
        try (ResultSet rs =
            s.executeQuery(
                "SELECT tie_origin(), extversion FROM pg_extension WHERE extname = 'tie'")) {
          rs.next();
          assertThat(rs.getString(1)).isEqualTo(path.get(0)).isEqualTo("0.9b");
          assertThat(rs.getString(2)).isEqualTo("3.0");
        }
      }
    }
  }

  @Nested
  class OnPostgres13 extends On {
    @Override
    int major() {
      return 13;
    }
  }

  @Nested
  class OnPostgres18 extends On {
    @Override
    int major() {
      return 18;
    }
  }

  /** 14 to 17 run with {@code -Dextupgrade.oracle.all=true} (13 and 18 always run). */
  @Nested
  @EnabledIfSystemProperty(named = "extupgrade.oracle.all", matches = "true")
  class OnPostgres14 extends On {
    @Override
    int major() {
      return 14;
    }
  }

  @Nested
  @EnabledIfSystemProperty(named = "extupgrade.oracle.all", matches = "true")
  class OnPostgres15 extends On {
    @Override
    int major() {
      return 15;
    }
  }

  @Nested
  @EnabledIfSystemProperty(named = "extupgrade.oracle.all", matches = "true")
  class OnPostgres16 extends On {
    @Override
    int major() {
      return 16;
    }
  }

  @Nested
  @EnabledIfSystemProperty(named = "extupgrade.oracle.all", matches = "true")
  class OnPostgres17 extends On {
    @Override
    int major() {
      return 17;
    }
  }
}
