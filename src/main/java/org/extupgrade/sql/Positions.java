package org.extupgrade.sql;

import java.nio.file.Path;
import java.util.Arrays;
import org.extupgrade.model.Location;

/**
 * Turns character offsets into 1-based line and column. Lines end at {@code \n}; columns count
 * characters (code points), so a character outside the BMP counts once.
 */
final class Positions {
  private final Path file;
  private final String text;
  private final int[] lineStarts;
  private final int lines;
  private final boolean surrogates;

  Positions(Path file, String text) {
    this.file = file;
    this.text = text;
    int[] starts = new int[Math.max(16, text.length() / 32)];
    int n = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
      }
      starts[n++] = i + 1;
    }
    this.lineStarts = starts;
    this.lines = n;
    this.surrogates = hasSurrogates(text);
  }

  private static boolean hasSurrogates(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  Location locate(int offset) {
    int line = Arrays.binarySearch(lineStarts, 0, lines, offset);
    if (line < 0) {
      line = -line - 2;
    }
    int start = lineStarts[line];
    int column = surrogates ? text.codePointCount(start, offset) : offset - start;
    return new Location(file, line + 1, column + 1);
  }

  /** For an error: locates without building the whole line index. */
  static Location locateOnce(Path file, String text, int offset) {
    int line = 1;
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      start = i + 1;
    }
    return new Location(file, line, text.codePointCount(start, offset) + 1);
  }
}
