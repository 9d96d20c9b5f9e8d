package io.github.designdoc;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link Diagnostic} points: a line and column in a source text (1-based, 0 when unknown)
 * and/or a JSON pointer ({@code /components/0/name}) to a part of the document.
 */
public final class Location {
  private static final Location UNKNOWN = new Location(0, 0, null);

  private final int line;
  private final int column;
  private final String pointer;

  private Location(int line, int column, String pointer) {
    this.line = line;
    this.column = column;
    this.pointer = pointer;
  }

  /** No known location. */
  public static Location unknown() {
    return UNKNOWN;
  }

  /**
   * A line and column, both 1-based.
   *
   * @throws IllegalArgumentException if line or column is negative
   */
  public static Location at(int line, int column) {
    return of(null, line, column);
  }

  /** A part of the document, as a JSON pointer such as {@code /openIssues/2}. */
  public static Location pointer(String pointer) {
    return of(Objects.requireNonNull(pointer, "pointer must not be null"), 0, 0);
  }

  /** A JSON pointer with the line and column of the value it points at. */
  public static Location of(String pointer, int line, int column) {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
    }
    return new Location(line, column, pointer);
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** The JSON pointer to the part of the document, if known. */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /** Whether a line is known. */
  public boolean hasLine() {
    return line > 0;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Location)) {
      return false;
    }
    Location that = (Location) other;
    return line == that.line && column == that.column && Objects.equals(pointer, that.pointer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, column, pointer);
  }

  /** {@code line 3, column 5}, {@code /components/0}, both, or {@code unknown location}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (line > 0) {
      out.append("line ").append(line);
      if (column > 0) {
        out.append(", column ").append(column);
      }
    }
    if (pointer != null) {
      if (out.length() > 0) {
        out.append(" (").append(pointer.isEmpty() ? "/" : pointer).append(')');
      } else {
        out.append(pointer.isEmpty() ? "/" : pointer);
      }
    }
    return out.length() == 0 ? "unknown location" : out.toString();
  }
}
