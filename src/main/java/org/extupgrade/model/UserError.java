package org.extupgrade.model;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Bad input from the user (files, options, environment): reported as one line and exit code 2,
 * never as a stack trace. The message says what is wrong; the location, when known, says where.
 */
public class UserError extends RuntimeException {
  private final @Nullable Location location;

  public UserError(String message) {
    this(null, message, null);
  }

  public UserError(@Nullable Location location, String message) {
    this(location, message, null);
  }

  public UserError(@Nullable Location location, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.location = location;
  }

  public @Nullable Location location() {
    return location;
  }

  /** The line shown to the user: {@code file:line:col: message}. */
  public String oneLine() {
    return location == null ? getMessage() : location + ": " + getMessage();
  }

  /** An I/O failure in words for a message: {@code NoSuchFile /x}, {@code AccessDenied /y}, ... */
  public static String describe(IOException e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? kind : kind + " " + e.getMessage();
  }
}
