package org.extupgrade.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.extupgrade.model.Finding;
import org.extupgrade.model.RootCauses;
import org.jspecify.annotations.Nullable;

/**
 * A finding's identity across commits, for code scanning: a hash of its root cause ({@link
 * RootCauses#what}: kind, object, message without the upgrade it was seen on) and its script,
 * relative to the repository root. Never line numbers: a finding stays the same finding when lines
 * are added above it.
 */
final class Fingerprint {
  /** The {@code partialFingerprints} key; the version bumps if the hash's input changes. */
  static final String KEY = "extupgradeRootCause/v1";

  /** Line numbers in messages ({@code x--1.0.sql:12:3}, {@code line 12}) and verify's major tag. */
  private static final Pattern VOLATILE =
      Pattern.compile(
          "(?<=\\.(?:sql|control|toml)):\\d+(?::\\d+)?|(?<=\\bline )\\d+"
              + "|\\s*\\[PostgreSQL [0-9, ]+ only\\]$");

  private Fingerprint() {}

  static String of(Finding f, Formats.Options o) {
    String file = file(f, o);
    String where = file == null ? "" : RepoPath.shown(o.root(), file);
    String what = VOLATILE.matcher(RootCauses.what(f)).replaceAll("");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] h = sha.digest((what + "\u0000" + where).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The file a finding is placed at: its script, else the control file, else none. */
  static @Nullable String file(Finding f, Formats.Options o) {
    return f.where() != null ? f.where().file().toString() : o.controlFile();
  }
}
