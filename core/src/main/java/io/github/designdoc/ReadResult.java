package io.github.designdoc;

import java.util.List;
import java.util.Objects;

/**
 * What a lenient read gives: the document and the diagnostics found while reading it.
 *
 * <p>{@link #orThrow()} turns a result with errors into a {@link DesignDocFormatException}.
 */
public final class ReadResult {
  private final DesignDoc document;
  private final List<Diagnostic> diagnostics;

  private ReadResult(DesignDoc document, List<Diagnostic> diagnostics) {
    this.document = Objects.requireNonNull(document, "document must not be null");
    this.diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics must not be null"));
  }

  /** A result of the document and its diagnostics, in the order found. */
  public static ReadResult of(DesignDoc document, List<Diagnostic> diagnostics) {
    return new ReadResult(document, diagnostics);
  }

  /** The document read. */
  public DesignDoc document() {
    return document;
  }

  /** The diagnostics, in the order found. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Whether any diagnostic is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /**
   * The document, if no diagnostic is an error.
   *
   * @throws DesignDocFormatException carrying all diagnostics, if any is an error
   */
  public DesignDoc orThrow() {
    if (hasErrors()) {
      throw new DesignDocFormatException(diagnostics);
    }
    return document;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadResult && ((ReadResult) other).document.equals(document)
        && ((ReadResult) other).diagnostics.equals(diagnostics);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, diagnostics);
  }

  @Override
  public String toString() {
    return "ReadResult{" + document.title() + ", " + diagnostics.size() + " diagnostics}";
  }
}
