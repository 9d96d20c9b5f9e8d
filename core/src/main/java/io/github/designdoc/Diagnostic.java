package io.github.designdoc;

import java.util.Objects;

/**
 * A message about a document from a reader or a lint rule: its severity, a stable code (such as
 * {@code MD012} or {@code placeholder}), a message saying what was found and what was expected, and
 * where.
 */
public final class Diagnostic {
  private final Severity severity;
  private final String code;
  private final String message;
  private final Location location;

  private Diagnostic(Severity severity, String code, String message, Location location) {
    this.severity = Objects.requireNonNull(severity, "severity must not be null");
    this.code = Objects.requireNonNull(code, "code must not be null");
    this.message = Objects.requireNonNull(message, "message must not be null");
    this.location = Objects.requireNonNull(location, "location must not be null");
  }

  /** A diagnostic. */
  public static Diagnostic of(Severity severity, String code, String message, Location location) {
    return new Diagnostic(severity, code, message, location);
  }

  /** An {@link Severity#ERROR error}. */
  public static Diagnostic error(String code, String message, Location location) {
    return of(Severity.ERROR, code, message, location);
  }

  /** A {@link Severity#WARNING warning}. */
  public static Diagnostic warning(String code, String message, Location location) {
    return of(Severity.WARNING, code, message, location);
  }

  /** An {@link Severity#INFO info}. */
  public static Diagnostic info(String code, String message, Location location) {
    return of(Severity.INFO, code, message, location);
  }

  /** How serious it is. */
  public Severity severity() {
    return severity;
  }

  /** A stable code identifying the kind of diagnostic. */
  public String code() {
    return code;
  }

  /** What was found, and what was expected. */
  public String message() {
    return message;
  }

  /** Where it was found. */
  public Location location() {
    return location;
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Diagnostic)) {
      return false;
    }
    Diagnostic that = (Diagnostic) other;
    return severity == that.severity && code.equals(that.code) && message.equals(that.message)
        && location.equals(that.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, code, message, location);
  }

  /** {@code line 14, column 3: error MD012 table row has 4 cells, header has 3}. */
  @Override
  public String toString() {
    return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + " " + code + " " + message;
  }
}
