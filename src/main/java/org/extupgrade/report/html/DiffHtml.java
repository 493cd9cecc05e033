package org.extupgrade.report.html;

import static org.extupgrade.report.html.Html.esc;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * A finding's detail drawn as a diff: removed lines red, added lines green, and where a run of
 * removed lines is followed by as many added ones (check's {@code - old / + new} pairs, a changed
 * line in verify's unified diffs), the words that differ marked within them, so a one-word change
 * in a 2,000-character view definition can be found.
 */
final class DiffHtml {
  // Private-use characters mark changed words until the text is escaped.
  private static final String START = "\uE000";
  private static final String END = "\uE001";
  private static final DiffRowGenerator WORDS =
      DiffRowGenerator.create()
          .showInlineDiffs(true)
          .inlineDiffByWord(true)
          .lineNormalizer(s -> s)
          .oldTag(open -> open ? START : END)
          .newTag(open -> open ? START : END)
          .build();

  private DiffHtml() {}

  /** Whether lines are marked {@code -}/{@code +} as a diff's (an SQL comment's "--" is not). */
  static boolean isDiff(List<String> lines) {
    return lines.stream()
            .anyMatch(l -> l.startsWith("+") || (l.startsWith("-") && !l.startsWith("--")))
        || lines.stream().anyMatch(l -> l.startsWith("--- ") || l.startsWith("@@"));
  }

  static void render(StringBuilder b, List<String> lines) {
    int i = 0;
    while (i < lines.size()) {
      int dels = run(lines, i, "-");
      int adds = run(lines, i + dels, "+");
      if (dels > 0 && dels == adds) {
        List<DiffRow> rows = new ArrayList<>();
        for (int k = 0; k < dels; k++) {
          rows.addAll(
              WORDS.generateDiffRows(
                  List.of(lines.get(i + k).substring(1)),
                  List.of(lines.get(i + dels + k).substring(1))));
        }
        for (DiffRow r : rows) line(b, "del", "-" + r.getOldLine());
        for (DiffRow r : rows) line(b, "add", "+" + r.getNewLine());
        i += dels + adds;
      } else {
        int n = Math.max(1, dels + adds);
        for (String l : lines.subList(i, i + n)) line(b, lineClass(l), l);
        i += n;
      }
    }
  }

  /** How many lines from {@code from} on start with {@code mark} (and are no diff header). */
  private static int run(List<String> lines, int from, String mark) {
    int n = 0;
    while (from + n < lines.size()) {
      String l = lines.get(from + n);
      if (!l.startsWith(mark) || l.startsWith(mark.repeat(3))) break;
      n++;
    }
    return n;
  }

  private static void line(StringBuilder b, String css, String text) {
    b.append("<span class=\"")
        .append(css)
        .append("\">")
        .append(esc(text).replace(START, "<mark>").replace(END, "</mark>"))
        .append("</span>\n");
  }

  private static String lineClass(String l) {
    if (l.startsWith("+++") || l.startsWith("---")) return "dh";
    if (l.startsWith("@@")) return "hunk";
    if (l.startsWith("+")) return "add";
    if (l.startsWith("-")) return "del";
    return "ctx";
  }
}
