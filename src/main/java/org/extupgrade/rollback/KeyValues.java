package org.extupgrade.rollback;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.extupgrade.model.UserError;

/** libpq's {@code keyword=value} connection strings: values bare or single-quoted. */
final class KeyValues {
  static final Set<String> KNOWN =
      new TreeSet<>(
          Set.of(
              "host",
              "hostaddr",
              "port",
              "dbname",
              "user",
              "password",
              "sslmode",
              "application_name",
              "connect_timeout"));

  private KeyValues() {}

  static void parse(String text, Map<String, String> out) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) i++;
      if (i >= n) break;
      int eq = text.indexOf('=', i);
      if (eq < 0) {
        throw new UserError(
            "connection string: missing \"=\" after \""
                + text.substring(i).split("\\s")[0]
                + "\" (give key=value pairs or a postgresql:// URI)");
      }
      String key = ConnectionString.lower(text.substring(i, eq).strip());
      i = eq + 1;
      while (i < n && Character.isWhitespace(text.charAt(i))) i++;
      StringBuilder value = new StringBuilder();
      if (i < n && text.charAt(i) == '\'') {
        i++;
        while (i < n && text.charAt(i) != '\'') {
          if (text.charAt(i) == '\\' && i + 1 < n) i++;
          value.append(text.charAt(i++));
        }
        if (i >= n) throw new UserError("connection string: unterminated quoted value of " + key);
        i++;
      } else {
        while (i < n && !Character.isWhitespace(text.charAt(i))) {
          if (text.charAt(i) == '\\' && i + 1 < n) i++;
          value.append(text.charAt(i++));
        }
      }
      out.put(key, value.toString());
    }
  }
}
