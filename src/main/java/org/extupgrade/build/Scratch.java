package org.extupgrade.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Copies of a source tree for a build, and what the build changed in them. */
final class Scratch {
  /** Never copied: version control data, large and irrelevant to a build of SQL files. */
  private static final List<String> SKIPPED = List.of(".git", ".hg", ".svn");

  private Scratch() {}

  /** Copies {@code from} into {@code to}, keeping file times (make compares them) and links. */
  static void copy(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a)
              throws IOException {
            if (!dir.equals(from) && SKIPPED.contains(dir.getFileName().toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) throws IOException {
            Files.copy(
                file,
                to.resolve(from.relativize(file).toString()),
                StandardCopyOption.COPY_ATTRIBUTES,
                LinkOption.NOFOLLOW_LINKS);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** SQL files in {@code built} that are missing from {@code source} or differ, relative paths. */
  static List<Path> changedSql(Path source, Path built) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(built)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        Path rel = built.relativize(f);
        if (!f.getFileName().toString().endsWith(".sql")
            || SKIPPED.stream().anyMatch(d -> rel.startsWith(d))) {
          continue;
        }
        Path original = source.resolve(rel.toString());
        if (!Files.isRegularFile(original)
            || !Arrays.equals(Files.readAllBytes(original), Files.readAllBytes(f))) {
          out.add(rel);
        }
      }
    }
    return out;
  }

  /** Removes {@code dir} and everything under it; missing is fine. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
