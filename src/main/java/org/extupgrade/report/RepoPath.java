package org.extupgrade.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Files as CI tools want them: relative to the repository root, with forward slashes. */
final class RepoPath {
  private RepoPath() {}

  /**
   * {@code file} (relative to the working directory, or absolute) relative to {@code root}, or null
   * when it lies outside it.
   */
  static @Nullable String of(Path root, String file) {
    Path abs = Path.of(file).toAbsolutePath().normalize();
    if (!abs.startsWith(root)) return null;
    return root.relativize(abs).toString().replace('\\', '/');
  }

  /** {@code file} relative to {@code root} when inside it, else absolute; forward slashes. */
  static String shown(Path root, String file) {
    String rel = of(root, file);
    return rel != null
        ? rel
        : Path.of(file).toAbsolutePath().normalize().toString().replace('\\', '/');
  }

  /** A relative path as a URI reference (spaces and other reserved characters escaped). */
  static String uri(String relative) {
    try {
      return new URI(null, null, relative, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** An absolute file as a {@code file:} URI. */
  static String fileUri(String file) {
    return Path.of(file).toAbsolutePath().normalize().toUri().toASCIIString();
  }
}
