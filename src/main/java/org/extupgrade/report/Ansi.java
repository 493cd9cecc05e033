package org.extupgrade.report;

import java.util.Map;
import org.extupgrade.model.Severity;

/**
 * ANSI colour for text on a terminal, or none: {@link #OFF} leaves every string as it is, so text
 * without colour is byte-identical to text that never heard of colour.
 */
public record Ansi(boolean on) {
  public static final Ansi OFF = new Ansi(false);
  public static final Ansi ON = new Ansi(true);

  private static final String RESET = "\u001b[0m";

  /**
   * Whether to colour output to a terminal: only when it is one, and not when {@code NO_COLOR} is
   * set to anything non-empty (no-color.org), in CI ({@code CI} set, as GitHub Actions, GitLab CI
   * and most others set it) or on a dumb terminal.
   */
  public static Ansi forTerminal(boolean terminal, Map<String, String> env) {
    boolean off =
        !terminal
            || !env.getOrDefault("NO_COLOR", "").isEmpty()
            || env.containsKey("CI")
            || "dumb".equals(env.get("TERM"));
    return off ? OFF : ON;
  }

  /** {@code s} in the severity's colour: errors red, warnings yellow, info dim. */
  public String severity(Severity s, String text) {
    return paint(
        switch (s) {
          case ERROR -> "1;31";
          case WARNING -> "1;33";
          case INFO -> "2";
        },
        text);
  }

  /** {@code text} in bold. */
  public String bold(String text) {
    return paint("1", text);
  }

  /** {@code text} in green (what is clean). */
  public String good(String text) {
    return paint("32", text);
  }

  private String paint(String code, String text) {
    return on && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
  }
}
