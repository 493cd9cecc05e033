package org.extupgrade.lint;

import java.util.List;
import java.util.Set;
import org.extupgrade.layout.Script;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.sql.Token;

/**
 * What a rule knows while it reads one script.
 *
 * @param script the script read
 * @param trusted the control file says {@code trusted = true}
 * @param ownSchemas schemas the extension creates in any script (with {@code IF NOT EXISTS} too,
 *     which create-schema-if-not-exists reports once) and the control file's {@code schema}, never
 *     {@code public}
 * @param membersElsewhere {@code kind name} (unqualified) of every object a script that can run
 *     before this one creates (on a chain to its starting version): in an update or downgrade
 *     script such an object is already a member; empty for an install script
 * @param history false for an update script no install script leads to: what exists before it is
 *     unknown, so its CREATE OR REPLACE and IF NOT EXISTS are taken for changes to members
 * @param out where findings go
 */
record Context(
    Script script,
    boolean trusted,
    Set<String> ownSchemas,
    Set<String> membersElsewhere,
    List<Finding> out,
    boolean history) {

  Context(
      Script script,
      boolean trusted,
      Set<String> ownSchemas,
      Set<String> membersElsewhere,
      List<Finding> out) {
    this(script, trusted, ownSchemas, membersElsewhere, out, true);
  }

  boolean isInstall() {
    return script.isInstall();
  }

  /** Reports {@code kind} at {@code at}. */
  void add(FindingKind kind, Location at, String object, String message, String fix) {
    out.add(Finding.of(kind).object(object).message(message).at(at).fix(fix).build());
  }

  void add(FindingKind kind, Token at, String object, String message, String fix) {
    add(kind, at.at(), object, message, fix);
  }
}
