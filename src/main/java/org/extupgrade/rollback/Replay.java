package org.extupgrade.rollback;

import java.util.ArrayList;
import java.util.List;

/**
 * The replayable SQL of one extension's configuration data: one part per configuration table (in an
 * order that respects the foreign keys between them) and per registered sequence, each a comment
 * and its statements. Render with {@link #text}; run statement by statement with {@link
 * #statements}.
 *
 * @param extension the extension's name
 * @param version the installed version the data was read from
 * @param parts in replay order
 */
public record Replay(String extension, String version, List<Part> parts) {
  public Replay {
    parts = List.copyOf(parts);
  }

  /**
   * One relation's share.
   *
   * @param relation the qualified, quoted name
   * @param comment what the part holds, one line (e.g. {@code public.settings where not builtin: 2
   *     rows})
   * @param statements each a full statement with its semicolon
   */
  public record Part(String relation, String comment, List<String> statements) {
    public Part {
      statements = List.copyOf(statements);
    }
  }

  /** One statement and the relation it restores. */
  public record Statement(String relation, String sql) {}

  /** Every statement in replay order. */
  public List<Statement> statements() {
    List<Statement> out = new ArrayList<>();
    for (Part p : parts) for (String s : p.statements()) out.add(new Statement(p.relation(), s));
    return out;
  }

  /** The number of rows and sequence values the replay restores. */
  public int size() {
    return statements().size();
  }

  /** The SQL file: a header saying how to replay it, then one transaction. */
  public String text() {
    StringBuilder b = new StringBuilder();
    String name = quoteIdent(extension);
    b.append("-- Configuration data of extension ")
        .append(extension)
        .append(' ')
        .append(version)
        .append(" (pg_extension_config_dump), written by extupgrade dump.\n");
    b.append("-- To roll back: DROP EXTENSION ")
        .append(name)
        .append(" CASCADE; CREATE EXTENSION ")
        .append(name)
        .append(" VERSION 'OLD'; then run this file.\n");
    if (parts.isEmpty()) {
      b.append("-- The extension registers no configuration tables: nothing to replay.\n");
      return b.toString();
    }
    b.append("BEGIN;\n");
    for (Part p : parts) {
      b.append("\n-- ").append(p.comment()).append('\n');
      for (String s : p.statements()) b.append(s).append('\n');
    }
    b.append("\nCOMMIT;\n");
    return b.toString();
  }

  /** {@code name} as a quoted identifier. */
  static String quoteIdent(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** {@code value} as a string literal. */
  static String quoteLiteral(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
