package org.extupgrade.release;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extupgrade.git.GitRepo;
import org.extupgrade.git.Releases;
import org.extupgrade.git.Releases.Release;

/**
 * The extension versions the release tags released, read from each tag's control file: a package
 * release is not always an extension version (pg_cron's tags v1.6.0 to v1.6.7 all release extension
 * version 1.6, pguint's dated tags release version 0), and a tag whose tree has no control file
 * released no extension at all (pgtap's tags from before CREATE EXTENSION). A control file with
 * pgrx's {@code @CARGO_VERSION@} releases the tag's own version.
 */
final class ReleasedVersions {
  private static final Pattern DEFAULT_VERSION =
      Pattern.compile("(?m)^\\s*default_version\\s*=?\\s*(?:'((?:[^']|'')*)'|([^\\s'#]+))");

  private ReleasedVersions() {}

  /**
   * Each extension version with the first tag that released it, oldest first.
   *
   * @param control the control file's path relative to the project folder
   */
  static List<Release> of(GitRepo repo, Releases releases, String control) {
    Map<String, Release> first = new LinkedHashMap<>();
    for (Release r : releases.all()) {
      Optional<byte[]> c = repo.read(r.tag(), control);
      if (c.isEmpty()) continue;
      Matcher m = DEFAULT_VERSION.matcher(new String(c.get(), StandardCharsets.UTF_8));
      String v =
          !m.find() ? r.version() : m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2);
      if (v.equals("@CARGO_VERSION@")) v = r.version();
      first.putIfAbsent(v, new Release(v, r.tag()));
    }
    return new ArrayList<>(first.values());
  }
}
