package org.extupgrade.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/** The project's changelog, and whether it mentions a version. */
final class Changelog {
  private static final int MAX_BYTES = 16 << 20;

  private Changelog() {}

  /** The changelog the policy names, else the first of {@link ReleaseCheck#CHANGELOGS}. */
  static Optional<Path> find(Path dir, @Nullable String named) {
    if (named != null) {
      Path f = dir.resolve(named);
      return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }
    return ReleaseCheck.CHANGELOGS.stream()
        .map(dir::resolve)
        .filter(Files::isRegularFile)
        .findFirst();
  }

  /**
   * Whether {@code file} names {@code version} as a word: {@code 1.4} is in "## 1.4 (2026-11-30)"
   * and "v1.4", not in "1.4.1" or "11.4".
   */
  static boolean mentions(Path file, String version) {
    Pattern p =
        Pattern.compile(
            "(?<![\\w.])v?" + Pattern.quote(version) + "(?![\\w]|\\.\\w)",
            Pattern.CASE_INSENSITIVE);
    return p.matcher(read(file)).find();
  }

  static String read(Path file) {
    try {
      byte[] b = ScriptText.regularBytes(file, MAX_BYTES, "a document", "cannot read: ");
      return new String(b, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UserError(Location.of(file), "cannot read: " + UserError.describe(e));
    }
  }
}
