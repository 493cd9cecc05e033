package org.extupgrade.cluster;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;
import org.extupgrade.model.Progress;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/**
 * Artifacts from the local Maven repository, downloaded with Maven Resolver when missing. Honours
 * {@code ~/.m2/settings.xml} (localRepository, offline, mirrors, proxies, servers), the system
 * property {@code maven.repo.local}, and {@code EXTUPGRADE_OFFLINE=1}. An artifact already in the
 * local repository is used without touching the network.
 */
final class MavenArtifacts {
  static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

  private final Path localRepo;
  private final boolean offline;
  private final Settings settings;

  MavenArtifacts(Path localRepo, boolean offline, Settings settings) {
    this.localRepo = localRepo.toAbsolutePath().normalize();
    this.offline = offline;
    this.settings = settings;
  }

  static MavenArtifacts fromSettings() {
    Path home = Path.of(System.getProperty("user.home"));
    Path userSettings =
        Path.of(System.getProperty("maven.settings", home.resolve(".m2/settings.xml").toString()));
    String mavenHome = System.getenv("MAVEN_HOME");
    Settings settings =
        read(userSettings, mavenHome == null ? null : Path.of(mavenHome, "conf/settings.xml"));
    String repo = System.getProperty("maven.repo.local", settings.getLocalRepository());
    Path localRepo =
        repo == null || repo.isBlank() ? home.resolve(".m2/repository") : Path.of(repo);
    String env = System.getenv("EXTUPGRADE_OFFLINE");
    boolean offline = settings.isOffline() || (env != null && !env.isBlank() && !env.equals("0"));
    return new MavenArtifacts(localRepo, offline, settings);
  }

  static Settings read(Path userSettings, @Nullable Path globalSettings) {
    DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest();
    request.setUserSettingsFile(userSettings.toFile());
    if (globalSettings != null) {
      request.setGlobalSettingsFile(globalSettings.toFile());
    }
    request.setSystemProperties(System.getProperties());
    try {
      return new DefaultSettingsBuilderFactory()
          .newInstance()
          .build(request)
          .getEffectiveSettings();
    } catch (SettingsBuildingException e) {
      throw new UserError(
          userSettings + ": cannot read Maven settings: " + e.getProblems().get(0).getMessage());
    }
  }

  Path localRepository() {
    return localRepo;
  }

  /** The jar {@code group:artifact:version}, from the local repository or downloaded into it. */
  Path resolve(String group, String artifact, String version, String what) {
    Path jar =
        localRepo
            .resolve(group.replace('.', File.separatorChar))
            .resolve(artifact)
            .resolve(version)
            .resolve(artifact + "-" + version + ".jar");
    if (Files.isRegularFile(jar)) {
      return jar;
    }
    String coords = group + ":" + artifact + ":" + version;
    if (offline) {
      throw missing(
          what,
          coords,
          "offline mode (EXTUPGRADE_OFFLINE=1 or <offline> in settings.xml) forbids downloading");
    }
    Progress.current().stage("downloading " + what + " (" + coords + ")");
    RepositorySystem system = new RepositorySystemSupplier().get();
    String from = CENTRAL;
    try (RepositorySystemSession.CloseableSession session = session(system)) {
      RemoteRepository central =
          new RemoteRepository.Builder("central", "default", CENTRAL).build();
      List<RemoteRepository> repos = system.newResolutionRepositories(session, List.of(central));
      from = repos.isEmpty() ? CENTRAL : repos.get(0).getUrl();
      ArtifactRequest request =
          new ArtifactRequest(new DefaultArtifact(group, artifact, "jar", version), repos, null);
      return system.resolveArtifact(session, request).getArtifact().getPath();
    } catch (ArtifactResolutionException e) {
      throw missing(what, coords, "the download from " + from + " failed: " + rootMessage(e));
    } finally {
      system.shutdown();
    }
  }

  private RepositorySystemSession.CloseableSession session(RepositorySystem system) {
    return new SessionBuilderSupplier(system)
        .get()
        .withLocalRepositoryBaseDirectories(localRepo)
        .setSystemProperties(System.getProperties())
        .setMirrorSelector(mirrors())
        .setProxySelector(proxies())
        .setAuthenticationSelector(servers())
        .setConfigProperty("aether.connector.connectTimeout", 10_000)
        .setConfigProperty("aether.connector.requestTimeout", 120_000)
        .setConfigProperty("aether.transport.http.retryHandler.count", 1)
        .build();
  }

  private DefaultMirrorSelector mirrors() {
    DefaultMirrorSelector selector = new DefaultMirrorSelector();
    for (Mirror m : settings.getMirrors()) {
      selector.add(
          m.getId(),
          m.getUrl(),
          m.getLayout(),
          false,
          m.isBlocked(),
          m.getMirrorOf(),
          m.getMirrorOfLayouts());
    }
    return selector;
  }

  private DefaultProxySelector proxies() {
    DefaultProxySelector selector = new DefaultProxySelector();
    for (org.apache.maven.settings.Proxy p : settings.getProxies()) {
      if (p.isActive()) {
        var auth =
            new AuthenticationBuilder()
                .addUsername(p.getUsername())
                .addPassword(p.getPassword())
                .build();
        selector.add(
            new Proxy(p.getProtocol().toLowerCase(Locale.ROOT), p.getHost(), p.getPort(), auth),
            p.getNonProxyHosts());
      }
    }
    return selector;
  }

  private DefaultAuthenticationSelector servers() {
    DefaultAuthenticationSelector selector = new DefaultAuthenticationSelector();
    for (Server s : settings.getServers()) {
      selector.add(
          s.getId(),
          new AuthenticationBuilder()
              .addUsername(s.getUsername())
              .addPassword(s.getPassword())
              .addPrivateKey(s.getPrivateKey(), s.getPassphrase())
              .build());
    }
    return selector;
  }

  private UserError missing(String what, String coords, String why) {
    return new UserError(
        what
            + " binaries ("
            + coords
            + ") are not in the local Maven repository "
            + localRepo
            + " and "
            + why
            + ": run 'mvn dependency:get -Dartifact="
            + coords
            + "' where there is network, add a reachable mirror to ~/.m2/settings.xml, or use"
            + " --pg-bindir DIR");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.lines().findFirst().orElse(m).strip();
  }
}
