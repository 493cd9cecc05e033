package org.extupgrade.model;

import java.util.List;
import java.util.Objects;

/**
 * One upgrade that a report covers: from a version to another along PostgreSQL's path.
 *
 * @param path the versions stepped through, both ends included (empty when there is no path)
 */
public record VersionPair(String from, String to, List<String> path) {
  public VersionPair {
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    path = List.copyOf(path);
  }

  /** {@code 1.0 -> 1.2}. */
  public String label() {
    return from + " -> " + to;
  }
}
