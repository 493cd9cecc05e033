package org.extupgrade.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.extupgrade.cluster.Installation;
import org.extupgrade.model.UserError;

/**
 * The {@code pg_config} a build runs against: the installation's own when it has one, else a small
 * stand-in script that answers for the embedded binaries (which ship PGXS but no {@code
 * pg_config}).
 */
final class PgConfig {
  private PgConfig() {}

  /** The PGXS makefile of {@code inst}, or a UserError when it ships none. */
  static Path pgxs(Installation inst) {
    Path mk = inst.pkglibdir().resolve("pgxs/src/makefiles/pgxs.mk");
    if (!Files.isRegularFile(mk)) {
      throw new UserError(
          inst
              + " has no PGXS ("
              + mk
              + "): use --pg-bindir with an installation that has it, or name a build command");
    }
    return mk;
  }

  /** A {@code pg_config} for {@code inst}: its own, or a stand-in written into {@code binDir}. */
  static Path forInstallation(Installation inst, Path binDir) throws IOException {
    Path own = inst.bindir().resolve("pg_config");
    if (Files.isExecutable(own)) {
      return own;
    }
    Path pgxs = pgxs(inst);
    Path root = inst.root();
    Path include = root.resolve("include");
    StringBuilder s = new StringBuilder();
    s.append("#!/bin/sh\n# pg_config stand-in written by extupgrade for ")
        .append(inst)
        .append('\n')
        .append("for a in \"$@\"; do\n  case \"$a\" in\n");
    answer(s, "--pgxs", pgxs.toString());
    answer(s, "--bindir", inst.bindir().toString());
    answer(s, "--sharedir", inst.sharedir().toString());
    answer(s, "--libdir", root.resolve("lib").toString());
    answer(s, "--pkglibdir", inst.pkglibdir().toString());
    answer(s, "--includedir", include.toString());
    answer(s, "--pkgincludedir", include.resolve("postgresql").toString());
    answer(s, "--includedir-server", include.resolve("postgresql/server").toString());
    answer(s, "--docdir", inst.sharedir().resolve("doc").toString());
    answer(s, "--htmldir", inst.sharedir().resolve("doc").toString());
    answer(s, "--mandir", root.resolve("share/man").toString());
    answer(s, "--localedir", root.resolve("share/locale").toString());
    answer(s, "--sysconfdir", root.resolve("etc").toString());
    answer(s, "--version", "PostgreSQL " + inst.version());
    s.append("    *) echo '' ;;\n  esac\ndone\n");
    Files.createDirectories(binDir);
    Path script = binDir.resolve("pg_config");
    Files.writeString(script, s.toString());
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  private static void answer(StringBuilder s, String option, String value) {
    s.append("    ").append(option).append(") echo ").append(quote(value)).append(" ;;\n");
  }

  static String quote(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
