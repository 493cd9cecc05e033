package org.extupgrade.cli;

import java.util.Collection;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --fail-on}: the least severe finding that makes a command exit 1. */
final class FailOnOption {
  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      converter = SeverityConverter.class,
      description =
          "Exit 1 when a finding is at least this severe: error (default), warning or info.")
  Severity failOn = Severity.ERROR;

  /** {@link Main#FINDINGS} when a finding is at or above the threshold, else {@link Main#OK}. */
  int exitCode(Collection<Finding> findings) {
    boolean fail = findings.stream().anyMatch(f -> f.severity().compareTo(failOn) >= 0);
    return fail ? Main.FINDINGS : Main.OK;
  }

  static final class SeverityConverter implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      try {
        return Severity.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("must be error, warning or info, not '" + value + "'");
      }
    }
  }
}
