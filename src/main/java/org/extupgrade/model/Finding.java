package org.extupgrade.model;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem found by {@code check} or {@code verify}, the same shape for both.
 *
 * @param severity how bad it is
 * @param kind a stable, kebab-case identifier of the finding class (e.g. {@code missing-object})
 * @param object the object concerned, in PostgreSQL's words (e.g. {@code function ext.f(integer)}),
 *     or empty when the finding is about a script or a path
 * @param from the version upgraded from, or empty
 * @param to the version upgraded to, or empty
 * @param message one sentence saying what is wrong
 * @param where the script (and line) to look at or edit, or null
 * @param suggestion a statement that would fix it, or empty
 * @param detail further lines (a unified diff of definitions, the server's message), or empty
 */
public record Finding(
    Severity severity,
    String kind,
    String object,
    String from,
    String to,
    String message,
    @Nullable Location where,
    String suggestion,
    String detail) {

  public Finding {
    Objects.requireNonNull(severity, "severity");
    if (kind == null || !kind.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("kind must be kebab-case: " + kind);
    }
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("a finding needs a message");
    }
    Objects.requireNonNull(suggestion, "suggestion");
    Objects.requireNonNull(detail, "detail");
  }

  /** Stable report order: version pair, then severity (worst first), kind, object, message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::from)
          .thenComparing(Finding::to)
          .thenComparing(Finding::severity, Comparator.reverseOrder())
          .thenComparing(Finding::kind)
          .thenComparing(Finding::object)
          .thenComparing(Finding::message);
}
