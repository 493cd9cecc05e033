package org.extupgrade.layout;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code ext.control} (or secondary {@code ext--X.control}) file with PostgreSQL's
 * defaults applied. Nullable fields were not set in the file.
 *
 * @param file where it was read from
 * @param name the extension name (from the file name)
 */
public record ControlFile(
    Path file,
    String name,
    @Nullable String directory,
    @Nullable String defaultVersion,
    @Nullable String modulePathname,
    @Nullable String comment,
    @Nullable String encoding,
    List<String> requires,
    List<String> noRelocate,
    boolean superuser,
    boolean trusted,
    boolean relocatable,
    @Nullable String schema) {

  public ControlFile {
    requires = List.copyOf(requires);
    noRelocate = List.copyOf(noRelocate);
  }
}
