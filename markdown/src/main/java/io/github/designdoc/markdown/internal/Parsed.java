package io.github.designdoc.markdown.internal;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.SourceMap;
import java.util.List;

/**
 * A read with what {@code format} and {@code rewrite} need besides the document: where each section's
 * heading, body and end are in the input as given ({@code -1} for parts not present).
 */
public final class Parsed {
  /** A section's place: offsets into the input as given. */
  public record Place(int start, int bodyStart, int end) {}

  private final DesignDoc document;
  private final List<Diagnostic> diagnostics;
  private final SourceMap sourceMap;
  private final List<Place> places;
  private final int level;

  Parsed(DesignDoc document, List<Diagnostic> diagnostics, SourceMap sourceMap, List<Place> places, int level) {
    this.document = document;
    this.diagnostics = diagnostics;
    this.sourceMap = sourceMap;
    this.places = places;
    this.level = level;
  }

  public DesignDoc document() {
    return document;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public SourceMap sourceMap() {
    return sourceMap;
  }

  /** Each section's place, in document order; empty when the text was not read as sections. */
  public List<Place> places() {
    return places;
  }

  /** The heading level of the document's sections. */
  public int level() {
    return level;
  }
}
