package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as written in a design document: an ISO-8601 calendar date ({@code 2025-12-28}) or any other
 * text kept verbatim ({@code <date>}, {@code March 2024}).
 *
 * <p>Two dates are equal when their text is equal. {@link #value()} gives the {@link LocalDate} when
 * the text is an ISO date.
 */
public final class DocDate implements Comparable<DocDate> {
  private final String text;
  private final LocalDate value;

  private DocDate(String text, LocalDate value) {
    this.text = text;
    this.value = value;
  }

  /** The ISO-8601 date. */
  public static DocDate of(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    return new DocDate(date.toString(), date);
  }

  /**
   * A date from its text: an ISO-8601 date ({@code yyyy-MM-dd}) is parsed, anything else is kept
   * verbatim.
   *
   * @throws IllegalArgumentException if the text is blank or holds a line break
   */
  public static DocDate of(String text) {
    String line = Text.requiredLine("date", text);
    return new DocDate(line, iso(line));
  }

  /**
   * The date of a text {@code yyyy-MM-dd} (ASCII digits), or null for any other text and for dates that
   * do not exist (such as 2024-02-30): as {@code LocalDate.parse} of such a text gives, without its
   * general parser (most of the time of a read went there).
   */
  private static LocalDate iso(String line) {
    if (line.length() != 10 || line.charAt(4) != '-' || line.charAt(7) != '-') {
      return null;
    }
    for (int i = 0; i < 10; i++) {
      char c = line.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return null;
      }
    }
    try {
      return LocalDate.of(digits(line, 0, 4), digits(line, 5, 7), digits(line, 8, 10));
    } catch (DateTimeException e) {
      return null; // not a real date, such as 2024-02-30: kept verbatim
    }
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + text.charAt(i) - '0';
    }
    return value;
  }

  /** The date as written. */
  public String text() {
    return text;
  }

  /** The calendar date, or empty when the text is not an ISO-8601 date. */
  public Optional<LocalDate> value() {
    return Optional.ofNullable(value);
  }

  /** Whether the text is an ISO-8601 date. */
  public boolean isParsed() {
    return value != null;
  }

  /** Orders parsed dates by time, before verbatim ones, which are ordered by text. */
  @Override
  public int compareTo(DocDate other) {
    if (value != null && other.value != null) {
      return value.compareTo(other.value);
    }
    if (value != null) {
      return -1;
    }
    if (other.value != null) {
      return 1;
    }
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocDate && ((DocDate) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The date as written. */
  @Override
  public String toString() {
    return text;
  }
}
