package org.extupgrade.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;

/**
 * Another local user attacking a running cluster: {@code Intruder PORT SOCKET_DIR} tries to log in
 * as {@code postgres} over loopback without a password and with a guessed one, and to reach the
 * socket folder. Prints one line per attempt: {@code CONNECTED ...} or {@code REFUSED ...}.
 */
public final class Intruder {
  private Intruder() {}

  public static void main(String[] args) {
    String url = "jdbc:postgresql://127.0.0.1:" + args[0] + "/postgres";
    for (String password : new String[] {null, "postgres", ""}) {
      Properties p = new Properties();
      p.setProperty("user", "postgres");
      p.setProperty("connectTimeout", "10");
      if (password != null) {
        p.setProperty("password", password);
      }
      try (var c = DriverManager.getConnection(url, p)) {
        System.out.println("CONNECTED tcp password=" + password);
      } catch (Exception e) {
        System.out.println("REFUSED tcp password=" + password + ": " + e.getMessage());
      }
    }
    try (var s = Files.list(Path.of(args[1]))) {
      System.out.println("CONNECTED socket folder listed: " + s.toList());
    } catch (Exception e) {
      System.out.println("REFUSED socket folder: " + e);
    }
  }
}
