package org.extupgrade.sql;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.extupgrade.model.Location;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of one script in compact form (two ints and a byte per token, plus a value only where
 * it cannot be derived from the text), so that a 50 MB script fits in memory. {@link #get} builds
 * the {@link Token} on demand; the list is immutable.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {
  private static final TokenKind[] KINDS = TokenKind.values();

  private final Path file;
  private final String text;
  private int size;
  private int[] starts;
  private int[] ends;
  private byte[] kinds;
  private @Nullable String[] values;
  private @Nullable Positions positions;

  /**
   * {@code capacity}: the expected number of tokens (scripts average 7 to 10 characters per token).
   */
  TokenList(Path file, String text, int capacity) {
    this.file = file;
    this.text = text;
    int n = Math.max(64, capacity);
    starts = new int[n];
    ends = new int[n];
    kinds = new byte[n];
    values = new String[n];
  }

  void add(TokenKind kind, int start, int end, @Nullable String value) {
    if (size == starts.length) {
      int n = size + (size >> 1);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      kinds = Arrays.copyOf(kinds, n);
      values = Arrays.copyOf(values, n);
    }
    starts[size] = start;
    ends[size] = end;
    kinds[size] = (byte) kind.ordinal();
    values[size] = value;
    size++;
  }

  @Override
  public int size() {
    return size;
  }

  TokenKind kind(int i) {
    return KINDS[kinds[i]];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  String source() {
    return text;
  }

  /** Whether token {@code i} is an unquoted word equal, ignoring ASCII case, to {@code lower}. */
  boolean isWord(int i, String lower) {
    return kinds[i] == TokenKind.IDENT.ordinal()
        && ends[i] - starts[i] == lower.length()
        && (text.charAt(starts[i]) | 0x20) == lower.charAt(0)
        && text.regionMatches(true, starts[i], lower, 0, lower.length());
  }

  /** The character of token {@code i} when it is a one-character PUNCT, else {@code \0}. */
  char punct(int i) {
    return kinds[i] == TokenKind.PUNCT.ordinal() && ends[i] - starts[i] == 1
        ? text.charAt(starts[i])
        : '\0';
  }

  Location location(int i) {
    return positions().locate(starts[i]);
  }

  private Positions positions() {
    Positions p = positions;
    if (p == null) {
      p = new Positions(file, text);
      positions = p;
    }
    return p;
  }

  @Override
  public Token get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    String t = text.substring(starts[i], ends[i]);
    TokenKind k = KINDS[kinds[i]];
    String v = values[i];
    if (v == null) {
      v = derivedValue(k, t);
    }
    return new Token(k, t, v, location(i));
  }

  private static String derivedValue(TokenKind kind, String t) {
    return switch (kind) {
      case IDENT -> Identifiers.fold(t);
      case OPERATOR -> t.equals("!=") ? "<>" : t;
      case PLACEHOLDER -> t.substring(1, t.length() - 1);
      case STRING -> {
        if (t.charAt(0) == '$') {
          int tag = t.indexOf('$', 1) + 1;
          yield t.substring(tag, t.length() - tag);
        }
        yield t.substring(t.indexOf('\'') + 1, t.length() - 1);
      }
      default -> t;
    };
  }

  @Override
  public List<Token> subList(int from, int to) {
    return new Slice(this, from, to);
  }

  /** An immutable view of a range of a {@link TokenList}. */
  static final class Slice extends AbstractList<Token> implements RandomAccess {
    private final TokenList all;
    private final int from;
    private final int to;

    Slice(TokenList all, int from, int to) {
      if (from < 0 || to > all.size || from > to) {
        throw new IndexOutOfBoundsException(from + ".." + to);
      }
      this.all = all;
      this.from = from;
      this.to = to;
    }

    @Override
    public Token get(int i) {
      if (i < 0 || i >= to - from) {
        throw new IndexOutOfBoundsException(i);
      }
      return all.get(from + i);
    }

    @Override
    public int size() {
      return to - from;
    }

    @Override
    public List<Token> subList(int a, int b) {
      if (a < 0 || b > size() || a > b) {
        throw new IndexOutOfBoundsException(a + ".." + b);
      }
      return new Slice(all, from + a, from + b);
    }
  }
}
