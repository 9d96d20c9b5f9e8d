package io.github.designdoc.diff;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two versions of a document, in the template's terms: what {@linkplain #part()
 * part} it concerns ({@code status}, {@code component}, {@code endpoint}, {@code prose}, ...), which
 * one ({@link #label()}), where it is in each version, and its value in each.
 *
 * <p>An {@link Kind#ADDED added} part has only the new side; a {@link Kind#REMOVED removed} one only the
 * old side; a {@link Kind#CHANGED changed} or {@link Kind#MOVED moved} one both. Lines are 0 where the
 * version was not read from text.
 *
 * @param kind what happened to the part
 * @param part what kind of part, such as {@code open issue}
 * @param label which part, such as the component's name or the open issue's text
 * @param oldPointer the part's JSON pointer in the old version
 * @param newPointer the part's JSON pointer in the new version
 * @param oldValue the part's value in the old version, as text
 * @param newValue the part's value in the new version, as text
 * @param oldLine the line of the part in the old version, or 0
 * @param newLine the line of the part in the new version, or 0
 */
public record Change(Kind kind, String part, String label, Optional<String> oldPointer, Optional<String> newPointer,
    Optional<String> oldValue, Optional<String> newValue, int oldLine, int newLine) {

  /** What happened to a part. */
  public enum Kind {
    /** The part is new. */
    ADDED,
    /** The part is gone. */
    REMOVED,
    /** The part is in both versions with another value. */
    CHANGED,
    /** The part is in both versions, in another place among its siblings. */
    MOVED;

    /** The kind seen from the other version: added and removed swap. */
    public Kind mirror() {
      return this == ADDED ? REMOVED : this == REMOVED ? ADDED : this;
    }
  }

  /**
   * A change.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a side the kind needs is missing, or a line is negative
   */
  public Change {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(part, "part must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(oldPointer, "oldPointer must not be null");
    Objects.requireNonNull(newPointer, "newPointer must not be null");
    Objects.requireNonNull(oldValue, "oldValue must not be null");
    Objects.requireNonNull(newValue, "newValue must not be null");
    if ((kind != Kind.ADDED && oldPointer.isEmpty()) || (kind != Kind.REMOVED && newPointer.isEmpty())) {
      throw new IllegalArgumentException(kind + " change of " + part + " lacks a pointer for its side");
    }
    if (oldLine < 0 || newLine < 0) {
      throw new IllegalArgumentException("lines must not be negative: " + oldLine + ", " + newLine);
    }
  }

  /** This change seen from the other version: old and new swap, and so do added and removed. */
  public Change mirror() {
    return new Change(kind.mirror(), part, label, newPointer, oldPointer, newValue, oldValue, newLine, oldLine);
  }

  /** The pointer of the newer side, else the older: where a reviewer looks. */
  public String pointer() {
    return newPointer.or(() -> oldPointer).orElseThrow();
  }

  /**
   * One line for people: {@code status changed: Draft -> Approved}, {@code component added: Gateway},
   * {@code prose of Overview changed: +12 -3 words}.
   */
  public String summary() {
    String name = label.isEmpty() ? part : part + " '" + preview(label) + "'";
    switch (kind) {
      case ADDED:
        return name + " added";
      case REMOVED:
        return name + " removed";
      case MOVED:
        return name + " moved";
      default:
        if (part.equals("prose")) {
          int[] words = wordChanges(oldValue.orElse(""), newValue.orElse(""));
          return name + " changed: +" + words[0] + " -" + words[1] + " words";
        }
        return name + " changed: " + preview(oldValue.orElse("(none)")) + " -> " + preview(newValue.orElse("(none)"));
    }
  }

  @Override
  public String toString() {
    return pointer() + ": " + summary();
  }

  /** Words added and removed from {@code before} to {@code after}, counted as multisets, punctuation ignored. */
  static int[] wordChanges(String before, String after) {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : before.split("[\\s\\p{Punct}]+")) {
      if (!w.isEmpty()) {
        counts.merge(w, -1, Integer::sum);
      }
    }
    for (String w : after.split("[\\s\\p{Punct}]+")) {
      if (!w.isEmpty()) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    int added = 0;
    int removed = 0;
    for (int c : counts.values()) {
      if (c > 0) {
        added += c;
      } else {
        removed -= c;
      }
    }
    return new int[] {added, removed};
  }

  private static String preview(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 60 ? line.substring(0, 57) + "..." : line;
  }
}
