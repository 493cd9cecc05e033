package org.extupgrade.layout;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Newer than" for version names, for people and reports only: PostgreSQL never orders versions, so
 * nothing that decides what PostgreSQL does may use this.
 *
 * <ol>
 *   <li>A version splits into a release part, the leading dotted numbers ({@code 1.10.2}), and a
 *       suffix, the rest without its leading separator ({@code beta2} in {@code 1.0-beta2} or
 *       {@code 1.0beta2}).
 *   <li>Release parts compare number by number, numerically; a missing number counts as 0 ({@code
 *       0.10.0 > 0.9.0}, {@code 1.0 = 1.0.0} here).
 *   <li>With equal release parts, a version with a suffix is a pre-release and older than one
 *       without ({@code 1.0-beta < 1.0}); two suffixes compare piece by piece, digit runs
 *       numerically ({@code rc2 < rc10}), letters by code point ({@code alpha < beta < rc}).
 *   <li>Versions that do not start with a number ({@code unpackaged}, {@code dev}) are older than
 *       all numbered ones and compare as suffixes among themselves.
 *   <li>Remaining ties ({@code 1.0} vs {@code 1.0.0}) are broken by strcmp, so the order is total.
 * </ol>
 */
public final class VersionOrder implements Comparator<String> {
  public static final VersionOrder INSTANCE = new VersionOrder();
  private static final Pattern RELEASE = Pattern.compile("^(\\d+(?:\\.\\d+)*)(?:[-_.~+]?)(.*)$");
  private static final Pattern PIECE = Pattern.compile("\\d+|[^\\d]+");

  private VersionOrder() {}

  @Override
  public int compare(String a, String b) {
    Matcher ma = RELEASE.matcher(a);
    Matcher mb = RELEASE.matcher(b);
    boolean na = ma.matches();
    boolean nb = mb.matches();
    int c;
    if (na != nb) {
      return na ? 1 : -1;
    }
    if (na) {
      c = compareRelease(ma.group(1), mb.group(1));
      if (c == 0) {
        c = compareSuffix(ma.group(2), mb.group(2));
      }
    } else {
      c = compareNatural(a, b);
    }
    return c != 0 ? c : Integer.signum(VersionGraph.strcmp(a, b));
  }

  /** True when {@code a} is newer than {@code b} by this order. */
  public static boolean newer(String a, String b) {
    return INSTANCE.compare(a, b) > 0;
  }

  private static int compareRelease(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      BigInteger p = i < x.length ? new BigInteger(x[i]) : BigInteger.ZERO;
      BigInteger q = i < y.length ? new BigInteger(y[i]) : BigInteger.ZERO;
      int c = p.compareTo(q);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int compareSuffix(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() == b.isEmpty() ? 0 : a.isEmpty() ? 1 : -1;
    }
    return compareNatural(a, b);
  }

  private static int compareNatural(String a, String b) {
    Matcher x = PIECE.matcher(a);
    Matcher y = PIECE.matcher(b);
    while (true) {
      boolean hx = x.find();
      boolean hy = y.find();
      if (!hx || !hy) {
        return hx == hy ? 0 : hx ? 1 : -1;
      }
      String p = x.group();
      String q = y.group();
      boolean dp = p.charAt(0) >= '0' && p.charAt(0) <= '9';
      boolean dq = q.charAt(0) >= '0' && q.charAt(0) <= '9';
      int c;
      if (dp && dq) {
        c = new BigInteger(p).compareTo(new BigInteger(q));
      } else if (dp != dq) {
        c = dp ? 1 : -1;
      } else {
        c = p.compareTo(q);
      }
      if (c != 0) {
        return c;
      }
    }
  }
}
