package org.extupgrade.sql;

/** PostgreSQL's identifier folding and truncation (scansup.c), for a UTF-8 database. */
final class Identifiers {
  /** NAMEDATALEN - 1: the longest name in bytes. */
  static final int MAX_BYTES = 63;

  private Identifiers() {}

  /**
   * Folds an unquoted identifier: only ASCII {@code A-Z} are lowered (downcase_identifier does not
   * touch multibyte characters), then truncates to 63 bytes.
   */
  static String fold(String word) {
    String folded = word;
    for (int i = 0, n = word.length(); i < n; i++) {
      char c = word.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] cs = word.toCharArray();
        for (int j = i; j < n; j++) {
          if (cs[j] >= 'A' && cs[j] <= 'Z') {
            cs[j] = (char) (cs[j] + ('a' - 'A'));
          }
        }
        folded = new String(cs);
        break;
      }
    }
    return truncate(folded);
  }

  /** Truncates a name to at most 63 UTF-8 bytes, at a character boundary (pg_mbcliplen). */
  static String truncate(String name) {
    if (name.length() * 3 <= MAX_BYTES) {
      return name;
    }
    int bytes = 0;
    for (int i = 0, n = name.length(); i < n; ) {
      int cp = name.codePointAt(i);
      int w = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + w > MAX_BYTES) {
        return name.substring(0, i);
      }
      bytes += w;
      i += Character.charCount(cp);
    }
    return name;
  }
}
