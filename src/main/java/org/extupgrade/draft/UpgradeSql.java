package org.extupgrade.draft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;

/**
 * The draft of one update script, {@code extension--from--to.sql}.
 *
 * @param appendsTo true when an update script for the edge exists and the draft closes what it
 *     leaves different: the draft goes at its end
 * @param changes the steps in the order they must run
 * @param leftOver differences the draft itself leaves, as the static check sees them after applying
 *     it (one line each); empty when the draft closes every difference
 */
public record UpgradeSql(
    String extension,
    String from,
    String to,
    boolean appendsTo,
    List<Change> changes,
    List<String> leftOver) {
  public UpgradeSql {
    Objects.requireNonNull(extension);
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    changes = List.copyOf(changes);
    leftOver = List.copyOf(leftOver);
  }

  /** The steps that need a human. */
  public List<Change> todos() {
    return changes.stream().filter(Change::todo).toList();
  }

  /** True when there is nothing to do. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The script's file name, {@code ext--1.0--1.1.sql}. */
  public String fileName() {
    return extension + "--" + from + "--" + to + ".sql";
  }

  /**
   * The draft as SQL. A new script starts with the {@code \echo ... \quit} guard PostgreSQL's
   * extension scripts carry; a draft for an existing script starts with a comment that marks where
   * the drafted part begins.
   */
  /** Appends {@link #render} to {@code file}, creating it when missing. */
  public void appendTo(Path file) throws IOException {
    Files.writeString(
        file,
        render(),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  public String render() {
    StringBuilder b = new StringBuilder();
    if (appendsTo) {
      b.append("\n-- Drafted by extupgrade draft: what ")
          .append(fileName())
          .append(" left different from the full install of ")
          .append(to)
          .append(".\n");
    } else {
      b.append("-- ")
          .append(fileName())
          .append(": drafted by extupgrade draft from the full install scripts of ")
          .append(from)
          .append(" and ")
          .append(to)
          .append(". Review before release.\n\n")
          .append("\\echo Use \"ALTER EXTENSION ")
          .append(extension)
          .append(" UPDATE TO '")
          .append(to)
          .append("'\" to load this file. \\quit\n");
    }
    if (changes.isEmpty()) {
      b.append("\n-- Nothing to do: the upgraded install already equals the full install.\n");
    }
    for (Change c : changes) {
      b.append('\n');
      if (c.todo()) {
        comment(b, "TODO: " + c.note());
        for (String line : c.sql().strip().split("\n", -1)) {
          if (!line.isEmpty()) b.append("-- ").append(line).append('\n');
        }
      } else {
        if (!c.note().isEmpty()) comment(b, c.note());
        b.append(c.sql().strip()).append('\n');
      }
    }
    if (!leftOver.isEmpty()) b.append('\n');
    for (String l : leftOver) comment(b, "TODO: still different after this draft: " + l);
    return b.toString();
  }

  private static void comment(StringBuilder b, String text) {
    for (String line : text.split("\n", -1)) b.append("-- ").append(line).append('\n');
  }
}
