package io.github.designdoc.markdown.internal;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.ReadResult;
import io.github.designdoc.SourceMap;
import io.github.designdoc.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

  /**
   * The read of {@code original} that {@code read} holds, from its source map: each section's place from
   * its {@code /sections/N} and {@code /sections/N/heading} ranges, the section level from the headings.
   * Empty when the map does not hold every section, a range does not fit the text, or the level is not
   * plain from the headings (the sections at different levels, or above the title's): then the text must
   * be read again. What a rewrite proves from it, it proves again on the text it writes.
   */
  public static Optional<Parsed> of(String original, ReadResult read) {
    DesignDoc doc = read.document();
    SourceMap map = read.sourceMap();
    int n = doc.sections().size();
    if (n == 0 || map.range("/sections/" + n).isPresent()) {
      return Optional.empty();
    }
    List<Place> places = new ArrayList<>(n);
    int level = -1;
    int previousEnd = 0;
    for (int i = 0; i < n; i++) {
      Optional<TextRange> whole = map.range("/sections/" + i);
      Optional<TextRange> heading = map.range("/sections/" + i + "/heading");
      if (whole.isEmpty() || heading.isEmpty()) {
        return Optional.empty();
      }
      int start = whole.get().offset();
      int end = whole.get().end();
      int headingEnd = heading.get().end();
      if (start < previousEnd || end > original.length() || heading.get().offset() != start || headingEnd > end) {
        return Optional.empty();
      }
      int l = headingLevel(original, start, headingEnd);
      if (l < 1 || level >= 0 && l != level) {
        return Optional.empty();
      }
      level = l;
      places.add(new Place(start, bodyStart(original, headingEnd, end), end));
      previousEnd = end;
    }
    Optional<TextRange> title = map.range("/title");
    if (title.isPresent() && title.get().end() <= original.length()
        && headingLevel(original, title.get().offset(), title.get().end()) > level) {
      return Optional.empty();
    }
    return Optional.of(new Parsed(doc, read.diagnostics(), map, List.copyOf(places), level));
  }

  /** The level of the ATX or setext heading at {@code [start, end)}, or -1. */
  private static int headingLevel(String text, int start, int end) {
    int i = start;
    while (i < end && i - start < 3 && text.charAt(i) == ' ') {
      i++;
    }
    int hashes = 0;
    while (i + hashes < end && text.charAt(i + hashes) == '#') {
      hashes++;
    }
    if (hashes >= 1 && hashes <= 6) {
      return hashes;
    }
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    char last = e > start ? text.charAt(e - 1) : 0;
    return e > start && text.lastIndexOf('\n', e - 1) >= start ? last == '=' ? 1 : last == '-' ? 2 : -1 : -1;
  }

  /** Where the first line with text after a heading starts, before {@code end}, or -1. */
  private static int bodyStart(String text, int headingEnd, int end) {
    int i = headingEnd;
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < end ? text.lastIndexOf('\n', i - 1) + 1 : -1;
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
