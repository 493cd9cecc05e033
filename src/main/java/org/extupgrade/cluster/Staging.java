package org.extupgrade.cluster;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.extupgrade.layout.ControlFile;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;

/**
 * Puts an extension's files where a private server reads them: the control file in {@code
 * SHAREDIR/extension}, scripts and secondary control files in the script directory (the control
 * file's {@code directory}, relative to SHAREDIR). Scripts keep their bytes (the server applies the
 * control file's {@code encoding} itself); {@code .gz} ones are decompressed and every file gets
 * its canonical name; pgrx's {@code @CARGO_VERSION@} in the control file is resolved. Files of the
 * same extension shipped with the installation are removed first, so only the staged versions
 * exist.
 */
public final class Staging {
  private Staging() {}

  /**
   * Stages the extension into {@code sharedir} (its {@code extension} folder and the control file's
   * {@code directory}) as a server would read it, without a cluster.
   */
  public static void stageInto(Extension ext, Path sharedir) throws IOException {
    stage(ext, sharedir, sharedir.resolve("extension"));
  }

  static void stage(Extension ext, Path sharedir, Path extensionDir) throws IOException {
    Path scriptDir = scriptDir(ext.control(), sharedir, extensionDir);
    Files.createDirectories(extensionDir);
    Files.createDirectories(scriptDir);
    removeShipped(ext.name(), extensionDir);
    if (!scriptDir.equals(extensionDir)) {
      removeShipped(ext.name(), scriptDir);
    }
    write(ext.serverControlFile(), extensionDir.resolve(ext.name() + ".control"));
    for (Map.Entry<String, ControlFile> e : ext.versionControls().entrySet()) {
      write(
          read(e.getValue().file()),
          scriptDir.resolve(ext.name() + "--" + e.getKey() + ".control"));
    }
    List<Script> scripts = new ArrayList<>(ext.installScripts());
    scripts.addAll(ext.updateScripts());
    for (Script s : scripts) {
      write(read(s.file()), scriptDir.resolve(s.canonicalName()));
    }
  }

  public static Path scriptDir(ControlFile control, Path sharedir, Path extensionDir) {
    String dir = control.directory();
    if (dir == null || dir.isEmpty()) {
      return extensionDir;
    }
    if (Path.of(dir).isAbsolute()) {
      throw new UserError(
          Location.of(control.file()),
          "directory = '"
              + dir
              + "' is absolute: a throwaway server cannot read the scripts from a private copy; use"
              + " a directory relative to SHAREDIR");
    }
    Path p = sharedir.resolve(dir).normalize();
    if (!p.startsWith(sharedir)) {
      throw new UserError(Location.of(control.file()), "directory = '" + dir + "' leaves SHAREDIR");
    }
    return p;
  }

  /** Copies a compiled module into {@code libDir}; an unreadable module is a UserError. */
  static void library(Path library, Path libDir) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(library);
    } catch (IOException e) {
      throw new UserError(
          Location.of(library), "cannot read the library: " + UserError.describe(e));
    }
    Path target = libDir.resolve(library.getFileName().toString());
    write(bytes, target);
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** The file's bytes (gunzipped for {@code .gz}); unreadable or corrupt input is a UserError. */
  private static byte[] read(Path file) {
    return ScriptText.bytes(file, "cannot read: ");
  }

  private static void removeShipped(String name, Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        String n = f.getFileName().toString();
        if (n.equals(name + ".control")
            || (n.startsWith(name + "--") && (n.endsWith(".sql") || n.endsWith(".control")))) {
          Files.delete(f);
        }
      }
    }
  }

  /** Replaces (never writes through) the target: cloned files share their inode with the cache. */
  static void write(byte[] content, Path target) throws IOException {
    Files.deleteIfExists(target);
    Files.write(target, content);
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
  }
}
