package org.extupgrade.verify;

import java.nio.file.Path;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.sql.Lexer;
import org.extupgrade.sql.RawStatement;
import org.extupgrade.sql.Statements;
import org.extupgrade.sql.Token;

/**
 * Where a script drops an object with {@code CASCADE}: the server names no line for what a cascade
 * takes (an update script's notices are not sent), so the script's own statements are searched.
 */
final class CascadeLine {
  private CascadeLine() {}

  /**
   * The line of the first {@code DROP ... CASCADE} (or {@code ALTER ... DROP ... CASCADE}) naming
   * {@code name}, or 0 when there is none or the script cannot be read.
   */
  static int find(Path script, String name) {
    try {
      for (RawStatement s : Statements.split(Lexer.lex(script, ScriptText.readUtf8(script)))) {
        boolean drop = false;
        boolean cascade = false;
        boolean named = false;
        for (Token t : s.tokens()) {
          drop |= t.isWord("drop");
          cascade |= t.isWord("cascade");
          named |= t.value().equals(name) || t.text().equals(name);
        }
        if (drop && cascade && named) return s.at().line();
      }
    } catch (RuntimeException e) {
      return 0;
    }
    return 0;
  }
}
