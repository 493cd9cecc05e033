package org.extupgrade.verify;

import java.sql.SQLException;
import org.extupgrade.model.Finding;

/** A script failed on the server; the finding says where and why. Caught inside verify. */
final class ScriptException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Finding finding;

  ScriptException(Finding finding, SQLException cause) {
    super(finding.message(), cause);
    this.finding = finding;
  }

  Finding finding() {
    return finding;
  }

  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }
}
