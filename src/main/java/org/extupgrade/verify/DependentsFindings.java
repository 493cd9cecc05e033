package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extupgrade.layout.Script;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.jspecify.annotations.Nullable;

/** The findings of the dependents scenario, in words that say what happened and what avoids it. */
final class DependentsFindings {
  private DependentsFindings() {}

  /** The finding when users' objects stop the update, else none (another scenario's failure). */
  static List<Finding> blocked(ScriptException e, Edges.Edge edge) {
    String detail = e.finding().detail();
    if (!DependentsCheck.DEPENDENT_OBJECTS_STILL_EXIST.equals(e.getCause().getSQLState())
        || !detail.contains(UserObjects.SCHEMA + ".")) {
      return List.of();
    }
    String server = detail.lines().findFirst().orElse("").replaceFirst("^SQLSTATE \\w+: ", "");
    String object =
        detail
            .lines()
            .filter(l -> l.contains(UserObjects.SCHEMA + "."))
            .findFirst()
            .map(l -> l.replaceFirst("^DETAIL: ", "").replaceFirst(" depends on .*", ""))
            .orElse("");
    return List.of(
        Finding.of(FindingKind.UPDATE_BLOCKED_BY_DEPENDENTS)
            .object(object)
            .upgrade(edge.from(), edge.to())
            .message(
                "the update from "
                    + edge.from()
                    + " to "
                    + edge.to()
                    + " cannot run while a user's "
                    + object
                    + " uses what it drops: "
                    + server
                    + " (users must drop their objects first)")
            .at(e.finding().where())
            .detail(detail)
            .build());
  }

  private static final Pattern DROPPED =
      Pattern.compile(
          "cannot drop (function|procedure|aggregate|table|view|materialized view|type|operator)"
              + " (.+?) because other objects");

  /**
   * A finding of an update that stopped, once it ran without the users' objects: when what it
   * dropped is gone for good (an API removed, or a signature changed), only info: users lose the
   * object whatever they do; when the script made it again under the same identity, a warning: the
   * drop is what stops users, and {@code CREATE OR REPLACE} would not (where the result type
   * stays).
   */
  static Finding removedOrRemade(Connection c, Finding f) throws SQLException {
    Matcher m = DROPPED.matcher(f.message());
    if (!m.find()) return f;
    String function =
        switch (m.group(1)) {
          case "function", "procedure", "aggregate" -> "to_regprocedure";
          case "operator" -> "to_regoperator";
          case "type" -> "to_regtype";
          default -> "to_regclass";
        };
    String there =
        DependentsCheck.one(c, "select pg_catalog." + function + "(?)::text", m.group(2));
    String what = m.group(1) + " " + m.group(2);
    if (there == null) {
      return f.withMessage(
          f.message().replaceFirst(" \\(users must.*$", "")
              + " (the update removes "
              + what
              + " or changes its signature: users must drop their objects over it to update;"
              + " keeping the old signature beside the new one, as a wrapper, would keep them)");
    }
    return f.withMessage(
        f.message().replaceFirst(" \\(users must.*$", "")
            + " (the script drops "
            + what
            + " and makes it again: users must drop their objects to update; CREATE OR REPLACE,"
            + " where the result type stays, would keep them)");
  }

  static Finding broken(
      UserObjects.Made m, String problem, Edges.Edge edge, @Nullable Script script) {
    String how =
        switch (m.kind()) {
          case "column" -> "of " + m.uses();
          case "index" -> "with " + m.uses();
          default ->
              m.uses().matches("(function|aggregate|operator) .*")
                  ? "calling " + m.uses()
                  : "reading " + m.uses();
        };
    Location where = null;
    if (script != null) {
      int line = problem.startsWith("was dropped") ? CascadeLine.find(script.file(), m.bare()) : 0;
      where = line > 0 ? Location.of(script.file(), line) : Location.of(script.file());
    }
    return Finding.of(FindingKind.USER_OBJECT_BROKEN)
        .object(m.label())
        .upgrade(edge.from(), edge.to())
        .message(
            "a user's "
                + m.label()
                + " "
                + how
                + " "
                + problem
                + " from "
                + edge.from()
                + " to "
                + edge.to()
                + (problem.startsWith("was dropped")
                    ? " (a DROP ... CASCADE takes users' objects with it)"
                    : ""))
        .at(where)
        .build();
  }
}
