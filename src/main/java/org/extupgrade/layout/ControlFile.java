package org.extupgrade.layout;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.extupgrade.model.Location;
import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code ext.control} (or secondary {@code ext--X.control}) file with PostgreSQL's
 * defaults applied. Nullable fields were not set in the file. A secondary file's record holds the
 * primary's values overridden by its own, as {@code read_extension_aux_control_file} does.
 *
 * @param file where it was read from
 * @param name the extension name (from the file name)
 * @param encoding the PostgreSQL encoding name (e.g. {@code UTF8}), normalised from the file's
 *     value
 * @param keyLines the line of each key set in this file, for messages that point at it
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
    @Nullable String schema,
    Map<String, Integer> keyLines) {

  public ControlFile {
    requires = List.copyOf(requires);
    noRelocate = List.copyOf(noRelocate);
    keyLines = Map.copyOf(keyLines);
    if (relocatable && schema != null) {
      throw new IllegalArgumentException("schema cannot be set when relocatable is true");
    }
  }

  /** A control file without line information (built in code rather than parsed). */
  public ControlFile(
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
    this(
        file,
        name,
        directory,
        defaultVersion,
        modulePathname,
        comment,
        encoding,
        requires,
        noRelocate,
        superuser,
        trusted,
        relocatable,
        schema,
        Map.of());
  }

  /** Where {@code key} is set in this file, or the whole file when it is not set here. */
  public Location where(String key) {
    Integer line = keyLines.get(key);
    return line == null ? Location.of(file) : Location.of(file, line);
  }
}
