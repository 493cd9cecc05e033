package org.extupgrade.verify;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.Finding;
import org.extupgrade.stub.LibrarySymbols;
import org.extupgrade.stub.Stub;
import org.extupgrade.stub.StubMode;
import org.jspecify.annotations.Nullable;

/**
 * Verify's stub mode and library compatibility, per cluster: decides whether to stub, stages the
 * stubs, classifies the findings, and writes the note that says what stub mode did and cannot see.
 */
final class StubSupport {
  private final @Nullable Boolean stubs;
  private final List<Path> libraries;
  private final Extension ext;
  private final List<Integer> stubbedMajors = new ArrayList<>();
  private StubMode.@Nullable Summary summary;
  private boolean stubbedNow;

  /**
   * @param stubs true for --stubs, false for --no-stubs, null to decide per cluster
   */
  StubSupport(@Nullable Boolean stubs, List<Path> libraries, Extension ext) {
    this.stubs = stubs;
    this.libraries = List.copyOf(libraries);
    this.ext = ext;
  }

  /** After the extension and libraries are staged: stubs its C functions if needed. */
  synchronized void stage(Cluster cluster) {
    stubbedNow =
        stubs == null
            ? !StubMode.missingLibraries(ext, cluster.libDir()).isEmpty()
            : stubs.booleanValue();
    if (stubbedNow) {
      // Automatic: only the functions whose module is missing; --stubs: every one.
      summary = StubMode.stage(cluster, ext, stubs != null);
    }
  }

  /**
   * The run's findings as stub mode or --library classify them; with --library, the versions no
   * scenario installed are installed once each on {@code cluster} too.
   */
  VerifyResult classify(VerifyResult r, Cluster cluster) throws SQLException {
    List<Finding> findings = r.findings();
    if (stubbedNow) {
      stubbedMajors.add(r.major());
      findings = StubMode.classify(findings);
    }
    if (!libraries.isEmpty()) {
      findings = new ArrayList<>(LibrarySymbols.classify(findings, ext));
      if (r.skipped() == null) {
        findings.addAll(UncoveredVersions.check(cluster, ext, r));
        findings.sort(Finding.ORDER);
      }
    }
    return r.withFindings(findings);
  }

  /** Stub mode was on for the clusters of this major (recorded for the note). */
  synchronized boolean stubbed(int major) {
    if (stubbedNow && !stubbedMajors.contains(major)) stubbedMajors.add(major);
    return stubbedNow;
  }

  /** What to tell a user whose extension cannot be installed for want of its module. */
  String hint() {
    return Boolean.FALSE.equals(stubs)
        ? " (stage the compiled module with --library FILE, or drop --no-stubs)"
        : " (stage the compiled module with --library FILE)";
  }

  /** Writes the note if stub mode was on (once, naming the majors it was on for). */
  void printNote(PrintWriter to) {
    if (summary == null || stubbedMajors.isEmpty()) {
      return;
    }
    to.print(text(stubbedMajors, summary));
    to.flush();
  }

  static String text(List<Integer> majors, StubMode.Summary s) {
    StringBuilder b = new StringBuilder("stub mode (PostgreSQL ");
    b.append(majors.stream().map(String::valueOf).collect(Collectors.joining(", ")))
        .append("): ")
        .append(s.stubs().size())
        .append(s.stubs().size() == 1 ? " C function definition" : " C function definitions")
        .append(" in ")
        .append(s.scripts())
        .append(s.scripts() == 1 ? " script" : " scripts")
        .append(" rewritten (")
        .append(s.count(Stub.Kind.PLPGSQL))
        .append(" do-nothing PL/pgSQL, ")
        .append(s.count(Stub.Kind.BUILTIN))
        .append(" built-in of the same storage, ")
        .append(s.count(Stub.Kind.FAILING))
        .append(" that fail when called)\n");
    b.append("  not checked: what the C code does, whether its symbols exist in the library")
        .append(" (use --library), the real I/O of base types\n");
    for (String t : s.unsupportedTypes()) {
      b.append("  base type ")
          .append(t)
          .append(": no built-in matches its storage; its I/O functions fail when called\n");
    }
    return b.toString();
  }
}
