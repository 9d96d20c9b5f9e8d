package io.github.designdoc;

import java.util.List;
import java.util.Objects;

/**
 * What a lenient read gives: the document, the diagnostics found while reading it, and the {@link
 * SourceMap} of where each part came from.
 *
 * <p>{@link #orThrow()} turns a result with errors into a {@link DesignDocFormatException}.
 */
public final class ReadResult {
  private final DesignDoc document;
  private final List<Diagnostic> diagnostics;
  private final SourceMap sourceMap;

  private ReadResult(DesignDoc document, List<Diagnostic> diagnostics, SourceMap sourceMap) {
    this.document = Objects.requireNonNull(document, "document must not be null");
    this.diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics must not be null"));
    this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap must not be null");
  }

  /** A result of the document and its diagnostics, in the order found, with no source map. */
  public static ReadResult of(DesignDoc document, List<Diagnostic> diagnostics) {
    return new ReadResult(document, diagnostics, SourceMap.empty());
  }

  /** A result of the document, its diagnostics in the order found, and where its parts came from. */
  public static ReadResult of(DesignDoc document, List<Diagnostic> diagnostics, SourceMap sourceMap) {
    return new ReadResult(document, diagnostics, sourceMap);
  }

  /** Where each part of the document came from; empty for a document that was not read from text. */
  public SourceMap sourceMap() {
    return sourceMap;
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
        && ((ReadResult) other).diagnostics.equals(diagnostics) && ((ReadResult) other).sourceMap.equals(sourceMap);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, diagnostics, sourceMap);
  }

  @Override
  public String toString() {
    return "ReadResult{" + document.title() + ", " + diagnostics.size() + " diagnostics}";
  }
}
