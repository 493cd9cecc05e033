package org.extupgrade.sql;

/**
 * The kind of a {@link Token}, as PostgreSQL's scanner (scan.l) tells them apart.
 *
 * <p>Values ({@link Token#value()}) per kind: {@link #IDENT} the identifier folded to lower case
 * (ASCII only, as PostgreSQL does for UTF-8) and truncated to 63 bytes; {@link #QUOTED_IDENT} the
 * exact name ({@code ""} undoubled, {@code U&"..."} escapes decoded), truncated to 63 bytes; {@link
 * #STRING} the decoded contents of {@code '..'}, {@code E'..'}, {@code U&'..'}, {@code N'..'} and
 * {@code $tag$..$tag$}; {@link #BIT_STRING} PostgreSQL's form: {@code b} or {@code x} followed by
 * the contents ({@code B'0101'} has value {@code b0101}); {@link #NUMBER} and {@link #PARAM} the
 * text; {@link #OPERATOR} the text, except {@code !=} whose value is {@code <>} as in PostgreSQL;
 * {@link #PUNCT} the text; {@link #PLACEHOLDER} the name between the at signs.
 */
public enum TokenKind {
  /** An unquoted identifier or key word. */
  IDENT,
  /** {@code "name"} or {@code U&"name"}. */
  QUOTED_IDENT,
  /** Any character string constant, dollar-quoted ones included. */
  STRING,
  /** {@code B'0101'} or {@code X'1F'}. */
  BIT_STRING,
  /** An integer, decimal or real number, in any base PostgreSQL 16 accepts. */
  NUMBER,
  /** A positional parameter {@code $1}. */
  PARAM,
  /** An operator: a run of operator characters, and {@code :=}. */
  OPERATOR,
  /**
   * {@code ( ) [ ] , ; . : :: ..} and any other character PostgreSQL returns as a one-character
   * token (a lone {@code $}, {@code \}, <code>{</code>, <code>}</code>...).
   */
  PUNCT,
  /** {@code @extschema@}, {@code @extowner@}, {@code @extschema:name@}. */
  PLACEHOLDER
}
