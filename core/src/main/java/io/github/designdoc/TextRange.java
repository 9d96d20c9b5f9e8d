package io.github.designdoc;

/**
 * Where a part of a document was read from: its first line and column (1-based) and its offset and
 * length in the input's characters (0-based, as {@link String#substring(int, int)} counts).
 *
 * @param line the 1-based line of the first character
 * @param column the 1-based column of the first character
 * @param offset the 0-based index of the first character in the input
 * @param length the number of characters
 */
public record TextRange(int line, int column, int offset, int length) {
  /**
   * A range.
   *
   * @throws IllegalArgumentException if line or column is below 1, or offset or length negative
   */
  public TextRange {
    if (line < 1 || column < 1 || offset < 0 || length < 0) {
      throw new IllegalArgumentException(
          "invalid text range: line " + line + ", column " + column + ", offset " + offset + ", length " + length);
    }
  }

  /** The index just past the last character. */
  public int end() {
    return offset + length;
  }

  /** {@code line:column+length}. */
  @Override
  public String toString() {
    return line + ":" + column + "+" + length;
  }
}
