package org.extupgrade.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;

/**
 * PostgreSQL's configuration-file scanner ({@code guc-file.l}) and the line grammar of {@code
 * ParseConfigFp}: {@code name [=] value} per line, {@code #} comments, values that are identifiers,
 * numbers, unquoted strings or single-quoted strings with {@code ''} and backslash escapes. Like
 * flex, the longest match wins and ties go to the earlier rule; the rules are loops in {@link
 * GucRules}, so a value of any length scans in constant stack.
 *
 * <p>The text is read as ISO-8859-1 so every byte is one char (flex is 8-bit); values are converted
 * back to UTF-8 by the caller when needed.
 */
final class GucLexer {
  /** One {@code name = value} line. */
  record Entry(String name, String value, int line) {}

  private enum Kind {
    ID,
    QUALIFIED_ID,
    STRING,
    UNQUOTED_STRING,
    INTEGER,
    REAL,
    EQUALS,
    EOL,
    ERROR,
    EOF
  }

  private record Token(Kind kind, String text) {}

  // Rules in guc-file.l order (ties between equally long matches go to the earlier one).
  private static final Kind[] RULE_KINDS = {
    Kind.ID, Kind.QUALIFIED_ID, Kind.STRING, Kind.UNQUOTED_STRING, Kind.INTEGER, Kind.REAL
  };

  private final Path file;
  private final String text;
  private int pos;
  private int line = 1;

  private GucLexer(Path file, String text) {
    this.file = file;
    this.text = text;
  }

  /** Parses the whole file into entries, or throws the first syntax error as PostgreSQL does. */
  static List<Entry> parse(Path file, String latin1Text) {
    return new GucLexer(file, latin1Text).entries();
  }

  private List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    while (true) {
      Token t = next();
      if (t.kind == Kind.EOF) {
        return out;
      }
      if (t.kind == Kind.EOL) {
        continue;
      }
      if (t.kind != Kind.ID && t.kind != Kind.QUALIFIED_ID) {
        throw syntaxError(t);
      }
      String name = t.text;
      int nameLine = line;
      t = next();
      if (t.kind == Kind.EQUALS) {
        t = next();
      }
      String value =
          switch (t.kind) {
            case ID, UNQUOTED_STRING, INTEGER, REAL -> t.text;
            case STRING -> unquote(t.text);
            default -> throw syntaxError(t);
          };
      Token end = next();
      if (end.kind != Kind.EOL && end.kind != Kind.EOF) {
        throw syntaxError(end);
      }
      out.add(new Entry(name, value, nameLine));
      if (end.kind == Kind.EOF) {
        return out;
      }
    }
  }

  private UserError syntaxError(Token t) {
    if (t.kind == Kind.EOL || t.kind == Kind.EOF) {
      int at = t.kind == Kind.EOL ? line - 1 : line;
      return new UserError(Location.of(file, at), "syntax error in control file, near end of line");
    }
    return new UserError(
        Location.of(file, line), "syntax error in control file, near token \"" + t.text + "\"");
  }

  private Token next() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (c == '#') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        break;
      }
    }
    if (pos >= text.length()) {
      return new Token(Kind.EOF, "");
    }
    char c = text.charAt(pos);
    if (c == '\n') {
      pos++;
      line++;
      return new Token(Kind.EOL, "\n");
    }
    int best = 0;
    Kind kind = Kind.ERROR;
    GucRules rules = new GucRules(text);
    int[] lengths = {
      rules.id(pos),
      rules.qualifiedId(pos),
      rules.string(pos),
      rules.unquoted(pos),
      rules.integer(pos),
      rules.real(pos)
    };
    for (int i = 0; i < lengths.length; i++) {
      if (lengths[i] > best) {
        best = lengths[i];
        kind = RULE_KINDS[i];
      }
    }
    if (best == 0) {
      pos++;
      return c == '=' ? new Token(Kind.EQUALS, "=") : new Token(Kind.ERROR, String.valueOf(c));
    }
    String s = text.substring(pos, pos + best);
    pos += best;
    return new Token(kind, s);
  }

  /** GUC_scanstr: strip the quotes, undouble {@code ''}, resolve backslash escapes. */
  static String unquote(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 1; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
        char e = s.charAt(i);
        switch (e) {
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case '0', '1', '2', '3', '4', '5', '6', '7' -> {
            int k = 0;
            int oct = 0;
            while (k < 3
                && i + k < s.length() - 1
                && s.charAt(i + k) >= '0'
                && s.charAt(i + k) <= '7') {
              oct = (oct << 3) + (s.charAt(i + k) - '0');
              k++;
            }
            i += k - 1;
            b.append((char) (oct & 0xFF));
          }
          default -> b.append(e);
        }
      } else if (c == '\'' && s.charAt(i + 1) == '\'') {
        b.append('\'');
        i++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
