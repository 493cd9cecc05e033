package org.extupgrade.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
  @Option(names = "--debug", description = "Show stack traces for internal errors.")
  boolean debug;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Show every finding in full: info findings, whole diffs, every upgrade affected.")
  boolean verbose;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "No progress line and no notes on standard error: only the report (and errors).")
  boolean quiet;
}
