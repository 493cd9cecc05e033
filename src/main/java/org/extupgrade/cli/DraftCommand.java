package org.extupgrade.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.extupgrade.build.Sources;
import org.extupgrade.check.Draft;
import org.extupgrade.draft.Change;
import org.extupgrade.draft.UpgradeSql;
import org.extupgrade.draft.live.LiveDraft;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code extupgrade draft}: the update script that closes the differences check sees. */
@Command(
    name = "draft",
    mixinStandardHelpOptions = true,
    description = {
      "Drafts the update script FROM -> TO: the SQL that turns the old version's install (plus the"
          + " update script of that edge, when there is one) into what the new version's full"
          + " install creates. Statements are copied from the full install script as written;"
          + " what cannot be done safely (a column type change that needs a USING, data to move)"
          + " is a commented TODO, also listed on stderr.",
      "",
      "Examples:",
      "  extupgrade draft examples/shop_audit --from 1.2 --to 2.0",
      "  extupgrade draft . --from 1.0 --append   # to ext--1.0--<default_version>.sql",
      "  extupgrade draft . --from 1.0 --live --pg 16   # from a live diff on PostgreSQL 16"
    },
    footer = {
      "",
      "Exit codes: 0 a complete draft, 1 a draft with TODOs or differences it leaves, 2 usage or"
          + " input error, 3 internal error."
    })
final class DraftCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExtensionOptions where = new ExtensionOptions();

  @Option(
      names = "--from",
      required = true,
      paramLabel = "VERSION",
      description = "The version upgraded from.")
  String from = "";

  @Option(
      names = "--to",
      paramLabel = "VERSION",
      description = "The version upgraded to (default: default_version).")
  @Nullable String to;

  @Option(
      names = "--append",
      description =
          "Append the draft to the update script of the edge (create ext--FROM--TO.sql beside the"
              + " full install script when there is none) instead of printing it.")
  boolean append;

  @Option(
      names = "--live",
      description =
          "Draft from a live diff instead of the static model: install FROM (and run the edge's"
              + " update script) and TO fresh on a throwaway PostgreSQL (--pg, --pg-bindir), and"
              + " write each difference from the server's own definitions; the draft is then run"
              + " there and what still differs is listed.")
  boolean live;

  @Mixin PgOptions pg = new PgOptions();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!live && (pg.major != null || pg.bindir != null))
      throw new UserError("--pg and --pg-bindir choose the server of --live: add --live");
    try (Sources sources = where.open(err)) {
      Extension ext = sources.extension();
      UpgradeSql draft =
          live
              ? LiveDraft.of(ext, s -> ScriptText.read(ext, s), pg.installation(), from, to)
              : Draft.of(ext, s -> ScriptText.read(ext, s), from, to);
      if (append && draft.isEmpty()) {
        err.println("nothing to append: the upgraded install already equals the full install");
      } else if (append) {
        Path file = target(sources, ext, draft);
        write(file, draft);
        err.println("wrote " + file);
      } else {
        PrintWriter out = spec.commandLine().getOut();
        out.print(draft.render());
        out.flush();
      }
      for (Change c : draft.todos())
        err.println("todo: " + c.object() + ": " + c.note().replace('\n', ' '));
      for (String l : draft.leftOver()) err.println("left: " + l);
      err.flush();
      return draft.todos().isEmpty() && draft.leftOver().isEmpty() ? 0 : 1;
    }
  }

  /** The existing update script of the edge, or a new one beside the full install script. */
  private static Path target(Sources sources, Extension ext, UpgradeSql draft) {
    var edge = ext.updateScript(draft.from(), draft.to());
    if (edge.isPresent()) {
      Path f = sources.shown(edge.get().file());
      if (!f.equals(edge.get().file()) || !Files.isRegularFile(f) || isGzip(edge.get()))
        throw new UserError(
            "--append: "
                + f
                + " is made by the build or compressed; add the draft to its source by hand");
      return f;
    }
    Path dir =
        ext.installScript(draft.to())
            .map(s -> sources.shown(s.file()).toAbsolutePath().getParent())
            .orElse(ext.control().file().toAbsolutePath().getParent());
    return dir.resolve(draft.fileName());
  }

  private static boolean isGzip(Script s) {
    return s.file().getFileName().toString().endsWith(".gz");
  }

  private static void write(Path file, UpgradeSql draft) {
    try {
      draft.appendTo(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
