package org.extupgrade.release;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.extupgrade.release.ReleaseCheck.Item;
import org.extupgrade.release.ReleaseCheck.Status;

/** The release checklist as text, JSON or Markdown. */
public final class ReleaseReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReleaseReport() {}

  public static boolean failed(List<Item> items) {
    return items.stream().anyMatch(i -> i.status() == Status.FAIL);
  }

  public static String text(String extension, String version, List<Item> items) {
    StringBuilder b = new StringBuilder();
    b.append("extupgrade release-check: ").append(extension).append(' ').append(version);
    b.append('\n');
    int width = items.stream().mapToInt(i -> i.id().length()).max().orElse(0);
    for (Item i : items) {
      b.append("  ")
          .append(String.format(Locale.ROOT, "%-4s  %-" + width + "s  ", word(i.status()), i.id()))
          .append(i.reason())
          .append('\n');
    }
    b.append(tally(items)).append('\n');
    return b.toString();
  }

  public static String markdown(String extension, String version, List<Item> items) {
    StringBuilder b = new StringBuilder();
    b.append("## Release check: ").append(extension).append(' ').append(version).append("\n\n");
    b.append("| Item | Result | Why |\n|---|---|---|\n");
    for (Item i : items) {
      b.append("| `")
          .append(i.id())
          .append("` | ")
          .append(word(i.status()))
          .append(" | ")
          .append(i.reason().replace("|", "\\|").replace("\n", " "))
          .append(" |\n");
    }
    b.append('\n').append(tally(items)).append('\n');
    return b.toString();
  }

  public static String json(String extension, String version, List<Item> items) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "extupgrade-release-check/1");
    root.put("extension", extension);
    root.put("version", version);
    root.put("passed", !failed(items));
    ArrayNode arr = root.putArray("items");
    for (Item i : items) {
      arr.addObject().put("id", i.id()).put("status", word(i.status())).put("reason", i.reason());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String word(Status s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  private static String tally(List<Item> items) {
    long fail = items.stream().filter(i -> i.status() == Status.FAIL).count();
    long skip = items.stream().filter(i -> i.status() == Status.SKIP).count();
    return (fail == 0
            ? "ready to release: "
            : "not ready: " + fail + " of " + items.size() + " items fail; ")
        + (items.size() - fail - skip)
        + " pass"
        + (skip == 0 ? "" : ", " + skip + " skipped");
  }
}
