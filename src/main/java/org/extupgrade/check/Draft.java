package org.extupgrade.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.extupgrade.draft.Change;
import org.extupgrade.draft.UpgradeSql;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.extupgrade.model.UserError;
import org.extupgrade.sql.Parser;
import org.extupgrade.sql.stmt.DoBlock;
import org.extupgrade.sql.stmt.Privilege;
import org.extupgrade.sql.stmt.Stmt;
import org.jspecify.annotations.Nullable;

/**
 * Drafts the update script {@code from -> to} from the static model: what the fresh install of
 * {@code to} has and the old install (plus the update script of that edge, when there is one) lacks
 * or has otherwise. The draft is then applied to the model and compared again: table changes a
 * copied {@code CREATE} does not carry are added in a second pass, and what still differs is listed
 * in {@link UpgradeSql#leftOver()}.
 */
public final class Draft {
  private Draft() {}

  /**
   * @param to the version upgraded to; the default version when null
   * @param reader reads a script's text (gunzipped, decoded)
   */
  public static UpgradeSql of(
      Extension ext, Function<Script, String> reader, String from, @Nullable String to) {
    String target = target(ext, from, to);
    ParsedScripts scripts = new ParsedScripts(reader);
    Baselines baselines = new Baselines(ext, scripts);
    SchemaState fresh = model(baselines, scripts, target);
    SchemaState upgraded = model(baselines, scripts, from).copy();
    Optional<Script> edge = ext.updateScript(from, target);
    if (edge.isPresent()) {
      List<Stmt> stmts =
          scripts
              .statements(edge.get())
              .orElseThrow(
                  () ->
                      new UserError(
                          Location.of(edge.get().file()),
                          "the update script cannot be read: fix its syntax first (extupgrade"
                              + " check says where)"));
      new Applier(upgraded, new Steps(from, target, false)).applyAll(stmts);
    }
    Map<Path, Integer> rank = new HashMap<>();
    List<Privilege> grants = new ArrayList<>();
    for (Script s : baselines.needs(target)) {
      rank.putIfAbsent(s.file(), rank.size());
      for (Stmt st : scripts.statements(s).orElse(List.of()))
        if (st instanceof Privilege p) grants.add(p);
    }
    Location edit = Location.of(edge.map(Script::file).orElse(ext.control().file()));
    Drafter first =
        new Drafter(
            target,
            upgraded,
            fresh,
            differences(from, target, edit, upgraded, fresh),
            rank,
            grants,
            ext.control().relocatable());
    List<Change> changes = first.changes();
    UpgradeSql draft =
        new UpgradeSql(ext.name(), from, target, edge.isPresent(), changes, List.of());
    // second pass: what the copied statements leave (a CREATE TABLE without its later ALTERs)
    SchemaState after = applied(upgraded, draft, from, target, new ArrayList<>());
    List<Change> more =
        new Drafter(
                target,
                after,
                fresh,
                differences(from, target, edit, after, fresh),
                rank,
                grants,
                ext.control().relocatable())
            .after(first)
            .alterations();
    List<Change> all = new ArrayList<>(changes);
    for (Change c : more) if (!all.contains(c)) all.add(c);
    draft = new UpgradeSql(ext.name(), from, target, edge.isPresent(), all, List.of());
    List<String> left = new ArrayList<>();
    SchemaState end = applied(upgraded, draft, from, target, left);
    List<String> todo = draft.todos().stream().map(Change::object).toList();
    for (Finding f : differences(from, target, edit, end, fresh)) {
      // info: uncertain (the model does not apply ALTER TYPE ... ATTRIBUTE) or comments in bodies
      if (!todo.contains(f.object()) && f.severity() != Severity.INFO) left.add(f.message());
    }
    return new UpgradeSql(ext.name(), from, target, edge.isPresent(), all, left);
  }

  /**
   * The version drafted to ({@code to}, or the default version), both ends checked.
   *
   * @throws UserError for an unknown version, a missing default or the same version twice
   */
  public static String target(Extension ext, String from, @Nullable String to) {
    String target = to != null ? to : ext.defaultVersion();
    if (target == null)
      throw new UserError(
          Location.of(ext.control().file()), "no default_version; pass --to VERSION");
    Set<String> versions = ext.graph().versions();
    for (String v : List.of(from, target)) {
      if (!versions.contains(v))
        throw new UserError(
            "no script of " + ext.name() + " has version " + v + " (known: " + versions + ")");
    }
    if (from.equals(target)) throw new UserError("--from and --to are the same version: " + from);
    return target;
  }

  private static SchemaState model(Baselines baselines, ParsedScripts scripts, String version) {
    return baselines
        .of(version)
        .orElseThrow(
            () ->
                new UserError(
                    "version "
                        + version
                        + " has no full install script and no install path that can be read"
                        + (scripts.syntaxFindings().isEmpty()
                            ? ""
                            : ": " + scripts.syntaxFindings().iterator().next().message())));
  }

  private static List<Finding> differences(
      String from, String to, Location edit, SchemaState upgraded, SchemaState fresh) {
    Comparer c = new Comparer(from, to, edit, List.<DoBlock.BlindSpot>of(), Set.of());
    c.compare(upgraded, fresh);
    return c.findings;
  }

  /**
   * The upgraded model with the draft run on it; statements that would fail go to {@code fails}.
   */
  private static SchemaState applied(
      SchemaState upgraded, UpgradeSql draft, String from, String to, List<String> fails) {
    SchemaState st = upgraded.copy();
    List<Stmt> stmts = Parser.parse(Path.of(draft.fileName()), draft.render());
    Steps steps = new Steps(from, to, false);
    new Applier(st, steps).applyAll(stmts);
    for (Finding f : steps.findings) fails.add("the draft would fail: " + f.message());
    return st;
  }
}
