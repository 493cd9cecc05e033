package org.extupgrade.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link PathsDocument} as text (short, for terminals), JSON (everything, for tools) or
 * Markdown (the From | To | Path | Status table projects keep in their docs).
 */
@NullMarked
public final class PathsRender {
  /** Created on first JSON use only: loading Jackson costs the text report ~0.1 s of start-up. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private PathsRender() {}

  /**
   * Text: the path from each installable version to default_version, then the findings. With {@code
   * all}, every pair that has a path.
   *
   * @param order "newer than" for listing versions the way people read them
   */
  public static String text(PathsDocument d, Comparator<String> order, boolean all) {
    return text(d, order, all, Ansi.OFF);
  }

  /** {@link #text(PathsDocument, Comparator, boolean)} with severities coloured by {@code ansi}. */
  public static String text(PathsDocument d, Comparator<String> order, boolean all, Ansi ansi) {
    StringBuilder b = new StringBuilder();
    List<String> installable =
        d.versions().stream()
            .filter(PathsDocument.Version::installable)
            .map(PathsDocument.Version::name)
            .sorted(order)
            .toList();
    b.append(d.extension())
        .append(": ")
        .append(d.versions().size())
        .append(" versions, ")
        .append(installable.size())
        .append(" with an install script");
    b.append(
        d.defaultVersion() == null
            ? ", no default_version"
            : ", default_version " + d.defaultVersion());
    b.append('\n');
    List<PathsDocument.Row> shown =
        d.rows().stream()
            .filter(r -> all ? r.path() != null : r.to().equals(d.defaultVersion()))
            .sorted(
                Comparator.comparing(PathsDocument.Row::to, order)
                    .thenComparing(PathsDocument.Row::from, order))
            .toList();
    if (!shown.isEmpty()) {
      b.append(
          all
              ? "\nUpdate paths (PostgreSQL's choice):\n"
              : "\nUpdate paths to " + d.defaultVersion() + ":\n");
      int w =
          shown.stream().mapToInt(r -> r.from().length() + r.to().length() + 4).max().orElse(0) + 2;
      for (PathsDocument.Row r : shown) {
        String pair = r.from() + " -> " + r.to();
        b.append("  ")
            .append(pair)
            .append(" ".repeat(Math.max(1, w - pair.length())))
            .append(
                r.path() == null
                    ? "no path"
                    : r.joined() + "  (" + plural(r.steps(), "script") + ")")
            .append('\n');
      }
    }
    if (!d.findings().isEmpty()) {
      b.append("\nFindings:\n");
      for (Finding f : d.findings()) {
        b.append("  ")
            .append(ansi.severity(f.severity(), f.severity().label()))
            .append(" [")
            .append(f.kind().id())
            .append("] ")
            .append(TextReport.oneLine(f.message()))
            .append('\n');
        if (f.where() != null) {
          b.append("    at ").append(TextReport.oneLine(f.where().toString())).append('\n');
        }
        if (!f.suggestion().isEmpty()) {
          b.append("    fix: ").append(f.suggestion()).append('\n');
        }
      }
    }
    b.append('\n').append(summary(d.findings())).append('\n');
    return b.toString();
  }

  /** "1 error, 0 warnings, 2 infos"-style count line. */
  public static String summary(List<Finding> findings) {
    long e = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long w = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    long i = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
    return plural(e, "error") + ", " + plural(w, "warning") + ", " + i + " info";
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /**
   * JSON with every version, every pair (path null when none) and every finding; streamed, not
   * built as a tree.
   */
  public static String json(PathsDocument d) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("extension", d.extension());
      g.writeStringField("defaultVersion", d.defaultVersion());
      g.writeArrayFieldStart("versions");
      for (PathsDocument.Version v : d.versions()) {
        g.writeStartObject();
        g.writeStringField("name", v.name());
        g.writeBooleanField("installable", v.installable());
        g.writeFieldName("installPath");
        strings(g, v.installPath());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("paths");
      for (PathsDocument.Row r : d.rows()) {
        g.writeStartObject();
        g.writeStringField("from", r.from());
        g.writeStringField("to", r.to());
        g.writeStringField("path", r.joined());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (Finding f : d.findings()) {
        g.writeTree(
            JsonReport.finding(f)); // the one shape of a finding, as check and verify write it
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  private static void strings(JsonGenerator g, @Nullable List<String> values) throws IOException {
    if (values == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /**
   * The upgrade-path table: every pair from an older to a newer version (by {@code order}), and
   * every other pair PostgreSQL has a path for (downgrades); rows by from, then to.
   */
  public static String markdown(PathsDocument d, Comparator<String> order) {
    StringBuilder b = new StringBuilder();
    b.append("## Upgrade paths of ").append(d.extension());
    b.append(d.defaultVersion() == null ? "" : " (default_version " + d.defaultVersion() + ")")
        .append("\n\n");
    b.append("| From | To | Path | Status |\n|---|---|---|---|\n");
    d.rows().stream()
        .filter(r -> r.path() != null || order.compare(r.from(), r.to()) < 0)
        .sorted(
            Comparator.comparing(PathsDocument.Row::from, order)
                .thenComparing(PathsDocument.Row::to, order))
        .forEach(
            r ->
                b.append("| ")
                    .append(cell(r.from()))
                    .append(" | ")
                    .append(cell(r.to()))
                    .append(" | ")
                    .append(r.path() == null ? "" : "`" + r.joined() + "`")
                    .append(" | ")
                    .append(status(r, order))
                    .append(" |\n"));
    if (!d.findings().isEmpty()) {
      b.append("\n").append(summary(d.findings())).append(":\n\n");
      for (Finding f : d.findings()) {
        b.append("- **")
            .append(f.severity().label())
            .append("** `")
            .append(f.kind().id())
            .append("`: ")
            .append(cell(f.message()))
            .append('\n');
      }
    }
    return b.toString();
  }

  private static String status(PathsDocument.Row r, Comparator<String> order) {
    if (r.path() == null) {
      return "no path";
    }
    String kind = r.steps() == 1 ? "direct" : r.steps() + " scripts";
    return order.compare(r.from(), r.to()) > 0 ? kind + " (downgrade)" : kind;
  }

  private static String cell(String s) {
    return TextReport.oneLine(s.replace("|", "\\|"));
  }
}
