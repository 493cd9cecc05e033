package org.extupgrade.verify;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.extupgrade.model.UserError;

/** The scenarios verify runs beside catalog parity, each on by default where it applies. */
public enum Check {
  /** Seeded user data and configuration rows survive the update; dependent objects still work. */
  DATA,
  /** Each update script runs a second time without failing or changing the catalog. */
  RERUN,
  /** Update then downgrade equals a fresh install of the older version. */
  DOWNGRADE,
  /** Installed in another schema, the upgrade equals a fresh install in that schema. */
  SCHEMAS,
  /** No script leaves a setting changed in the session. */
  SETTINGS,
  /** Locks the update holds on relations the extension does not own. */
  LOCKS;

  /** The name on the command line: {@code data}, {@code rerun}, ... */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every check except those named in {@code skip} (comma-separated names). */
  public static Set<Check> allExcept(Iterable<String> skip) {
    Set<Check> on = EnumSet.allOf(Check.class);
    for (String list : skip) {
      for (String n : list.split(",")) {
        String name = n.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
          continue;
        }
        try {
          on.remove(Check.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new UserError(
              "--skip "
                  + name
                  + ": no such scenario; known: data, rerun, downgrade, schemas,"
                  + " settings, locks");
        }
      }
    }
    return on;
  }
}
