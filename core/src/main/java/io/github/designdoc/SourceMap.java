package io.github.designdoc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each part of a document read from text came from: a {@link TextRange} per part, keyed by the
 * part's JSON pointer in the JSON format ({@code /title}, {@code /sections/2},
 * {@code /sections/2/items/0/name}), the same pointers lint findings carry.
 *
 * <p>Kept beside the document in a {@link ReadResult}, never in the document: positions are not part
 * of a document's value. Immutable.
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of());

  private final Map<String, TextRange> ranges;

  private SourceMap(Map<String, TextRange> ranges) {
    this.ranges = ranges;
  }

  /** The map of a document that was not read from text. */
  public static SourceMap empty() {
    return EMPTY;
  }

  /** A builder, for readers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every range, by pointer, in the order the reader recorded them. */
  public Map<String, TextRange> ranges() {
    return ranges;
  }

  /** Whether no range is known. */
  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** The range of exactly this part. */
  public Optional<TextRange> range(String pointer) {
    return Optional.ofNullable(ranges.get(Objects.requireNonNull(pointer, "pointer must not be null")));
  }

  /**
   * The range of this part or else of the nearest enclosing part that has one ({@code /sections/2} for
   * {@code /sections/2/items/5/name}); the whole document ({@code ""}) falls back to its title.
   */
  public Optional<TextRange> nearest(String pointer) {
    String p = Objects.requireNonNull(pointer, "pointer must not be null");
    while (true) {
      TextRange range = ranges.get(p);
      if (range != null) {
        return Optional.of(range);
      }
      if (p.isEmpty()) {
        return Optional.ofNullable(ranges.get("/title"));
      }
      p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
    }
  }

  /**
   * The location of a part for a diagnostic: its pointer with the line and column of {@link
   * #nearest(String)}, or the pointer alone.
   */
  public Location locate(String pointer) {
    return nearest(pointer).map(r -> Location.of(pointer, r.line(), r.column())).orElse(Location.pointer(pointer));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SourceMap that && ranges.equals(that.ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  @Override
  public String toString() {
    return "SourceMap" + ranges;
  }

  /** Builds a {@link SourceMap}. Not thread-safe. */
  public static final class Builder {
    private Map<String, TextRange> ranges = new LinkedHashMap<>();
    /** Whether a built map holds {@link #ranges}: the next put copies it first. */
    private boolean built;

    private Builder() {}

    /** Records where a part came from, replacing any range recorded for it before. */
    public Builder put(String pointer, TextRange range) {
      Objects.requireNonNull(pointer, "pointer must not be null");
      Objects.requireNonNull(range, "range must not be null");
      if (built) {
        ranges = new LinkedHashMap<>(ranges);
        built = false;
      }
      ranges.put(pointer, range);
      return this;
    }

    /** The map. Building is cheap: the map is copied only when the builder is used again afterwards. */
    public SourceMap build() {
      if (ranges.isEmpty()) {
        return EMPTY;
      }
      built = true;
      return new SourceMap(Collections.unmodifiableMap(ranges));
    }
  }
}
