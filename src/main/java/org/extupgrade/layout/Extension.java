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
 * @param notes what a user should know about how the files were found or made, one line each
 */
public record Extension(
    String name,
    Path root,
    ControlFile control,
    @Nullable String defaultVersion,
    Map<String, ControlFile> versionControls,
    List<Script> installScripts,
    List<Script> updateScripts,
    List<String> notes) {

  public Extension {
    versionControls = Map.copyOf(versionControls);
    installScripts = List.copyOf(installScripts);
    updateScripts = List.copyOf(updateScripts);
    notes = List.copyOf(notes);
  }

  /** An extension with no notes. */
  public Extension(
      String name,
      Path root,
      ControlFile control,
      @Nullable String defaultVersion,
      Map<String, ControlFile> versionControls,
      List<Script> installScripts,
      List<Script> updateScripts) {
    this(
        name,
        root,
        control,
        defaultVersion,
        versionControls,
        installScripts,
        updateScripts,
        List.of());
  }

  /** The same extension with more notes after its own. */
  public Extension withNotes(List<String> more) {
    List<String> all = new java.util.ArrayList<>(notes);
    all.addAll(more);
    return new Extension(
        name, root, control, defaultVersion, versionControls, installScripts, updateScripts, all);
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
