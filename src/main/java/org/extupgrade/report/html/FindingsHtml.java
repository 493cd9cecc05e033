package org.extupgrade.report.html;

import static org.extupgrade.report.html.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.extupgrade.model.Finding;
import org.extupgrade.report.NaturalOrder;

/**
 * The findings grouped by the script to edit, as the text report groups them: one {@code
 * section.script} per script, one {@code div.finding} ({@code id="f<i>"}) per finding, definition
 * differences drawn as diffs.
 */
final class FindingsHtml {
  private static final int SHOWN_AFFECTS = 4;
  private static final int OPEN_LINES = 12;

  private FindingsHtml() {}

  /** One script's findings; {@code id} is the section's anchor. */
  record Group(String title, String id, List<Integer> items) {}

  static List<Group> groups(Facts facts) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < facts.items().size(); i++) order.add(i);
    Comparator<Integer> bySeverity =
        Comparator.comparing(i -> facts.items().get(i).finding().severity());
    order.sort(
        Comparator.<Integer, String>comparing(
                i -> script(facts.items().get(i)), NaturalOrder.INSTANCE)
            .thenComparing(bySeverity.reversed())
            .thenComparing(i -> facts.items().get(i).finding().kind().id())
            .thenComparing(i -> facts.items().get(i).finding().object())
            .thenComparing(i -> String.valueOf(facts.items().get(i).finding().where())));
    Map<String, List<Integer>> byScript = new LinkedHashMap<>();
    for (int i : order) {
      byScript.computeIfAbsent(script(facts.items().get(i)), k -> new ArrayList<>()).add(i);
    }
    List<Group> out = new ArrayList<>();
    java.util.Set<String> used = new java.util.HashSet<>();
    byScript.forEach(
        (title, items) -> {
          Facts.Item first = facts.items().get(items.get(0));
          String id =
              first.edge() >= 0
                  ? "s-e" + first.edge()
                  : first.node() >= 0 ? "s-n" + first.node() : "s-x" + out.size();
          // The same script spelled two ways makes two groups: only the first is its anchor.
          if (!used.add(id)) id = "s-x" + out.size();
          out.add(new Group(title, id, items));
        });
    return out;
  }

  private static String script(Facts.Item i) {
    Finding f = i.finding();
    if (f.where() != null) return f.where().file().toString();
    return f.upgrade().isEmpty() ? "(the extension)" : "(upgrades)";
  }

  static String render(Facts facts, List<Group> groups) {
    StringBuilder b = new StringBuilder();
    if (groups.isEmpty()) b.append("<p class=\"none\">No findings.</p>\n");
    for (Group g : groups) {
      b.append("<section class=\"script\" id=\"")
          .append(g.id())
          .append("\"><h3><span class=\"file\">")
          .append(esc(g.title()))
          .append("</span> <span class=\"counts\">")
          .append(counts(facts, g.items()))
          .append("</span></h3>\n");
      for (int i : g.items()) finding(b, facts, i);
      b.append("</section>\n");
    }
    return b.toString();
  }

  private static String counts(Facts facts, List<Integer> items) {
    Map<String, Long> n =
        items.stream()
            .collect(
                Collectors.groupingBy(
                    i -> facts.items().get(i).finding().severity().label(),
                    LinkedHashMap::new,
                    Collectors.counting()));
    return n.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }

  private static void finding(StringBuilder b, Facts facts, int i) {
    Facts.Item item = facts.items().get(i);
    Finding f = item.finding();
    b.append("<div class=\"finding sev-")
        .append(f.severity().label())
        .append(item.failing() ? " fails" : "")
        .append("\" id=\"f")
        .append(i)
        .append("\"><div class=\"head\"><span class=\"sev\">")
        .append(f.severity().label())
        .append("</span> <code class=\"kind\" title=\"")
        .append(esc(f.kind().meaning()))
        .append("\">")
        .append(f.kind().id())
        .append("</code> ")
        .append(esc(f.message()))
        .append("</div>\n<div class=\"meta\">");
    List<String> meta = new ArrayList<>();
    if (f.where() != null && f.where().line() > 0) {
      meta.add("at <code>" + esc(f.where().toString()) + "</code>");
    }
    if (!f.upgrade().isEmpty()) meta.add("upgrade " + esc(f.upgrade()));
    if (facts.majors().size() > 1) {
      meta.add(
          item.majors().stream()
              .map(m -> esc(facts.majors().get(m)))
              .collect(Collectors.joining(", ")));
    }
    b.append(String.join(" \u00b7 ", meta)).append("</div>\n");
    affects(b, f.affects());
    if (!f.detail().isEmpty()) block(b, "detail", f.detail(), legend(facts));
    if (!f.suggestion().isEmpty()) block(b, "fix", f.suggestion(), "");
    b.append("</div>\n");
  }

  private static void affects(StringBuilder b, List<String> a) {
    if (a.isEmpty()) return;
    if (a.size() <= SHOWN_AFFECTS) {
      b.append("<div class=\"affects\">affects ")
          .append(esc(String.join(", ", a)))
          .append("</div>\n");
      return;
    }
    b.append("<details class=\"affects\"><summary>affects ")
        .append(a.size())
        .append(" upgrades: ")
        .append(esc(String.join(", ", a.subList(0, SHOWN_AFFECTS - 1))))
        .append(" \u2026 ")
        .append(esc(a.get(a.size() - 1)))
        .append("</summary>")
        .append(esc(String.join(", ", a)))
        .append("</details>\n");
  }

  /** A detail (a diff when its lines are marked {@code -}/{@code +}) or a fix. */
  private static void block(StringBuilder b, String label, String text, String legend) {
    List<String> lines = text.lines().toList();
    boolean diff = label.equals("detail") && DiffHtml.isDiff(lines);
    b.append("<details class=\"")
        .append(label)
        .append("\"")
        .append(lines.size() <= OPEN_LINES ? " open" : "")
        .append("><summary>")
        .append(label)
        .append(diff ? " (diff" + legend + ")" : "")
        .append(lines.size() > 1 ? ", " + lines.size() + " lines" : "")
        .append("</summary><pre")
        .append(diff ? " class=\"diff\">" : ">");
    if (diff) DiffHtml.render(b, lines);
    else for (String l : lines) b.append(esc(l)).append('\n');
    b.append("</pre></details>\n");
  }

  /**
   * Which side is which: check's details put the upgrade first; verify's unified diffs name their
   * sides in their {@code ---}/{@code +++} lines.
   */
  private static String legend(Facts facts) {
    return facts.run().command().equals("check") ? ": - after the upgrade, + fresh install" : "";
  }
}
