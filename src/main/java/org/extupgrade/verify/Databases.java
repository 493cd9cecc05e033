package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The few things scenarios need from a running server (a throwaway cluster in practice): make a
 * database, connect to it as a superuser, drop it. Implementations must allow concurrent calls.
 */
public interface Databases {
  void createDatabase(String name, @Nullable String template);

  Connection connect(String database) throws SQLException;

  void dropDatabase(String name);
}
