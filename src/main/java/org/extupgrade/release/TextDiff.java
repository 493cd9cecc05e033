package org.extupgrade.release;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.sql.Lexer;
import org.extupgrade.sql.SqlSyntaxError;
import org.extupgrade.sql.Token;
import org.extupgrade.sql.TokenKind;

/**
 * How a script's text differs from the text it had: the changed lines of the new text and a unified
 * diff to show.
 *
 * @param first the first changed line of the new text (1-based)
 * @param lines the changed lines of the new text: {@code 12}, {@code 14-16}
 * @param diff the unified diff, at most {@link #MAX_LINES} lines
 */
record TextDiff(int first, List<String> lines, String diff) {
  static final int MAX_LINES = 40;

  /** The diff from {@code then} to {@code now}; names label the two sides of the diff. */
  static TextDiff of(String thenName, String then, String nowName, String now) {
    List<String> a = Arrays.asList(then.split("\n", -1));
    List<String> b = Arrays.asList(now.split("\n", -1));
    Patch<String> patch = DiffUtils.diff(a, b);
    List<String> ranges = new ArrayList<>();
    int first = 0;
    for (AbstractDelta<String> d : patch.getDeltas()) {
      int start = d.getTarget().getPosition() + 1;
      int size = d.getTarget().size();
      if (first == 0) first = start;
      ranges.add(size <= 1 ? String.valueOf(start) : start + "-" + (start + size - 1));
    }
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(thenName, nowName, a, patch, 1);
    String shown =
        String.join("\n", diff.subList(0, Math.min(diff.size(), MAX_LINES)))
            + (diff.size() > MAX_LINES ? "\n..." : "");
    return new TextDiff(Math.max(first, 1), List.copyOf(ranges), shown);
  }

  /** {@code line 12} or {@code lines 12, 14-16}. */
  String where() {
    boolean one = lines.size() == 1 && !lines.get(0).contains("-");
    return (one ? "line " : "lines ") + String.join(", ", lines);
  }

  /** Text from bytes as released: gunzipped when {@code gz}, UTF-8, line ends made {@code \n}. */
  static String text(byte[] bytes, boolean gz) {
    byte[] b = bytes;
    if (gz) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        b = in.readNBytes(ScriptText.MAX_SCRIPT_BYTES);
      } catch (IOException e) {
        b = bytes; // a corrupt released archive differs from any readable one: reported
      }
    }
    return new String(b, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /**
   * Whether the two texts differ in comments and white space only, also inside dollar-quoted bodies
   * (read as SQL: a PL/pgSQL comment is one too).
   */
  static boolean sameTokens(Path file, String a, String b) {
    try {
      return same(file, a, b, 0);
    } catch (SqlSyntaxError e) {
      return false;
    }
  }

  /**
   * Token by token; two dollar-quoted bodies that differ are read as SQL in turn (only those: most
   * of a long script is compared once, as tokens).
   */
  private static boolean same(Path file, String a, String b, int depth) {
    List<Token> x = Lexer.lex(file, a);
    List<Token> y = Lexer.lex(file, b);
    if (x.size() != y.size()) return false;
    for (int i = 0; i < x.size(); i++) {
      Token s = x.get(i);
      Token t = y.get(i);
      if (s.text().equals(t.text())) continue;
      if (depth >= 2 || !dollar(s) || !dollar(t)) return false;
      try {
        if (!same(file, s.value(), t.value(), depth + 1)) return false;
      } catch (SqlSyntaxError e) {
        return false; // a body that is not SQL: compared as written, and it differs
      }
    }
    return true;
  }

  private static boolean dollar(Token t) {
    return t.kind() == TokenKind.STRING && t.text().startsWith("$");
  }
}
