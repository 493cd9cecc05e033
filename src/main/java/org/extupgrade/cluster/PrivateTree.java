package org.extupgrade.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A cluster's own copy of an installation (hard links where possible). PostgreSQL finds SHAREDIR
 * and PKGLIBDIR relative to the real path of its executable, so the copy keeps the installation's
 * relative layout: every part is placed at {@code top + (part relative to the parts' common
 * ancestor)}. Staged files then land in a folder only this cluster's server reads.
 *
 * @param bindir the private folder with {@code postgres} and {@code initdb}
 * @param sharedir the private SHAREDIR
 * @param pkglibdir the private PKGLIBDIR
 */
record PrivateTree(Path bindir, Path sharedir, Path pkglibdir) {

  static PrivateTree build(Installation inst, Path top) throws IOException {
    Path bin = inst.bindir();
    Path lib = inst.root().resolve("lib");
    List<Path> dirs = new ArrayList<>(List.of(inst.sharedir(), inst.pkglibdir()));
    if (Files.isDirectory(lib) && !lib.equals(inst.pkglibdir())) {
      dirs.add(lib); // shared libraries found through the binaries' $ORIGIN/../lib
    }
    Path ancestor = common(bin, dirs);
    Path privateBin = top.resolve(ancestor.relativize(bin).toString());
    Files.createDirectories(privateBin);
    for (String exe : List.of("postgres", "initdb")) {
      Trees.cloneFile(bin.resolve(exe), privateBin.resolve(exe));
    }
    List<Path> done = new ArrayList<>();
    for (Path dir : dirs.stream().sorted().toList()) {
      if (done.stream().noneMatch(dir::startsWith)) {
        Trees.cloneTree(dir, top.resolve(ancestor.relativize(dir).toString()));
        done.add(dir);
      }
    }
    for (Path p = privateBin; p != null && p.startsWith(top); p = p.getParent()) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    for (Path p = top.resolve(ancestor.relativize(inst.sharedir()).toString());
        p != null && p.startsWith(top);
        p = p.getParent()) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return new PrivateTree(
        privateBin,
        top.resolve(ancestor.relativize(inst.sharedir()).toString()),
        top.resolve(ancestor.relativize(inst.pkglibdir()).toString()));
  }

  private static Path common(Path first, List<Path> others) {
    Path c = first;
    for (Path p : others) {
      while (!p.startsWith(c)) {
        c = c.getParent();
      }
    }
    return c;
  }

  Path extensionDir() {
    return sharedir.resolve("extension");
  }
}
