package org.extupgrade.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.cluster.Installations;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.model.Finding;
import org.extupgrade.verify.Verifier;
import org.extupgrade.verify.VerifyResult;
import org.extupgrade.verify.VerifySession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Stub mode on the embedded PostgreSQL 18 ({@code -Dextupgrade.test.pg=13} for another major): the
 * pgrx-shaped fixtures install and upgrade from their SQL alone, and every kind of stub is safe to
 * call.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StubModeTest {
  static final Path FIXTURES = Path.of("src/test/resources/stubs");
  private Cluster cluster;

  @BeforeAll
  void start() {
    cluster = Cluster.start(Installations.embedded(Integer.getInteger("extupgrade.test.pg", 18)));
  }

  @AfterAll
  void stop() {
    cluster.close();
  }

  private List<String> verify(String fixture) throws Exception {
    Extension ext = ExtensionLoader.load(FIXTURES.resolve(fixture), null, List.of());
    cluster.stage(ext);
    StubMode.Summary s = StubMode.stage(cluster, ext, false);
    assertThat(s.stubs()).isNotEmpty();
    VerifyResult r =
        new VerifySession(
                ext,
                new Verifier.Options(null, List.of(), Duration.ofSeconds(10), 1),
                null,
                List.of())
            .runOn(List.of(cluster));
    assertThat(r.skipped()).isNull();
    assertThat(r.scenarios()).isNotEmpty();
    return StubMode.classify(r.findings()).stream().map(StubModeTest::line).toList();
  }

  private static String line(Finding f) {
    return f.kind().id() + " " + f.object() + " " + f.message();
  }

  @Nested
  class Fixtures {
    @Test
    void theLibraryOfThePgrxFixtureIsMissingSoStubModeIsNeeded() {
      Extension ext = ExtensionLoader.load(FIXTURES.resolve("pgx"), null, List.of());
      assertThat(StubMode.missingLibraries(ext, cluster.libDir())).containsExactly("$libdir/pgx");
    }

    @Test
    void theCleanPgrxFixtureInstallsUpgradesAndCallsItsStubsWithoutFindings() throws Exception {
      assertThat(verify("pgx")).isEmpty();
    }

    @Test
    void aFunctionTheUpgradeScriptForgetsIsStillFound() throws Exception {
      assertThat(verify("pgx-missing"))
          .singleElement()
          .asString()
          .startsWith("missing-object function pgx.add_two(integer)");
    }

    @Test
    void aChangedSymbolIsADifference() throws Exception {
      assertThat(verify("pgx-symbol"))
          .singleElement()
          .asString()
          .startsWith("definition-drift function pgx.add_two(integer)")
          .contains("(config)");
    }
  }

  @Nested
  class CallingAStubThatCanOnlyFail {
    @Test
    void isAWarningThatTheScenarioWasNotChecked() throws Exception {
      assertThat(verify("pgx-calls-failing"))
          .singleElement()
          .asString()
          .startsWith("stub-not-callable extension pgx");
    }

    @Test
    void aSettingTheLibraryDefinesIsAWarningThatTheUpgradesWereNotChecked() throws Exception {
      Extension ext = ExtensionLoader.load(FIXTURES.resolve("pgx-setting"), null, List.of());
      VerifyResult r =
          new VerifySession(
                  ext,
                  new Verifier.Options(null, List.of(), Duration.ofSeconds(10), 1),
                  null,
                  List.of())
              .runOn(List.of(cluster));
      assertThat(r.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.kind().id()).isEqualTo("stub-not-callable");
                assertThat(f.severity()).isEqualTo(org.extupgrade.model.Severity.WARNING);
                assertThat(f.message()).contains("setting pgx_setting.database_name");
                assertThat(f.affects()).contains("1.0 -> 1.1");
              });
    }
  }

  @Nested
  class Calls {
    @Test
    void everyStubOfTheGoldenFileInstallsAndCallingItNeverCrashesTheServer() throws Exception {
      String sql = Files.readString(FIXTURES.resolve("golden/forms.stubbed.sql"));
      cluster.createDatabase("stub_calls", null);
      try (Connection c = cluster.connect("stub_calls");
          Statement st = c.createStatement()) {
        st.execute(sql);
        assertThat(one(st, "select quoted_lang(1)")).isNull();
        assertThat(one(st, "select count(*) from split_as()")).isEqualTo("0");
        assertThat(one(st, "select ts(now())")).isNull();
        st.execute("call proc(3)");
        st.execute(
            "create trigger t_trg before insert or delete on t for each row execute function"
                + " trg()");
        st.execute("insert into t values (1)");
        assertThat(one(st, "select count(*) from t")).isEqualTo("1");
        st.execute("delete from t");
        assertThat(one(st, "select count(*) from t")).isEqualTo("0");
        assertThat(one(st, "select '42'::small::text")).isEqualTo("42");
        assertThatThrownBy(() -> st.execute("select vr(1, 'x')"))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("cannot accept a value of type internal");
        assertThatThrownBy(() -> st.execute("select 'x'::odd"))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("cannot accept a value of type internal");
        assertThat(one(st, "select amname from pg_am where amname = 'gist'")).isEqualTo("gist");
        assertThat(
                one(
                    st,
                    "select format_type(atttypid, atttypmod) from pg_attribute"
                        + " where attrelid = 'uses_dims'::regclass and attname = 'd'"))
            .isEqualTo("dims(3)");
        st.execute("insert into uses_dims values ('08:00:2b:01:02:03:04:05')");
        assertThat(one(st, "select d::text from uses_dims")).isEqualTo("08:00:2b:01:02:03:04:05");
        assertThat(one(st, "select tags() is null")).isEqualTo("t");
        assertThat(
                one(
                    st,
                    "select count(*) from (select win(i) over () w from generate_series(1, 3) i) s"
                        + " where w is null"))
            .isEqualTo("3");
        st.execute("create access method stub_am type index handler am_handler");
        assertThat(one(st, "select 1")).isEqualTo("1");
      } finally {
        cluster.dropDatabase("stub_calls");
      }
    }

    private static String one(Statement st, String sql) throws SQLException {
      try (ResultSet rs = st.executeQuery(sql)) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
