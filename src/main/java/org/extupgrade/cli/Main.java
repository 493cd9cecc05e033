package org.extupgrade.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.extupgrade.model.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code extupgrade <command> [EXTENSION_DIR]}. Built as {@code new Main(out,
 * err).run(args)} returning the exit code, so tests run it in-process; {@link #main} is the one
 * place that calls {@code System.exit}.
 *
 * <p>Exit codes: 0 clean, 1 findings at or above {@code --fail-on}, 2 usage or input error, 3 the
 * tool itself failed, 130 and 143 interrupted by SIGINT and SIGTERM (see {@link Interrupts}).
 */
@Command(
    name = "extupgrade",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Makes PostgreSQL extension upgrades safe.",
    subcommands = {
      CommandLine.HelpCommand.class,
      PathsCommand.class,
      CheckCommand.class,
      DraftCommand.class,
      VerifyCommand.class,
      DumpCommand.class,
      MergeCommand.class,
      ArchiveCommand.class,
      ReleaseCheckCommand.class,
      StageCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error, 3 internal error,",
      "130 or 143 interrupted (SIGINT, SIGTERM)."
    })
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  private final PrintWriter out;
  private final PrintWriter err;

  public Main(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void run() {
    new CommandLine(this).usage(out);
  }

  /** Runs one command line and returns its exit code; never exits the JVM. */
  public int run(String... args) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    CommandLine cl = new CommandLine(this);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(t -> t instanceof UserError ? USAGE : INTERNAL);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("extupgrade: " + ex.getMessage());
          err.println("Try 'extupgrade " + commandPath(ex.getCommandLine()) + " --help'.");
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          if (ex instanceof UserError u) {
            err.println("extupgrade: " + u.oneLine());
            if (debug) {
              u.printStackTrace(err);
            }
            return USAGE;
          }
          err.println("extupgrade: internal error: " + ex + " (rerun with --debug for details)");
          if (debug) {
            ex.printStackTrace(err);
          }
          return INTERNAL;
        });
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static String commandPath(CommandLine c) {
    return c.getCommandName().equals("extupgrade") ? "" : c.getCommandName();
  }

  public static void main(String[] args) {
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Interrupts.install(stderr);
    int exit = new Main(Interrupts.quietAfter(stdout), Interrupts.quietAfter(stderr)).run(args);
    System.exit(exit); // after SIGINT or SIGTERM this waits for the handler's exit (130 or 143)
  }
}
