package org.extupgrade.sql;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * A companion to {@link LexerBenchmark} for shared, busy machines: measures the process CPU time
 * (all threads, GC included) per script rather than wall time, which other processes inflate.
 * Arguments: script size in MiB (default 8), rounds (default 20; the first half warms up).
 */
public final class LexerCpuThroughput {
  private static final Path FILE = Path.of("generated--1.0.sql");

  private LexerCpuThroughput() {}

  public static void main(String[] args) {
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    String script = LexerScripts.generate(megabytes * 1024 * 1024, 42).text();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    String[] names = {"lex", "lexAndSplit", "lexSplitAndMaterialize"};
    for (int mode = 0; mode < names.length; mode++) {
      long cpu = 0;
      long wall = 0;
      long sink = 0;
      for (int r = 0; r < rounds; r++) {
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        sink += run(mode, script);
        if (r >= rounds / 2) {
          cpu += os.getProcessCpuTime() - c0;
          wall += System.nanoTime() - t0;
        }
      }
      int measured = rounds - rounds / 2;
      double mb = script.length() / 1e6;
      System.out.printf(
          "%-24s %6.1f ms/op CPU  %7.1f MB/s CPU   %6.1f ms/op wall  %7.1f MB/s wall  (%d)%n",
          names[mode],
          cpu / 1e6 / measured,
          mb * measured / (cpu / 1e9),
          wall / 1e6 / measured,
          mb * measured / (wall / 1e9),
          sink);
    }
  }

  private static long run(int mode, String script) {
    List<Token> tokens = Lexer.lex(FILE, script);
    if (mode == 0) {
      return tokens.size();
    }
    long n = 0;
    for (RawStatement s : Statements.split(tokens)) {
      if (mode == 1) {
        n++;
      } else {
        for (Token t : s.tokens()) {
          n += t.at().column();
        }
      }
    }
    return n;
  }
}
