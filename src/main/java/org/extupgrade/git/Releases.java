package org.extupgrade.git;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The project's releases: the tags whose names follow a pattern such as {@code v{version}}, each
 * with the version it releases, oldest first (by commit time).
 */
public final class Releases {
  /** The patterns tried when the policy names none: {@code v1.2} and {@code 1.2}. */
  public static final List<String> DEFAULT_PATTERNS = List.of("v{version}", "{version}");

  private static final String VERSION = "{version}";

  private final List<Release> releases;
  private final Map<String, Release> byVersion = new LinkedHashMap<>();

  private Releases(List<Release> releases) {
    this.releases = List.copyOf(releases);
    for (Release r : this.releases) byVersion.putIfAbsent(r.version(), r);
  }

  /**
   * The releases among {@code tags}.
   *
   * @param pattern a tag pattern with one {@code {version}}, or null for {@link #DEFAULT_PATTERNS}
   *     (whose versions must start with a digit, so that a tag such as {@code latest} is none)
   */
  public static Releases of(List<Tag> tags, @Nullable String pattern) {
    List<Pattern> patterns =
        (pattern == null ? DEFAULT_PATTERNS : List.of(pattern))
            .stream().map(Releases::regex).toList();
    List<Release> out = new ArrayList<>();
    for (Tag t : tags) {
      for (Pattern p : patterns) {
        Matcher m = p.matcher(t.name());
        if (m.matches() && !m.group(1).isEmpty() && (pattern != null || digit(m.group(1)))) {
          out.add(new Release(m.group(1), t));
          break;
        }
      }
    }
    out.sort(
        Comparator.comparingInt((Release r) -> r.tag().time()).thenComparing(r -> r.tag().name()));
    return new Releases(out);
  }

  private static boolean digit(String version) {
    return Character.isDigit(version.charAt(0));
  }

  /** Why {@code pattern} is not a tag pattern, or empty when it is one. */
  public static Optional<String> problem(String pattern) {
    int i = pattern.indexOf(VERSION);
    if (i < 0) return Optional.of("must contain {version}, e.g. \"v{version}\"");
    if (pattern.indexOf(VERSION, i + 1) >= 0) return Optional.of("must contain {version} once");
    return Optional.empty();
  }

  private static Pattern regex(String pattern) {
    int i = pattern.indexOf(VERSION);
    if (i < 0) throw new IllegalArgumentException("no {version} in " + pattern);
    return Pattern.compile(
        Pattern.quote(pattern.substring(0, i))
            + "(.+)"
            + Pattern.quote(pattern.substring(i + VERSION.length())));
  }

  /** Oldest first. */
  public List<Release> all() {
    return releases;
  }

  /** The release of {@code version} (its oldest tag), if it was tagged. */
  public Optional<Release> of(String version) {
    return Optional.ofNullable(byVersion.get(version));
  }

  public boolean isEmpty() {
    return releases.isEmpty();
  }

  /**
   * One release.
   *
   * @param version the extension version the tag releases
   * @param tag the tag
   */
  public record Release(String version, Tag tag) {}
}
