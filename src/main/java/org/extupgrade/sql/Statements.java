package org.extupgrade.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.extupgrade.model.Location;

/**
 * Splits tokens into statements the way psql's scanner (psqlscan.l) does, which agrees with the
 * server's grammar on every valid script: a {@code ;} ends a statement unless it is inside
 * parentheses (as in {@code CREATE RULE ... DO ALSO (a; b)}) or inside the {@code BEGIN ATOMIC ...
 * END} body of a SQL-standard {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}. Empty statements are
 * dropped; a last statement without {@code ;} is kept.
 */
public final class Statements {
  private Statements() {}

  public static List<RawStatement> split(List<Token> tokens) {
    View v = tokens instanceof TokenList list ? new Compact(list) : new Plain(tokens);
    List<RawStatement> out = new ArrayList<>();
    int n = tokens.size();
    int first = 0;
    int parens = 0;
    int begins = 0;
    int words = 0;
    char[] heads = new char[4];
    for (int i = 0; i < n; i++) {
      TokenKind kind = v.kind(i);
      if (kind == TokenKind.PUNCT) {
        char c = v.punct(i);
        if (c == ';' && parens == 0 && begins == 0) {
          if (i > first) {
            out.add(new RawStatement(tokens.subList(first, i), v.location(first)));
          }
          first = i + 1;
          words = 0;
        } else if (c == '(') {
          parens++;
        } else if (c == ')' && parens > 0) {
          parens--;
        }
      } else if (kind == TokenKind.IDENT) {
        if (words == 0) {
          Arrays.fill(heads, '\0');
        }
        if (words < heads.length) {
          heads[words] = head(v, i);
        }
        words++;
        if (parens == 0 && isRoutine(heads)) {
          if (v.isWord(i, "begin")) {
            begins++;
          } else if (v.isWord(i, "case")) {
            if (begins >= 1) {
              begins++;
            }
          } else if (v.isWord(i, "end") && begins > 0) {
            begins--;
          }
        }
      }
    }
    if (n > first) {
      out.add(new RawStatement(tokens.subList(first, n), v.location(first)));
    }
    return out;
  }

  /**
   * psql remembers the first letter of create/function/procedure/or/replace among the first four
   * words.
   */
  private static final String[] HEAD_WORDS = {"create", "function", "procedure", "or", "replace"};

  private static char head(View v, int i) {
    for (String w : HEAD_WORDS) {
      if (v.isWord(i, w)) {
        return w.charAt(0);
      }
    }
    return '\0';
  }

  /** CREATE [OR REPLACE] FUNCTION|PROCEDURE. */
  private static boolean isRoutine(char[] h) {
    return h[0] == 'c'
        && (h[1] == 'f'
            || h[1] == 'p'
            || (h[1] == 'o' && h[2] == 'r' && (h[3] == 'f' || h[3] == 'p')));
  }

  private interface View {
    TokenKind kind(int i);

    /** The character of a one-character PUNCT token, else {@code \0}. */
    char punct(int i);

    boolean isWord(int i, String lower);

    Location location(int i);
  }

  private record Compact(TokenList list) implements View {
    @Override
    public TokenKind kind(int i) {
      return list.kind(i);
    }

    @Override
    public char punct(int i) {
      return list.punct(i);
    }

    @Override
    public boolean isWord(int i, String lower) {
      return list.isWord(i, lower);
    }

    @Override
    public Location location(int i) {
      return list.location(i);
    }
  }

  private record Plain(List<Token> list) implements View {
    @Override
    public TokenKind kind(int i) {
      return list.get(i).kind();
    }

    @Override
    public char punct(int i) {
      Token t = list.get(i);
      return t.kind() == TokenKind.PUNCT && t.text().length() == 1 ? t.text().charAt(0) : '\0';
    }

    @Override
    public boolean isWord(int i, String lower) {
      Token t = list.get(i);
      return t.kind() == TokenKind.IDENT && t.text().equalsIgnoreCase(lower);
    }

    @Override
    public Location location(int i) {
      return list.get(i).at();
    }
  }
}
