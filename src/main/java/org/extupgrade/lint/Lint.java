package org.extupgrade.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.extupgrade.layout.ControlFile;
import org.extupgrade.layout.ControlFileParser;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.UserError;
import org.extupgrade.sql.Lexer;
import org.extupgrade.sql.RawStatement;
import org.extupgrade.sql.Statements;
import org.extupgrade.sql.Token;

/**
 * The security lint: every rule over every install, update and downgrade script of an extension,
 * and over its control file. Each finding is reported once, at its place in a script, whatever
 * upgrade paths go through it. A script that cannot be lexed is skipped ({@code check} reports it
 * as {@code script-syntax}).
 */
public final class Lint {
  /** The finding kinds the lint reports, in registry order. */
  public static final Set<FindingKind> KINDS =
      Collections.unmodifiableSet(
          EnumSet.range(FindingKind.CREATE_OR_REPLACE, FindingKind.TRUSTED_REQUIRES));

  private Lint() {}

  /** The lint's findings, in file, line and column order. */
  public static List<Finding> run(Extension ext, Function<Script, String> text) {
    List<Script> scripts = new ArrayList<>(ext.installScripts());
    scripts.addAll(ext.updateScripts());
    scripts.sort(Comparator.comparing(s -> s.file().toString()));
    Map<Script, List<List<Token>>> statements = new LinkedHashMap<>();
    for (Script s : scripts) {
      try {
        List<List<Token>> list = new ArrayList<>();
        for (RawStatement raw : Statements.split(Lexer.lex(s.file(), text.apply(s)))) {
          list.add(new ArrayList<>(raw.tokens()));
        }
        statements.put(s, list);
      } catch (UserError e) {
        // a script that cannot be read is check's script-syntax finding
      }
    }
    Set<String> ownSchemas = new HashSet<>();
    ControlFile control = ext.control();
    if (control.schema() != null && !control.schema().equals("public")) {
      ownSchemas.add(control.schema());
    }
    Map<Script, Set<String>> members = new LinkedHashMap<>();
    statements.forEach(
        (s, list) -> {
          Set<String> keys = new HashSet<>();
          for (List<Token> ts : list) {
            Created c = Created.read(ts);
            if (c == null) continue;
            keys.add(c.key());
            // as pgspot: IF NOT EXISTS is reported once, by create-schema-if-not-exists
            if (c.kind().equals("schema") && !c.name().parts().isEmpty()) {
              ownSchemas.add(c.name().last());
            }
          }
          members.put(s, keys);
        });
    ownSchemas.remove("public");
    List<Finding> out = new ArrayList<>();
    trustedRequires(control, out);
    Set<Path> shipped = shipped(ext);
    for (Map.Entry<Script, List<List<Token>>> e : statements.entrySet()) {
      if (!shipped.contains(e.getKey().file())) continue; // read only for what it creates
      Set<String> before = before(e.getKey(), members);
      Context cx =
          new Context(
              e.getKey(),
              control.trusted(),
              ownSchemas,
              before == null ? Set.of() : before,
              out,
              before != null);
      ScriptRules.run(e.getValue(), cx);
    }
    Set<String> seen = new LinkedHashSet<>();
    List<Finding> unique = new ArrayList<>();
    for (Finding f : out) {
      if (f.where() != null && !shipped.contains(f.where().file())) continue;
      if (seen.add(f.kind().id() + " " + f.where() + " " + f.object())) unique.add(f);
    }
    unique.sort(
        Comparator.comparing(
                (Finding f) -> f.where(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(f -> f.kind().id())
            .thenComparing(Finding::object));
    return unique;
  }

  /**
   * The scripts an author still edits: the full install script of the default version, the update
   * scripts into it and the downgrade scripts out of it, and the control file. The others are
   * released: users ran them as they are and they cannot change, so their traps are history. They
   * are read, to know what exists before a script runs, but not reported: reported, the same
   * finding came back once per released version (pg_trickle: 905 of 1,023 findings in its archived
   * install scripts; pg_partman: 3,500 in update scripts that each recreate every function).
   */
  private static Set<Path> shipped(Extension ext) {
    Set<Path> out = new HashSet<>();
    out.add(ext.control().file());
    String current = ext.defaultVersion();
    if (current == null) return out;
    ext.installScript(current).ifPresent(s -> out.add(s.file()));
    for (Script s : ext.updateScripts()) {
      if (current.equals(s.to()) || current.equals(s.from())) out.add(s.file());
    }
    return out;
  }

  /**
   * What may exist before {@code script} runs: the objects of every script that can lead to its
   * starting version (the install scripts of that version or earlier ones on a chain to it, and the
   * update scripts of that chain). Empty for an install script.
   */
  private static Set<String> before(Script script, Map<Script, Set<String>> members) {
    Set<String> out = new HashSet<>();
    if (script.isInstall()) return out;
    Set<String> versions = new HashSet<>(Set.of(script.from()));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Script s : members.keySet()) {
        if (!s.isInstall() && versions.contains(s.to()) && versions.add(s.from())) grew = true;
      }
    }
    boolean installed = false;
    for (Map.Entry<Script, Set<String>> e : members.entrySet()) {
      Script s = e.getKey();
      if (s.equals(script) || !versions.contains(s.to())) continue;
      out.addAll(e.getValue());
      installed |= s.isInstall();
    }
    return installed ? out : null;
  }

  /**
   * True if {@code req}'s control file beside this one says {@code schema = pg_catalog} (the
   * procedural languages do), or {@code req} is plpgsql.
   */
  private static boolean inCatalog(ControlFile control, String req) {
    if (req.equals("plpgsql")) return true;
    Path dir = control.file().toAbsolutePath().getParent();
    Path other = dir == null ? null : dir.resolve(req + ".control");
    if (other == null || !Files.isRegularFile(other)) return false;
    try {
      return "pg_catalog".equals(ControlFileParser.parsePrimary(other, req).schema());
    } catch (UserError e) {
      return false;
    }
  }

  /** PostgreSQL's docs: a trusted extension should not depend on one outside pg_catalog. */
  private static void trustedRequires(ControlFile control, List<Finding> out) {
    if (!control.trusted()) return;
    for (String req : control.requires()) {
      if (inCatalog(control, req)) continue;
      out.add(
          Finding.of(FindingKind.TRUSTED_REQUIRES)
              .object("extension " + req)
              .message(
                  "trusted extension requires "
                      + req
                      + ": its schema is unknown when this one installs, so references to it"
                      + " cannot be made safe against objects a user placed first")
              .at(control.where("requires"))
              .fix(
                  "do not mark the extension trusted, or qualify references with"
                      + " @extschema:"
                      + req
                      + "@ and require that extension in a schema users cannot write")
              .build());
    }
  }
}
