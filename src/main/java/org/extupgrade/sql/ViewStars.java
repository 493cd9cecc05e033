package org.extupgrade.sql;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.extupgrade.model.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * The relations a view's {@code *} and {@code alias.*} stand for. PostgreSQL expands them when the
 * view is created: columns added to a table later are not in the view. Only simple queries are read
 * ({@code SELECT ... FROM} plain relations joined by commas or {@code JOIN ... ON}); anything else
 * (WITH, set operations, subqueries or functions in FROM, column aliases, USING and NATURAL joins
 * under a bare {@code *}) gives nothing, so that no one is blamed for what was not understood.
 */
public final class ViewStars {
  private ViewStars() {}

  /** A relation as named in FROM: {@link ObjectId#EXTSCHEMA} when unqualified. */
  public record Relation(String schema, String name) {}

  /**
   * @param relations what the stars expand to, in output order
   * @param last true when a star is the select list's last item (CREATE OR REPLACE VIEW may then
   *     append the columns it gained; other output columns would have to move)
   */
  public record Stars(List<Relation> relations, boolean last) {}

  private static final Set<String> CLAUSE_END =
      Set.of(
          "where",
          "group",
          "having",
          "window",
          "order",
          "limit",
          "offset",
          "fetch",
          "for",
          "union",
          "intersect",
          "except");
  private static final Set<String> JOIN_WORDS =
      Set.of("join", "inner", "left", "right", "full", "outer", "cross");
  private static final Map<String, Optional<Stars>> MEMO = new ConcurrentHashMap<>();

  /**
   * The relations whose columns the stars of a view definition expand to, in output order (a
   * relation twice when two stars name it); empty when the definition has no star or is not read.
   *
   * @param definition the view's normalized definition text (after its name)
   */
  public static Optional<Stars> of(String definition) {
    if (!definition.contains("*")) return Optional.empty();
    return MEMO.computeIfAbsent(definition, ViewStars::read);
  }

  private static Optional<Stars> read(String definition) {
    try {
      return Optional.ofNullable(parse(Lexer.lex(Path.of("view"), definition)));
    } catch (RuntimeException e) {
      return Optional.empty(); // not understood: no expansion, no finding
    }
  }

  private static @Nullable Stars parse(List<Token> ts) {
    int i = 0;
    while (i < ts.size() && !ts.get(i).isWord("as")) {
      if (ts.get(i).isSymbol("(")) i = close(ts, i);
      i++;
    }
    i++;
    if (i >= ts.size() || !ts.get(i).isWord("select")) return null;
    i++;
    if (i < ts.size() && ts.get(i).isWord("all")) i++;
    if (i < ts.size() && ts.get(i).isWord("distinct")) return null;
    List<List<Token>> items = new ArrayList<>();
    List<Token> cur = new ArrayList<>();
    for (; i < ts.size() && !ts.get(i).isWord("from"); i++) {
      Token t = ts.get(i);
      if (t.isSymbol("(")) {
        int j = close(ts, i);
        cur.addAll(ts.subList(i, j + 1));
        i = j;
      } else if (t.isSymbol(",")) {
        items.add(cur);
        cur = new ArrayList<>();
      } else {
        cur.add(t);
      }
    }
    items.add(cur);
    if (i >= ts.size()) return null;
    List<String> aliases = new ArrayList<>();
    List<Relation> rels = new ArrayList<>();
    boolean merging = from(ts, i + 1, aliases, rels);
    if (rels.isEmpty()) return null;
    List<Relation> out = new ArrayList<>();
    boolean last = false;
    for (List<Token> item : items) {
      last = false;
      if (item.size() == 1 && item.get(0).isSymbol("*")) {
        if (merging) return null;
        out.addAll(rels);
        last = true;
      } else if (item.size() >= 3 && item.get(item.size() - 1).isSymbol("*")) {
        if (!item.get(item.size() - 2).isSymbol(".")) continue; // an operator, not a star
        if (item.size() != 3) return null; // schema.table.*: not read
        int k = aliases.indexOf(item.get(0).value());
        if (k < 0) return null;
        out.add(rels.get(k));
        last = true;
      }
    }
    return out.isEmpty() ? null : new Stars(out, last);
  }

  /**
   * Reads the FROM list from {@code i} into aliases and relations; returns true when a USING or
   * NATURAL join merges columns. Throws (through the caller's catch) on what it does not read.
   */
  private static boolean from(List<Token> ts, int i, List<String> aliases, List<Relation> rels) {
    boolean merging = false;
    boolean expectRelation = true;
    for (; i < ts.size(); i++) {
      Token t = ts.get(i);
      if (t.kind() == TokenKind.IDENT && CLAUSE_END.contains(t.value())) {
        if (Set.of("union", "intersect", "except").contains(t.value())) rels.clear();
        return merging;
      }
      if (t.isSymbol(",") || t.kind() == TokenKind.IDENT && JOIN_WORDS.contains(t.value())) {
        expectRelation = true;
      } else if (t.isWord("natural") || t.isWord("using")) {
        merging = true;
        if (t.isWord("using")) i = close(ts, i + 1);
      } else if (t.isWord("on")) {
        expectRelation = false;
        while (i + 1 < ts.size() && !ends(ts.get(i + 1))) {
          i++;
          if (ts.get(i).isSymbol("(")) i = close(ts, i);
        }
      } else if (expectRelation) {
        if (t.isWord("only")) continue;
        if (!ParserNames.isName(t) || t.isWord("lateral")) throw new IllegalStateException();
        List<String> parts = new ArrayList<>();
        parts.add(t.value());
        while (i + 2 < ts.size() && ts.get(i + 1).isSymbol(".")) {
          parts.add(ts.get(i + 2).value());
          i += 2;
        }
        if (i + 1 < ts.size() && ts.get(i + 1).isSymbol("(")) throw new IllegalStateException();
        String name = parts.get(parts.size() - 1);
        String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : ObjectId.EXTSCHEMA;
        String alias = name;
        if (i + 1 < ts.size() && ts.get(i + 1).isWord("as")) i++;
        if (i + 1 < ts.size() && ParserNames.isName(ts.get(i + 1)) && !ends(ts.get(i + 1))) {
          alias = ts.get(++i).value();
        }
        if (i + 1 < ts.size() && ts.get(i + 1).isSymbol("(")) throw new IllegalStateException();
        rels.add(new Relation(schema, name));
        aliases.add(alias);
        expectRelation = false;
      } else {
        throw new IllegalStateException();
      }
    }
    return merging;
  }

  private static boolean ends(Token t) {
    return t.isSymbol(",")
        || t.kind() == TokenKind.IDENT
            && (CLAUSE_END.contains(t.value())
                || JOIN_WORDS.contains(t.value())
                || t.value().equals("natural")
                || t.value().equals("on")
                || t.value().equals("using"));
  }

  /** The index of the parenthesis closing the one at {@code i}. */
  private static int close(List<Token> ts, int i) {
    int depth = 0;
    for (int j = i; j < ts.size(); j++) {
      if (ts.get(j).isSymbol("(")) depth++;
      else if (ts.get(j).isSymbol(")") && --depth == 0) return j;
    }
    throw new IllegalStateException("unbalanced parentheses");
  }
}
