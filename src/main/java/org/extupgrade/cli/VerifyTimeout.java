package org.extupgrade.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Parses {@code --timeout}: a number with ms, s, m or h (seconds when bare). */
final class VerifyTimeout {
  private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

  private VerifyTimeout() {}

  static Duration parse(CommandLine cl, String text) {
    Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new ParameterException(
          cl, "--timeout must be a positive duration like 30s, 2m or 500ms, not '" + text + "'");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    Duration d =
        switch (unit) {
          case "ms" -> Duration.ofMillis(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofSeconds(n);
        };
    // statement_timeout is an int of milliseconds on the server.
    if (d.toMillis() > Integer.MAX_VALUE) {
      throw new ParameterException(
          cl, "--timeout " + text + " is beyond PostgreSQL's statement_timeout (at most 24 days)");
    }
    return d;
  }
}
