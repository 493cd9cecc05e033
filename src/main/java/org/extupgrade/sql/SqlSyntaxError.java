package org.extupgrade.sql;

import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;

/**
 * A script that PostgreSQL's scanner would reject (an unterminated quote or comment, a bad escape),
 * located at the opening of the offending construct. Shown as one line: {@code file:line:col:
 * message}.
 */
public final class SqlSyntaxError extends UserError {

  public SqlSyntaxError(Location location, String message) {
    super(location, message);
  }
}
