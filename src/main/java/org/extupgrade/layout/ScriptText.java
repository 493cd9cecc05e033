package org.extupgrade.layout;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;

/**
 * A script's text as PostgreSQL would run it: gunzipped when archived as {@code .sql.gz}, decoded
 * with the {@code encoding} of the control file in force for the script's target version (UTF-8
 * when none is set, as in a UTF-8 database).
 */
public final class ScriptText {
  /** The most extupgrade reads of one script (after gunzip): a bomb must not exhaust the heap. */
  public static final int MAX_SCRIPT_BYTES = 64 << 20;

  private ScriptText() {}

  /** The script's text; invalid bytes for its encoding are a UserError naming the byte offset. */
  public static String read(Extension ext, Script script) {
    ControlFile control = ext.versionControls().getOrDefault(script.to(), ext.control());
    String encoding = control.encoding() == null ? "UTF8" : control.encoding();
    if (PgEncoding.passThrough(encoding)) {
      return new String(bytes(script.file()), StandardCharsets.ISO_8859_1);
    }
    Charset cs =
        PgEncoding.charset(encoding)
            .orElseThrow(
                () ->
                    new UserError(
                        control.where("encoding"),
                        "scripts in encoding "
                            + encoding
                            + " cannot be decoded by extupgrade: convert them to UTF-8"));
    return decode(script.file(), bytes(script.file()), cs, encoding);
  }

  /**
   * An author's plain SQL file (not a script: no control file says its encoding), read as UTF-8;
   * anything else is a UserError at the line of the first invalid byte.
   */
  public static String readUtf8(Path file) {
    byte[] b;
    try {
      b = regularBytes(file, MAX_SCRIPT_BYTES, "a SQL file", "cannot read: ");
    } catch (IOException e) {
      throw new UserError(Location.of(file), "cannot read: " + UserError.describe(e));
    }
    return decode(file, b, StandardCharsets.UTF_8, "UTF8");
  }

  /** The file's bytes, gunzipped for {@code .gz}; a truncated or corrupt archive is a UserError. */
  static byte[] bytes(Path file) {
    return bytes(file, "cannot read script: ");
  }

  /**
   * The file's bytes, gunzipped for {@code .gz}; a truncated or corrupt archive is a UserError, an
   * unreadable file one whose message starts with {@code cannotRead}.
   */
  public static byte[] bytes(Path file, String cannotRead) {
    try (InputStream raw = openRegular(file, cannotRead)) {
      if (!file.getFileName().toString().endsWith(".gz")) {
        return readLimited(raw, file, MAX_SCRIPT_BYTES, "a script");
      }
      try (InputStream in = new GZIPInputStream(raw)) {
        return readLimited(in, file, MAX_SCRIPT_BYTES, "a script (after gunzip)");
      }
    } catch (EOFException e) {
      throw new UserError(Location.of(file), "truncated gzip file (unexpected end of data)");
    } catch (ZipException e) {
      throw new UserError(Location.of(file), "not a valid gzip file: " + e.getMessage());
    } catch (IOException e) {
      throw new UserError(Location.of(file), cannotRead + UserError.describe(e));
    }
  }

  /**
   * Opens {@code file} (links followed) when it is a regular file: a FIFO would block the open, a
   * device like /dev/zero never ends. Anything else is a UserError starting with {@code
   * cannotRead}; a missing file is a NoSuchFileException.
   */
  public static InputStream openRegular(Path file, String cannotRead) throws IOException {
    if (!Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
      throw new UserError(
          Location.of(file), cannotRead + "not a regular file (a FIFO, device or folder)");
    }
    return Files.newInputStream(file);
  }

  /** The bytes of a regular file, at most {@code limit}; more is a UserError naming the limit. */
  public static byte[] regularBytes(Path file, int limit, String what, String cannotRead)
      throws IOException {
    try (InputStream in = openRegular(file, cannotRead)) {
      return readLimited(in, file, limit, what);
    }
  }

  private static byte[] readLimited(InputStream in, Path file, int limit, String what)
      throws IOException {
    byte[] b = in.readNBytes(limit + 1);
    if (b.length > limit) {
      throw new UserError(
          Location.of(file),
          "larger than "
              + (limit >= 1 << 20 ? (limit >> 20) + " MiB" : (limit >> 10) + " KiB")
              + ", the most extupgrade reads of "
              + what);
    }
    return b;
  }

  private static String decode(Path file, byte[] bytes, Charset cs, String encoding) {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) d.maxCharsPerByte()) + 16);
    CoderResult r = d.decode(in, out, true);
    if (r.isUnderflow()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
      throw new UserError(
          new Location(file, line, 0),
          String.format(
              "invalid byte sequence for encoding \"%s\" at byte offset %d: 0x%02x",
              encoding, offset, bytes[offset] & 0xFF));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new UserError(Location.of(file), "invalid byte 0x00 at byte offset " + i);
      }
    }
    out.flip();
    return out.toString();
  }
}
