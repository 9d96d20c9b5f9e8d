package io.github.designdoc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by strict reading when a document cannot be read as written. It carries the same
 * {@link Diagnostic diagnostics} a lenient read reports; its message lists the errors with their
 * locations.
 *
 * <p>I/O failures are not format errors: they stay {@link java.io.IOException}s.
 */
public class DesignDocFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The diagnostics; not serialized, since {@link Diagnostic} is not serializable. */
  private final transient List<Diagnostic> diagnostics;

  /**
   * An exception carrying these diagnostics, at least one of which should be an error.
   *
   * @throws IllegalArgumentException if the list is empty
   */
  public DesignDocFormatException(List<Diagnostic> diagnostics) {
    super(message(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** An exception for a single diagnostic. */
  public DesignDocFormatException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  /** All diagnostics of the read, in the order found. */
  public List<Diagnostic> diagnostics() {
    return diagnostics == null ? List.of() : diagnostics;
  }

  /** Only the errors. */
  public List<Diagnostic> errors() {
    return diagnostics().stream().filter(Diagnostic::isError).collect(Collectors.toList());
  }

  private static String message(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("diagnostics must not be empty");
    }
    List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).collect(Collectors.toList());
    List<Diagnostic> shown = errors.isEmpty() ? diagnostics : errors;
    String first = shown.get(0).toString();
    return shown.size() == 1 ? first : first + " (and " + (shown.size() - 1) + " more)";
  }
}
