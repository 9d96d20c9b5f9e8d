package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.Locale;
import java.util.Optional;

/**
 * The status of a design document, as its author wrote it.
 *
 * <p>The template knows {@link #DRAFT}, {@link #IN_REVIEW} and {@link #APPROVED}; any other status
 * ({@code Superseded}, {@code Implemented}, even the template's own {@code Draft | In Review | Approved})
 * is legal and kept verbatim. Two statuses are equal when their text is equal; {@link #kind()} tells
 * which known status a text names, ignoring case.
 */
public final class Status {
  /** The status {@code Draft}. */
  public static final Status DRAFT = new Status("Draft");
  /** The status {@code In Review}. */
  public static final Status IN_REVIEW = new Status("In Review");
  /** The status {@code Approved}. */
  public static final Status APPROVED = new Status("Approved");

  /** The statuses the template knows, and {@link #OTHER} for every other text. */
  public enum Kind {
    /** {@code Draft}. */
    DRAFT,
    /** {@code In Review}. */
    IN_REVIEW,
    /** {@code Approved}. */
    APPROVED,
    /** Any other status, kept verbatim. */
    OTHER
  }

  private final String text;

  private Status(String text) {
    this.text = text;
  }

  /**
   * The status with this text: one of the constants when the text equals its label, otherwise a custom
   * status kept verbatim.
   *
   * @param text a single line, not blank
   * @throws IllegalArgumentException if the text is blank or holds a line break
   */
  public static Status of(String text) {
    String line = Text.requiredLine("status", text);
    for (Status known : new Status[] {DRAFT, IN_REVIEW, APPROVED}) {
      if (known.text.equals(line)) {
        return known;
      }
    }
    return new Status(line);
  }

  /** The status as written. */
  public String text() {
    return text;
  }

  /** The known status this text names, ignoring case and surrounding blanks, or {@link Kind#OTHER}. */
  public Kind kind() {
    String key = text.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
    switch (key) {
      case "draft":
        return Kind.DRAFT;
      case "in review":
        return Kind.IN_REVIEW;
      case "approved":
        return Kind.APPROVED;
      default:
        return Kind.OTHER;
    }
  }

  /** Whether this is one of the template's statuses (in any case). */
  public boolean isKnown() {
    return kind() != Kind.OTHER;
  }

  /** The known kind, or empty for a custom status. */
  public Optional<Kind> knownKind() {
    Kind kind = kind();
    return kind == Kind.OTHER ? Optional.empty() : Optional.of(kind);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Status && ((Status) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The status as written. */
  @Override
  public String toString() {
    return text;
  }
}
