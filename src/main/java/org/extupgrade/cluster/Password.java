package org.extupgrade.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The superuser's password of one throwaway server: 32 random bytes. Nothing is trusted, so a local
 * user who does not know it cannot log in. Written only to files created with mode 0600: initdb's
 * password file (deleted after initdb) and a pgpass file for the user running the tool.
 */
record Password(String value) {

  static Password random() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return new Password(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** Writes {@code text} to a new file that only its owner may read, from the first byte on. */
  static void writePrivate(Path file, String text) throws IOException {
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, text, StandardOpenOption.WRITE);
  }

  /** A pgpass file for {@code psql} (any host, port and database; user postgres). */
  void writePgpass(Path file) throws IOException {
    writePrivate(file, "*:*:*:" + ServerProcess.SUPERUSER + ":" + value + "\n");
  }

  @Override
  public String toString() {
    return "Password[hidden]";
  }
}
