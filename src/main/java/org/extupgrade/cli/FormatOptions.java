package org.extupgrade.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.extupgrade.model.UserError;
import org.extupgrade.report.Ansi;
import org.extupgrade.report.Format;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --format F [--output FILE]}, repeatable: one run writes several formats, each to its file
 * ({@code --output} belongs to the {@code --format} before it) or to standard output (one of them
 * at most). Shared by {@code paths}, {@code check} and {@code verify}; default: text to standard
 * output. With {@code github}, the Markdown summary is appended to {@code $GITHUB_STEP_SUMMARY}
 * when that is set.
 */
final class FormatOptions {
  /** One {@code --format}, with its {@code --output} if any. */
  static final class Output {
    @Option(
        names = "--format",
        required = true,
        paramLabel = "FORMAT",
        description =
            "Output format, repeatable: text (default), json, sarif, junit, github, markdown, html"
                + " (docs/formats.md).")
    Format format = Format.text;

    @Option(
        names = "--output",
        paramLabel = "FILE",
        description =
            "Write the --format before it to FILE instead of standard output ('-': standard"
                + " output).")
    @Nullable Path file;

    Output() {}

    Output(Format format, @Nullable Path file) {
      this.format = format;
      this.file = file;
    }

    boolean toStdout() {
      return file == null || file.toString().equals("-");
    }
  }

  @ArgGroup(exclusive = false, multiplicity = "0..*")
  List<Output> outputs = new ArrayList<>();

  /** The environment (NO_COLOR, CI, TERM, GITHUB_STEP_SUMMARY); tests replace it. */
  Map<String, String> env = System.getenv();

  /** Whether standard output is a terminal; null: ask the JVM (when text goes there). */
  @Nullable Boolean terminal;

  /** The outputs asked for (text to standard output when none), checked. */
  List<Output> outputs(CommandSpec spec) {
    if (outputs.isEmpty()) return List.of(new Output(Format.text, null));
    long toStdout = outputs.stream().filter(Output::toStdout).count();
    if (toStdout > 1) {
      throw new ParameterException(
          spec.commandLine(),
          "only one --format can go to standard output: give the others --output FILE");
    }
    Set<Path> files = new HashSet<>();
    for (Output o : outputs) {
      if (!o.toStdout() && !files.add(o.file.toAbsolutePath().normalize())) {
        throw new ParameterException(
            spec.commandLine(), "--output " + o.file + " is given for two formats");
      }
    }
    return List.copyOf(outputs);
  }

  /** Whether {@code format} is asked for. */
  boolean has(CommandSpec spec, Format format) {
    return outputs(spec).stream().anyMatch(o -> o.format == format);
  }

  /** Whether text goes to standard output (where notes meant for people go with it). */
  boolean textToStdout(CommandSpec spec) {
    return outputs(spec).stream().anyMatch(o -> o.format == Format.text && o.toStdout());
  }

  /**
   * Renders and writes every output; then, with {@code github} and {@code $GITHUB_STEP_SUMMARY}
   * set, appends the Markdown rendering to that file.
   *
   * @param render the output of a format, coloured by the {@link Ansi} given
   */
  void write(CommandSpec spec, BiFunction<Format, Ansi, String> render) {
    PrintWriter out = spec.commandLine().getOut();
    for (Output o : outputs(spec)) {
      if (o.toStdout()) {
        out.print(render.apply(o.format, o.format == Format.text ? ansi() : Ansi.OFF));
        out.flush();
      } else {
        write(o.file, render.apply(o.format, Ansi.OFF), false);
      }
    }
    String summary = env.get("GITHUB_STEP_SUMMARY");
    if (summary != null && !summary.isEmpty() && has(spec, Format.github)) {
      write(Path.of(summary), render.apply(Format.markdown, Ansi.OFF), true);
    }
  }

  /** Colour for text on standard output: on a terminal only, and as NO_COLOR and CI allow. */
  Ansi ansi() {
    if (terminal == null) terminal = isTerminal();
    return Ansi.forTerminal(terminal, env);
  }

  private static void write(Path file, String text, boolean append) {
    try {
      if (append) {
        Files.writeString(
            file,
            text,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } else {
        Files.writeString(file, text, StandardCharsets.UTF_8);
      }
    } catch (NoSuchFileException e) {
      throw new UserError(file + ": no such directory to write the report in");
    } catch (IOException e) {
      throw new UserError(file + ": cannot write the report: " + e.getMessage());
    }
  }

  /**
   * Whether standard input and output are a terminal: {@code Console.isTerminal()} on JDK 22 and
   * later (where {@code System.console()} is never null), else whether there is a console.
   */
  private static boolean isTerminal() {
    java.io.Console c = System.console();
    if (c == null) return false;
    try {
      Method m = java.io.Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(c);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
