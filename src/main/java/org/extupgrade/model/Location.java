package org.extupgrade.model;

import java.nio.file.Path;

/**
 * A place in a file: 1-based line and column; 0 means "unknown" (a whole-file location).
 *
 * @param file the file, as the user named it or as found in the extension folder
 */
public record Location(Path file, int line, int column) implements Comparable<Location> {

  public Location {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
  }

  public static Location of(Path file) {
    return new Location(file, 0, 0);
  }

  public static Location of(Path file, int line) {
    return new Location(file, line, 0);
  }

  /** {@code file}, {@code file:line} or {@code file:line:col}, the form editors and CI annotate. */
  @Override
  public String toString() {
    if (line == 0) {
      return file.toString();
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(Location o) {
    int c = file.toString().compareTo(o.file.toString());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }
}
