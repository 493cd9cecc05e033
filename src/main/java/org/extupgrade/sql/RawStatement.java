package org.extupgrade.sql;

import java.util.List;
import java.util.Objects;
import org.extupgrade.model.Location;

/**
 * One statement of a script as tokens, before parsing.
 *
 * @param tokens its tokens, without the ending {@code ;}; never empty; immutable
 * @param at where it starts (its first token)
 */
public record RawStatement(List<Token> tokens, Location at) {

  public RawStatement {
    Objects.requireNonNull(at, "at");
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a statement has tokens");
    }
    if (!(tokens instanceof TokenList.Slice)) {
      tokens = List.copyOf(tokens);
    }
  }
}
