package org.extupgrade.layout;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;

/**
 * The server encodings a control file's {@code encoding} may name ({@code
 * pg_valid_server_encoding}: names compared ignoring case and non-alphanumerics, with PostgreSQL's
 * aliases), and the Java charset that decodes each.
 */
final class PgEncoding {
  /**
   * Cleaned alias -> PostgreSQL encoding name. Client-only encodings (SJIS, BIG5, GBK...) are
   * absent.
   */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("sqlascii", "SQL_ASCII"),
          Map.entry("utf8", "UTF8"),
          Map.entry("unicode", "UTF8"),
          Map.entry("eucjp", "EUC_JP"),
          Map.entry("euccn", "EUC_CN"),
          Map.entry("euckr", "EUC_KR"),
          Map.entry("euctw", "EUC_TW"),
          Map.entry("eucjis2004", "EUC_JIS_2004"),
          Map.entry("muleinternal", "MULE_INTERNAL"),
          Map.entry("latin1", "LATIN1"),
          Map.entry("iso88591", "LATIN1"),
          Map.entry("latin2", "LATIN2"),
          Map.entry("iso88592", "LATIN2"),
          Map.entry("latin3", "LATIN3"),
          Map.entry("iso88593", "LATIN3"),
          Map.entry("latin4", "LATIN4"),
          Map.entry("iso88594", "LATIN4"),
          Map.entry("latin5", "LATIN5"),
          Map.entry("iso88599", "LATIN5"),
          Map.entry("latin6", "LATIN6"),
          Map.entry("iso885910", "LATIN6"),
          Map.entry("latin7", "LATIN7"),
          Map.entry("iso885913", "LATIN7"),
          Map.entry("latin8", "LATIN8"),
          Map.entry("iso885914", "LATIN8"),
          Map.entry("latin9", "LATIN9"),
          Map.entry("iso885915", "LATIN9"),
          Map.entry("latin10", "LATIN10"),
          Map.entry("iso885916", "LATIN10"),
          Map.entry("iso88595", "ISO_8859_5"),
          Map.entry("iso88596", "ISO_8859_6"),
          Map.entry("iso88597", "ISO_8859_7"),
          Map.entry("iso88598", "ISO_8859_8"),
          Map.entry("koi8", "KOI8R"),
          Map.entry("koi8r", "KOI8R"),
          Map.entry("koi8u", "KOI8U"),
          Map.entry("win", "WIN1251"),
          Map.entry("win1251", "WIN1251"),
          Map.entry("windows1251", "WIN1251"),
          Map.entry("win1250", "WIN1250"),
          Map.entry("windows1250", "WIN1250"),
          Map.entry("win1252", "WIN1252"),
          Map.entry("windows1252", "WIN1252"),
          Map.entry("win1253", "WIN1253"),
          Map.entry("windows1253", "WIN1253"),
          Map.entry("win1254", "WIN1254"),
          Map.entry("windows1254", "WIN1254"),
          Map.entry("win1255", "WIN1255"),
          Map.entry("windows1255", "WIN1255"),
          Map.entry("win1256", "WIN1256"),
          Map.entry("windows1256", "WIN1256"),
          Map.entry("win1257", "WIN1257"),
          Map.entry("windows1257", "WIN1257"),
          Map.entry("win1258", "WIN1258"),
          Map.entry("windows1258", "WIN1258"),
          Map.entry("abc", "WIN1258"),
          Map.entry("tcvn", "WIN1258"),
          Map.entry("tcvn5712", "WIN1258"),
          Map.entry("vscii", "WIN1258"),
          Map.entry("win866", "WIN866"),
          Map.entry("alt", "WIN866"),
          Map.entry("windows866", "WIN866"),
          Map.entry("win874", "WIN874"),
          Map.entry("windows874", "WIN874"));

  private static final Map<String, String> JAVA =
      Map.ofEntries(
          Map.entry("UTF8", "UTF-8"),
          Map.entry("EUC_JP", "EUC-JP"),
          Map.entry("EUC_CN", "GB2312"),
          Map.entry("EUC_KR", "EUC-KR"),
          Map.entry("EUC_TW", "x-EUC-TW"),
          Map.entry("LATIN1", "ISO-8859-1"),
          Map.entry("LATIN2", "ISO-8859-2"),
          Map.entry("LATIN3", "ISO-8859-3"),
          Map.entry("LATIN4", "ISO-8859-4"),
          Map.entry("LATIN5", "ISO-8859-9"),
          Map.entry("LATIN7", "ISO-8859-13"),
          Map.entry("LATIN9", "ISO-8859-15"),
          Map.entry("LATIN10", "ISO-8859-16"),
          Map.entry("ISO_8859_5", "ISO-8859-5"),
          Map.entry("ISO_8859_6", "ISO-8859-6"),
          Map.entry("ISO_8859_7", "ISO-8859-7"),
          Map.entry("ISO_8859_8", "ISO-8859-8"),
          Map.entry("KOI8R", "KOI8-R"),
          Map.entry("KOI8U", "KOI8-U"),
          Map.entry("WIN1250", "windows-1250"),
          Map.entry("WIN1251", "windows-1251"),
          Map.entry("WIN1252", "windows-1252"),
          Map.entry("WIN1253", "windows-1253"),
          Map.entry("WIN1254", "windows-1254"),
          Map.entry("WIN1255", "windows-1255"),
          Map.entry("WIN1256", "windows-1256"),
          Map.entry("WIN1257", "windows-1257"),
          Map.entry("WIN1258", "windows-1258"),
          Map.entry("WIN866", "IBM866"),
          Map.entry("WIN874", "x-windows-874"));

  private PgEncoding() {}

  /**
   * The PostgreSQL encoding name for a control file's {@code encoding} value, if it is a server
   * encoding.
   */
  static Optional<String> serverEncoding(String name) {
    StringBuilder clean = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128) {
        clean.append(Character.toLowerCase(c));
      }
    }
    return Optional.ofNullable(ALIASES.get(clean.toString()));
  }

  /** SQL_ASCII scripts are not validated by PostgreSQL: their bytes are taken as they are. */
  static boolean passThrough(String pgEncoding) {
    return pgEncoding.equals("SQL_ASCII");
  }

  /**
   * The Java charset for a server encoding other than SQL_ASCII; empty for the few Java cannot
   * decode (LATIN6, LATIN8, MULE_INTERNAL, EUC_JIS_2004).
   */
  static Optional<Charset> charset(String pgEncoding) {
    String java = JAVA.get(pgEncoding);
    return java != null && Charset.isSupported(java)
        ? Optional.of(Charset.forName(java))
        : Optional.empty();
  }
}
