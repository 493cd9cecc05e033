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

  /** The line of the last lookup: tokens are mostly read in order (a benign race: validated). */
  private int lastLine;

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

  /** O(1) for Latin-1 strings, which cannot hold surrogates. */
  private static boolean hasSurrogates(String text) {
    return text.codePointCount(0, text.length()) != text.length();
  }

  Location locate(int offset) {
    int line = lastLine;
    if (!onLine(line, offset)) {
      line =
          onLine(line + 1, offset) ? line + 1 : Arrays.binarySearch(lineStarts, 0, lines, offset);
      if (line < 0) {
        line = -line - 2;
      }
      lastLine = line;
    }
    int start = lineStarts[line];
    int column = surrogates ? text.codePointCount(start, offset) : offset - start;
    return new Location(file, line + 1, column + 1);
  }

  private boolean onLine(int line, int offset) {
    return line < lines
        && lineStarts[line] <= offset
        && (line + 1 == lines || offset < lineStarts[line + 1]);
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
