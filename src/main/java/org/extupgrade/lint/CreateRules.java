package org.extupgrade.lint;

import java.util.Set;
import org.extupgrade.model.FindingKind;

/**
 * {@code CREATE OR REPLACE} and {@code CREATE ... IF NOT EXISTS} of objects a hostile user could
 * have created first (pgspot PS002, PS006, PS007, PS010 to PS015). PostgreSQL since the
 * CVE-2022-2625 fixes refuses to take over an object the extension does not own, so on a patched
 * server the script fails instead of being exploited; the finding stands for older servers and for
 * the failure. Not reported when the object is in a schema the extension owns, was created earlier
 * in the same script, or (in an update or downgrade script) is created by another script of the
 * extension, so is a member already.
 */
final class CreateRules {
  private static final Set<String> REPLACEABLE =
      Set.of(
          "function", "procedure", "aggregate", "view", "trigger", "rule", "transform", "language");
  private static final Set<String> IF_NOT_EXISTS =
      Set.of(
          "table",
          "foreign table",
          "sequence",
          "index",
          "materialized view",
          "server",
          "collation",
          "statistics");

  private CreateRules() {}

  static void check(Created c, Context cx, Set<String> createdHere) {
    boolean known =
        createdHere.contains(c.key())
            || !cx.isInstall() && (!cx.history() || cx.membersElsewhere().contains(c.key()))
            || cx.ownSchemas().contains(c.schema());
    String object = c.kind() + " " + c.name().text();
    if (c.orReplace() && REPLACEABLE.contains(c.kind()) && !known) {
      cx.add(
          FindingKind.CREATE_OR_REPLACE,
          c.at(),
          object,
          "CREATE OR REPLACE "
              + c.kind().toUpperCase(java.util.Locale.ROOT)
              + " "
              + c.name().text()
              + (cx.isInstall()
                  ? " in an install script: "
                  : ", which no script on the way to this one creates: ")
              + "if a user created it first, it stays theirs and they can change it later",
          "write CREATE " + c.kind().toUpperCase(java.util.Locale.ROOT) + " without OR REPLACE");
    }
    if (c.ifNotExists() && c.kind().equals("schema") && !known) {
      cx.add(
          FindingKind.CREATE_SCHEMA_IF_NOT_EXISTS,
          c.at(),
          object,
          "CREATE SCHEMA IF NOT EXISTS "
              + c.name().text()
              + ": a user who created the schema first owns it and everything the script puts"
              + " in it",
          "write CREATE SCHEMA " + c.name().text() + " (it fails if the schema exists, as wanted)");
    } else if (c.ifNotExists() && IF_NOT_EXISTS.contains(c.kind()) && !known) {
      cx.add(
          FindingKind.CREATE_IF_NOT_EXISTS,
          c.at(),
          object,
          "CREATE "
              + c.kind().toUpperCase(java.util.Locale.ROOT)
              + " IF NOT EXISTS "
              + c.name().text()
              + ": a user who created it first keeps it and the script goes on with theirs",
          "drop IF NOT EXISTS, or create it in a schema the extension creates");
    }
    // reported once: a later CREATE of the same object in this script finds the first one's
    createdHere.add(c.key());
  }
}
