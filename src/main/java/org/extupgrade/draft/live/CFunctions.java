package org.extupgrade.draft.live;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.extupgrade.draft.Change;
import org.extupgrade.stub.Stub;
import org.jspecify.annotations.Nullable;

/**
 * C functions under stub mode: the server ran a stand-in, so its definition says {@code LANGUAGE
 * plpgsql} (or {@code internal}). The draft writes {@code LANGUAGE c} and the module and symbol the
 * full install of the target names, when exactly one stub of that name comes from that script.
 */
final class CFunctions {
  /** Bare name to the stub of the target's full install, or null when ambiguous. */
  private final Map<String, @Nullable Stub> byName = new HashMap<>();

  CFunctions(List<Stub> stubs, @Nullable Path installScript) {
    for (Stub s : stubs) {
      if (installScript == null || !s.at().file().equals(installScript)) continue;
      String n = LiveDraft.bare(s.function());
      if (byName.containsKey(n)) {
        Stub old = byName.get(n);
        if (old == null || !old.symbol().equals(s.symbol()) || !old.library().equals(s.library()))
          byName.put(n, null);
      } else {
        byName.put(n, s);
      }
    }
  }

  /**
   * The step that creates a function: {@code create} itself unless the function was stubbed; then
   * the C function restored, or a TODO.
   */
  Change step(Change create, Catalog.@Nullable Def def, Names names) {
    String bare = LiveDraft.bare(create.object().substring(create.object().indexOf(' ') + 1));
    if (!byName.containsKey(bare)) return create;
    String restored =
        def == null || def.definition() == null
            ? null
            : restore(
                bare, names.definition(def.definition().strip(), "CREATE OR REPLACE FUNCTION "));
    return restored == null
        ? Change.todo(
            create.object(),
            "a C function the server ran as stub mode's stand-in, of a name the full install"
                + " stubs more than once: copy its CREATE from the full install",
            "")
        : Change.of(create.object(), create.note(), restored + ";");
  }

  /**
   * pg_get_functiondef's text of a stand-in, made a C function again; null when it cannot be (no
   * single stub for the name).
   */
  private @Nullable String restore(String bare, String definition) {
    Stub s = byName.get(bare);
    if (s == null) return null;
    int as = definition.indexOf("\nAS ");
    if (as < 0) return null;
    StringBuilder b = new StringBuilder();
    for (String line : definition.substring(0, as).split("\n", -1)) {
      if (line.startsWith(" SET \"extupgrade.")) continue; // stub mode's own note
      b.append(line.startsWith(" LANGUAGE ") ? " LANGUAGE c" : line).append('\n');
    }
    return b.append("AS ")
        .append(Afterwards.literal(s.library()))
        .append(", ")
        .append(Afterwards.literal(s.symbol()))
        .toString();
  }
}
