package org.extupgrade.draft;

import java.util.Objects;

/**
 * One step of a draft.
 *
 * @param object the object it is about, in SQL words ({@code function f(integer)}), or empty
 * @param note why the step is there, written as a comment above it (may be empty)
 * @param sql the statements, each ending in {@code ;}; for a TODO, what a reviewer would start from
 *     (written commented out), possibly empty
 * @param todo true when it cannot be done safely without a human: written commented out, with the
 *     note as its reason, and reported
 */
public record Change(String object, String note, String sql, boolean todo) {
  public Change {
    Objects.requireNonNull(object);
    Objects.requireNonNull(note);
    Objects.requireNonNull(sql);
    if (todo && note.isBlank()) throw new IllegalArgumentException("a TODO says why");
  }

  public static Change of(String object, String note, String sql) {
    return new Change(object, note, sql, false);
  }

  public static Change todo(String object, String why, String sql) {
    return new Change(object, why, sql, true);
  }
}
