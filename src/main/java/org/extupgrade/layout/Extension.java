package org.extupgrade.layout;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one extension that PostgreSQL reads from files: the primary control file,
 * secondary control files by version, and the scripts (each version or edge at most once).
 *
 * @param root the folder the user pointed at
 * @param defaultVersion the control file's default_version with pgrx's @CARGO_VERSION@ resolved
 */
public record Extension(
    String name,
    Path root,
    ControlFile control,
    @Nullable String defaultVersion,
    Map<String, ControlFile> versionControls,
    List<Script> installScripts,
    List<Script> updateScripts) {

  public Extension {
    versionControls = Map.copyOf(versionControls);
    installScripts = List.copyOf(installScripts);
    updateScripts = List.copyOf(updateScripts);
  }

  public VersionGraph graph() {
    return new VersionGraph(installScripts, updateScripts);
  }

  public Optional<Script> installScript(String version) {
    return installScripts.stream().filter(s -> s.to().equals(version)).findFirst();
  }

  /**
   * The primary control file's bytes as a server must read them: pgrx's {@code @CARGO_VERSION@}
   * replaced by the resolved default_version, as {@code cargo pgrx package} does; otherwise as on
   * disk. Control files are ASCII in practice; other bytes pass through unchanged.
   */
  public byte[] serverControlFile() {
    byte[] raw = ScriptText.bytes(control.file(), "cannot read: ");
    if (defaultVersion == null || !CargoVersion.PLACEHOLDER.equals(control.defaultVersion())) {
      return raw;
    }
    return new String(raw, StandardCharsets.ISO_8859_1)
        .replace(CargoVersion.PLACEHOLDER, defaultVersion)
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  public Optional<Script> updateScript(String from, String to) {
    return updateScripts.stream()
        .filter(s -> from.equals(s.from()) && s.to().equals(to))
        .findFirst();
  }
}
