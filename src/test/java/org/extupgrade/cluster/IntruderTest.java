package org.extupgrade.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9 item 1: no other local user may log in to a throwaway server (it used to trust {@code
 * postgres} from 127.0.0.1, which gave any local user superuser and, through {@code COPY ... TO
 * PROGRAM}, the OS rights of whoever ran the tool).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class IntruderTest {
  static final String INTRUDER = "extupgrade-intruder";

  @Nested
  class WithoutThePassword {
    @ParameterizedTest
    @ValueSource(ints = {13, 18})
    void aLoginAsPostgresIsRefused(int major) throws Exception {
      try (Cluster c = Cluster.start(Installations.embedded(major))) {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(c.jdbcUrl("postgres"), p).close())
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("SCRAM");
        p.setProperty("password", "postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(c.jdbcUrl("postgres"), p).close())
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("password authentication failed");
        assertThat(ClusterTest.query(c, "postgres", "select 1")).isEqualTo("1");
        Path hba = c.dataDirectory().resolve("pg_hba.conf");
        assertThat(Files.readAllLines(hba)).noneMatch(l -> l.matches("^\\s*(local|host).*trust.*"));
      }
    }
  }

  @Nested
  class TheOwner {
    @Test
    void looksWithPsqlThroughThePasswordFile() throws Exception {
      Path psql = Path.of("/usr/lib/postgresql/15/bin/psql");
      assumeTrue(Files.isExecutable(psql), "SKIPPED: no Debian psql at " + psql);
      try (Cluster c = Cluster.start(Installations.embedded(18))) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(c.passwordFile())))
            .isEqualTo("rw-------");
        ProcessBuilder pb =
            new ProcessBuilder(
                    psql.toString(),
                    "-h",
                    c.socketDirectory().toString(),
                    "-p",
                    Integer.toString(c.port()),
                    "-U",
                    "postgres",
                    "-w",
                    "-Atc",
                    "select current_user")
                .redirectErrorStream(true);
        pb.environment().put("PGPASSFILE", c.passwordFile().toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out.strip()).isEqualTo("postgres");
      }
    }
  }

  @Nested
  class AnotherOsUser {
    @Test
    void cannotLogInNorReachTheSocketDuringARun(@TempDir Path dir) throws Exception {
      assumeTrue(
          ServerUser.CURRENT.isRoot(),
          "SKIPPED: creating a second OS user needs root; run the tests as root to cover item 1");
      int[] ids = ensureUser();
      try {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        String classpath = ChildJvm.linkedClasspath(dir.resolve("cp"));
        try (Cluster c = Cluster.start(Installations.embedded(18))) {
          List<String> command =
              new ArrayList<>(
                  List.of(
                      "/usr/bin/setpriv",
                      "--reuid=" + ids[0],
                      "--regid=" + ids[1],
                      "--clear-groups",
                      "--"));
          command.addAll(
              ChildJvm.java(classpath, List.of("-XX:-UsePerfData"), Intruder.class.getName()));
          command.addAll(List.of(Integer.toString(c.port()), c.socketDirectory().toString()));
          Process p =
              new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile()).start();
          String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
          assertThat(out).as(out).doesNotContain("CONNECTED").contains("REFUSED socket folder");
          assertThat(out.lines().filter(l -> l.startsWith("REFUSED tcp"))).hasSize(3);
        }
      } finally {
        new ProcessBuilder("userdel", INTRUDER).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
      }
    }

    /** Creates the intruder (a system user, no home) and returns its uid and gid. */
    private static int[] ensureUser() throws Exception {
      Process add =
          new ProcessBuilder("useradd", "--system", "--user-group", "--no-create-home", INTRUDER)
              .redirectErrorStream(true)
              .start();
      String out = new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      add.waitFor(30, TimeUnit.SECONDS);
      Process id = new ProcessBuilder("id", "-u", INTRUDER).start();
      String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      assertThat(id.waitFor()).as("useradd: " + out).isZero();
      Process gid = new ProcessBuilder("id", "-g", INTRUDER).start();
      String g = new String(gid.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return new int[] {Integer.parseInt(uid), Integer.parseInt(g)};
    }
  }
}
