package io.github.designdoc.markdown.internal;

/**
 * The HTML comments the writer puts between parts only where a part's boundary would otherwise be read
 * differently (an introduction ending with a list that would merge with the typed list, notes after a
 * request flow, ...). They render as nothing.
 */
public final class Markers {
  private Markers() {}

  /** Ends a known section's introduction: its typed content follows. */
  public static final String BEGIN = "<!-- designdoc:begin -->";
  /** Separates two records (API contracts, data models) of a known section. */
  public static final String NEXT = "<!-- designdoc:next -->";
  /** Ends a known section's typed content: its notes follow. */
  public static final String END = "<!-- designdoc:end -->";
  /** Separates the parts of a record: a request flow's introduction, steps and notes, a data model's
   * description and fields. */
  public static final String PART = "<!-- designdoc:part -->";
}
