package org.extupgrade.layout;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One script file: a full install script {@code ext--TO.sql} (from is null) or an update script
 * {@code ext--FROM--TO.sql}. The file may be gzip-compressed ({@code .sql.gz}, archived baselines).
 */
public record Script(Path file, String extension, @Nullable String from, String to) {

  public boolean isInstall() {
    return from == null;
  }

  /** The file name PostgreSQL would look for: {@code ext--1.0.sql} or {@code ext--1.0--1.1.sql}. */
  public String canonicalName() {
    return from == null
        ? extension + "--" + to + ".sql"
        : extension + "--" + from + "--" + to + ".sql";
  }

  public boolean compressed() {
    return file.getFileName().toString().endsWith(".gz");
  }
}
