package org.extupgrade.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Edits of a constraint's normalized definition ({@code foreign key(a) references t(b) ...}). */
final class Constraints {
  private Constraints() {}

  private static final Pattern TIMING =
      Pattern.compile("(\\s+(not\\s+)?deferrable|\\s+initially\\s+(deferred|immediate))+$");

  /**
   * The definition after RENAME COLUMN: the table's own column renamed, not a column of the table a
   * foreign key references.
   */
  static String renameColumn(String def, String from, String to) {
    int refs = def.indexOf(" references ");
    String own = refs < 0 ? def : def.substring(0, refs);
    String rest = refs < 0 ? "" : def.substring(refs);
    Pattern word =
        Pattern.compile(
            "(?<![\\w$.\"])("
                + Pattern.quote(from)
                + "|"
                + Pattern.quote(org.extupgrade.model.ObjectId.quote(from))
                + ")(?![\\w$\"])");
    String quotedTo = org.extupgrade.model.ObjectId.quote(to);
    return word.matcher(own).replaceAll(Matcher.quoteReplacement(quotedTo)) + rest;
  }

  /**
   * The definition after {@code ALTER CONSTRAINT name timing}: PostgreSQL sets both DEFERRABLE and
   * INITIALLY from the clause (what it omits is the default); null for clauses not modeled
   * (ENFORCED, INHERIT).
   */
  static @Nullable String withTiming(String def, String timing) {
    List<String> words = List.of(timing.trim().split("\\s+"));
    boolean deferrable = false;
    boolean deferred = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      if (w.equals("deferrable")) {
        deferrable = true;
      } else if (w.equals("not") && next.equals("deferrable")) {
        i++;
      } else if (w.equals("initially") && (next.equals("deferred") || next.equals("immediate"))) {
        deferred = next.equals("deferred");
        i++;
      } else {
        return null;
      }
    }
    String base = TIMING.matcher(def).replaceFirst("");
    return base
        + (deferrable || deferred ? " deferrable" : "")
        + (deferred ? " initially deferred" : "");
  }
}
