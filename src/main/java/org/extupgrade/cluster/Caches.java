package org.extupgrade.cluster;

import java.nio.file.Path;

/**
 * Where extupgrade keeps what it can make again: {@code $EXTUPGRADE_CACHE}, else {@code
 * $XDG_CACHE_HOME/extupgrade}, else {@code ~/.cache/extupgrade}.
 */
public final class Caches {
  private Caches() {}

  /** The cache's root folder (it may not exist yet). */
  public static Path root() {
    String cache = System.getenv("EXTUPGRADE_CACHE");
    if (cache != null && !cache.isBlank()) return Path.of(cache);
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("extupgrade");
  }
}
