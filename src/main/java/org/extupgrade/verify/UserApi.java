package org.extupgrade.verify;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.extupgrade.catalog.SqlResource;
import org.jspecify.annotations.Nullable;

/**
 * What an extension offers its users to build on: its functions, operators, types, operator classes
 * and relations, each with what a user's object needs to use it.
 *
 * @param kind function, operator, type, opclass or relation
 * @param what the object in PostgreSQL's words ({@code function ext.f(integer)})
 * @param name its schema-qualified name as SQL writes it ({@code OPERATOR(ext.+)} for operators)
 * @param bare its own name, unqualified and unquoted (what a DROP in a script names)
 * @param args the argument types (operators: left and right, 0 for none; type and opclass: the type
 *     itself)
 * @param flavor function: prokind ({@code f}, {@code a}, {@code w}); operator: oprkind; opclass:
 *     access method; relation: relkind
 * @param skip why no user object can be built over it, or null
 */
record UserApi(
    String kind,
    String what,
    String name,
    String bare,
    List<Long> args,
    String flavor,
    boolean variadic,
    @Nullable String skip) {
  private static final String SQL = SqlResource.read(UserApi.class, "user_api.sql");

  UserApi {
    args = List.copyOf(args);
  }

  /** Everything {@code extension} offers, in a stable order (kind, then what). */
  static List<UserApi> read(Connection c, String extension) throws SQLException {
    List<UserApi> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setString(1, extension);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<Long> args = new ArrayList<>();
          Array a = rs.getArray(4);
          for (Object o : (Object[]) a.getArray()) args.add(((Number) o).longValue());
          out.add(
              new UserApi(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(8),
                  args,
                  rs.getString(5),
                  rs.getBoolean(6),
                  rs.getString(7)));
        }
      }
    }
    return out;
  }
}
