package org.extupgrade.rollback;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/**
 * A libpq connection string ({@code postgresql://user:pw@host:port/db?sslmode=require} or {@code
 * host=h port=5432 dbname=db}) with what it leaves out taken from {@code PGHOST}, {@code PGPORT},
 * {@code PGUSER}, {@code PGDATABASE}, {@code PGPASSWORD} and {@code PGSSLMODE}, as psql does.
 * Without a password pgjdbc reads {@code PGPASSFILE} or {@code ~/.pgpass} itself.
 *
 * @param values by libpq keyword, every one given or defaulted
 */
public record ConnectionString(Map<String, String> values) {
  private static final Map<String, String> ENV =
      Map.of(
          "host", "PGHOST",
          "port", "PGPORT",
          "user", "PGUSER",
          "dbname", "PGDATABASE",
          "password", "PGPASSWORD",
          "sslmode", "PGSSLMODE");

  public ConnectionString {
    values = Map.copyOf(values);
  }

  /**
   * @param text the connection string, or null for the environment alone
   * @param env the process environment
   * @param osUser the default user name (libpq's: the operating-system user)
   */
  public static ConnectionString parse(
      @Nullable String text, Map<String, String> env, String osUser) {
    Map<String, String> v = new TreeMap<>();
    if (text != null && !text.isBlank()) {
      String t = text.strip();
      if (t.startsWith("postgresql://") || t.startsWith("postgres://")) uri(t, v);
      else KeyValues.parse(t, v);
    }
    if (v.containsKey("hostaddr") && !v.containsKey("host")) v.put("host", v.get("hostaddr"));
    v.remove("hostaddr");
    for (Map.Entry<String, String> e : ENV.entrySet()) {
      String fromEnv = env.get(e.getValue());
      if (!v.containsKey(e.getKey()) && fromEnv != null && !fromEnv.isEmpty())
        v.put(e.getKey(), fromEnv);
    }
    v.putIfAbsent("host", "localhost");
    v.putIfAbsent("port", "5432");
    v.putIfAbsent("user", osUser);
    v.putIfAbsent("dbname", v.get("user"));
    for (String k : v.keySet()) {
      if (!KeyValues.KNOWN.contains(k)) {
        throw new UserError(
            "connection parameter " + k + " is not supported; known: " + KeyValues.KNOWN);
      }
    }
    if (v.get("host").startsWith("/")) {
      throw new UserError(
          "host "
              + v.get("host")
              + ": unix-domain sockets are not supported, give a host name or address (e.g."
              + " host=localhost)");
    }
    if (!v.get("port").matches("[0-9]{1,5}")) {
      throw new UserError("port " + v.get("port") + ": not a port number");
    }
    return new ConnectionString(v);
  }

  private static void uri(String t, Map<String, String> v) {
    String rest = t.substring(t.indexOf("://") + 3);
    int q = rest.indexOf('?');
    if (q >= 0) {
      for (String pair : rest.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        if (eq < 0) throw new UserError("connection URI: parameter without a value: " + pair);
        v.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
      rest = rest.substring(0, q);
    }
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      if (slash + 1 < rest.length()) v.put("dbname", decode(rest.substring(slash + 1)));
      rest = rest.substring(0, slash);
    }
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      String who = rest.substring(0, at);
      int colon = who.indexOf(':');
      if (colon >= 0) v.put("password", decode(who.substring(colon + 1)));
      String user = decode(colon >= 0 ? who.substring(0, colon) : who);
      if (!user.isEmpty()) v.put("user", user);
      rest = rest.substring(at + 1);
    }
    int colon = rest.startsWith("[") ? rest.indexOf(':', rest.indexOf(']')) : rest.indexOf(':');
    if (colon >= 0) {
      v.put("port", rest.substring(colon + 1));
      rest = rest.substring(0, colon);
    }
    if (!rest.isEmpty()) v.put("host", decode(rest));
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The JDBC URL (host, port and database). */
  public String jdbcUrl() {
    String host = values.get("host");
    if (host.contains(":") && !host.startsWith("[")) host = "[" + host + "]";
    return "jdbc:postgresql://"
        + host
        + ":"
        + values.get("port")
        + "/"
        + java.net.URLEncoder.encode(values.get("dbname"), StandardCharsets.UTF_8)
            .replace("+", "%20");
  }

  /** The connection's properties for pgjdbc: user, password, sslmode, and a connect timeout. */
  public Properties properties() {
    Properties p = new Properties();
    p.setProperty("user", values.get("user"));
    if (values.containsKey("password")) p.setProperty("password", values.get("password"));
    if (values.containsKey("sslmode")) p.setProperty("sslmode", values.get("sslmode"));
    p.setProperty("connectTimeout", values.getOrDefault("connect_timeout", "10"));
    p.setProperty("ApplicationName", values.getOrDefault("application_name", "extupgrade dump"));
    return p;
  }

  /** Where it connects, without the password: {@code user@host:port/db}. */
  public String where() {
    return values.get("user")
        + "@"
        + values.get("host")
        + ":"
        + values.get("port")
        + "/"
        + values.get("dbname");
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
