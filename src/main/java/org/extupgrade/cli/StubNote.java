package org.extupgrade.cli;

import org.extupgrade.stub.Stub;
import org.extupgrade.stub.StubMode;

/** The lines verify prints when stub mode was on: what it rewrote and what it cannot see. */
final class StubNote {
  private StubNote() {}

  static String text(int major, StubMode.Summary s) {
    StringBuilder b = new StringBuilder();
    b.append("PostgreSQL ")
        .append(major)
        .append(": stub mode: ")
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
