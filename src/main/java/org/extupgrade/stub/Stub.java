package org.extupgrade.stub;

import org.extupgrade.model.Location;

/**
 * One C function rewritten into a stub.
 *
 * @param function the function's name
 * @param at where its CREATE statement starts
 * @param library the module the script names (before MODULE_PATHNAME is substituted)
 * @param symbol the C symbol
 * @param kind how it was stubbed
 * @param body the stub's body: PL/pgSQL text, or the built-in's name for LANGUAGE internal
 */
public record Stub(
    String function, Location at, String library, String symbol, Kind kind, String body) {

  /** How a C function was replaced. */
  public enum Kind {
    /** A do-nothing PL/pgSQL body: safe to call, returns NULL (or nothing). */
    PLPGSQL,
    /** A built-in of the same result type and storage (type I/O, access method handlers). */
    BUILTIN,
    /**
     * {@code LANGUAGE internal} bound to a built-in that raises "cannot accept a value of type
     * internal" without reading its arguments: creating it is safe, calling it is an error.
     */
    FAILING
  }
}
