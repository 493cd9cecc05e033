package org.extupgrade.verify;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.extupgrade.model.UserError;

/**
 * The scenarios verify can run beside catalog parity. All but {@link #RERUN} and {@link #ROLLBACK}
 * are on by default: PostgreSQL never runs an update script twice, so idempotency is a project's
 * choice, opted into; a rollback rehearsal is a release's question, not every commit's.
 */
public enum ScenarioKind {
  /** Seeded user data and configuration rows survive the update; dependent objects still work. */
  DATA,
  /** Each update script runs a second time without failing or changing the catalog (opt-in). */
  RERUN,
  /** Update then downgrade equals a fresh install of the older version. */
  DOWNGRADE,
  /** Installed in another schema, the upgrade equals a fresh install in that schema. */
  SCHEMAS,
  /** No script leaves a setting changed in the session. */
  SETTINGS,
  /** Locks the update holds on relations the extension does not own. */
  LOCKS,
  /** Users' views, columns and indexes over the extension survive each update script. */
  DEPENDENTS,
  /** A pg_dump and pg_restore of the upgraded database equals it (needs the client tools). */
  DUMP,
  /**
   * Each old version's rollback: dump the configuration data after the update, drop the extension,
   * install the old version, replay (opt-in: {@code --rollback}).
   */
  ROLLBACK;

  /** The name on the command line and in extupgrade.toml: {@code data}, {@code rerun}, ... */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The scenarios on when nothing is said: every one but rerun and rollback. */
  public static Set<ScenarioKind> defaults() {
    return EnumSet.complementOf(EnumSet.of(RERUN, ROLLBACK));
  }

  /** Every scenario. */
  public static Set<ScenarioKind> all() {
    return EnumSet.allOf(ScenarioKind.class);
  }

  /**
   * The defaults plus those named in {@code with}, less those named in {@code skip} (each a
   * comma-separated list of names).
   */
  public static Set<ScenarioKind> select(Iterable<String> with, Iterable<String> skip) {
    return select(defaults(), with, skip);
  }

  /** {@code base} plus those named in {@code with}, less those named in {@code skip}. */
  public static Set<ScenarioKind> select(
      Set<ScenarioKind> base, Iterable<String> with, Iterable<String> skip) {
    Set<ScenarioKind> on =
        base.isEmpty() ? EnumSet.noneOf(ScenarioKind.class) : EnumSet.copyOf(base);
    on.addAll(parse(with, "--with"));
    on.removeAll(parse(skip, "--skip"));
    return on;
  }

  /** Every default scenario except those named in {@code skip}. */
  public static Set<ScenarioKind> allExcept(Iterable<String> skip) {
    return select(java.util.List.of(), skip);
  }

  static Set<ScenarioKind> parse(Iterable<String> lists, String option) {
    Set<ScenarioKind> out = EnumSet.noneOf(ScenarioKind.class);
    for (String list : lists) {
      for (String n : list.split(",")) {
        String name = n.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) continue;
        try {
          out.add(ScenarioKind.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new UserError(
              option
                  + " "
                  + name
                  + ": no such scenario; known: "
                  + String.join(
                      ", ", java.util.Arrays.stream(values()).map(ScenarioKind::cliName).toList()));
        }
      }
    }
    return out;
  }
}
