package org.extupgrade.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem found by {@code paths}, {@code check} or {@code verify}, the same shape for all.
 *
 * @param severity how bad it is (the kind's default unless the policy says otherwise)
 * @param kind the finding class, from the registry
 * @param object the object concerned, in PostgreSQL's words (e.g. {@code function ext.f(integer)}),
 *     or empty when the finding is about a script or a path
 * @param from the version upgraded from, or empty
 * @param to the version upgraded to, or empty
 * @param message one sentence saying what is wrong
 * @param where the script (and line) to look at or edit, or null
 * @param suggestion a statement that would fix it, or empty
 * @param detail further lines (a unified diff of definitions, the server's message), or empty
 * @param affects every upgrade ({@code 1.0 -> 2.0}) on which the same difference shows, sorted;
 *     empty when it is only {@code from -> to}
 */
public record Finding(
    Severity severity,
    FindingKind kind,
    String object,
    String from,
    String to,
    String message,
    @Nullable Location where,
    String suggestion,
    String detail,
    List<String> affects) {

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("a finding needs a message");
    }
    Objects.requireNonNull(suggestion, "suggestion");
    Objects.requireNonNull(detail, "detail");
    affects = List.copyOf(affects);
  }

  /**
   * The older positional form, kept for call sites not yet on the builder; {@code kind} must be a
   * registered id.
   */
  public Finding(
      Severity severity,
      String kind,
      String object,
      String from,
      String to,
      String message,
      @Nullable Location where,
      String suggestion,
      String detail) {
    this(
        severity,
        FindingKind.byId(kind)
            .orElseThrow(() -> new IllegalArgumentException("unregistered finding kind: " + kind)),
        object,
        from,
        to,
        message,
        where,
        suggestion,
        detail,
        List.of());
  }

  /** A builder for a finding of {@code kind}, at the kind's default severity. */
  public static Builder of(FindingKind kind) {
    return new Builder(kind);
  }

  /** {@code from -> to}, or empty when the finding is not about an upgrade. */
  public String upgrade() {
    return from.isEmpty() && to.isEmpty() ? "" : from + " -> " + to;
  }

  public Finding withSeverity(Severity s) {
    return new Finding(s, kind, object, from, to, message, where, suggestion, detail, affects);
  }

  public Finding withAffects(List<String> upgrades) {
    return new Finding(
        severity, kind, object, from, to, message, where, suggestion, detail, upgrades);
  }

  public Finding withMessage(String m) {
    return new Finding(severity, kind, object, from, to, m, where, suggestion, detail, affects);
  }

  public Finding withDetail(String d) {
    return new Finding(severity, kind, object, from, to, message, where, suggestion, d, affects);
  }

  /** The same difference, seen on the upgrade from {@code version}. */
  public Finding withFrom(String version) {
    return new Finding(
        severity, kind, object, version, to, message, where, suggestion, detail, affects);
  }

  public Finding withWhere(@Nullable Location at) {
    return new Finding(severity, kind, object, from, to, message, at, suggestion, detail, affects);
  }

  /** Stable report order: version pair, then severity (worst first), kind, object, message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::from)
          .thenComparing(Finding::to)
          .thenComparing(Finding::severity, Comparator.reverseOrder())
          .thenComparing(f -> f.kind().id())
          .thenComparing(Finding::object)
          .thenComparing(Finding::message);

  /** Builds a {@link Finding}; only the message is required. */
  public static final class Builder {
    private final FindingKind kind;
    private Severity severity;
    private String object = "";
    private String from = "";
    private String to = "";
    private String message = "";
    private @Nullable Location where;
    private String suggestion = "";
    private String detail = "";

    private Builder(FindingKind kind) {
      this.kind = kind;
      this.severity = kind.severity();
    }

    public Builder severity(Severity s) {
      this.severity = s;
      return this;
    }

    public Builder object(String o) {
      this.object = o;
      return this;
    }

    public Builder upgrade(String from, String to) {
      this.from = from;
      this.to = to;
      return this;
    }

    public Builder message(String m) {
      this.message = m;
      return this;
    }

    public Builder at(@Nullable Location l) {
      this.where = l;
      return this;
    }

    public Builder fix(String s) {
      this.suggestion = s;
      return this;
    }

    public Builder detail(String d) {
      this.detail = d;
      return this;
    }

    public Finding build() {
      return new Finding(
          severity, kind, object, from, to, message, where, suggestion, detail, List.of());
    }
  }
}
