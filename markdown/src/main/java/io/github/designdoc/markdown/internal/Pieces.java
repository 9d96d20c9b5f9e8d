package io.github.designdoc.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Text put together from pieces and joined once, at its exact length, when it is done. A range copied
 * from the source text is kept as its bounds until something else follows, so that ranges that meet are
 * copied as one. Cheaper than a {@link StringBuilder} for text that is mostly copied: that copies a range
 * of a string char by char, and copies again when the text first needs more than Latin-1.
 */
final class Pieces {
  private final String source;
  private final List<String> done = new ArrayList<>();
  private int from = -1; // the range of the source not yet copied, if any
  private int to = -1;
  private int length;

  Pieces(String source) {
    this.source = source;
  }

  /** Appends a text. */
  Pieces append(String text) {
    if (!text.isEmpty()) {
      flush();
      done.add(text);
      length += text.length();
    }
    return this;
  }

  /** Appends the source's text from {@code start} to {@code end}. */
  Pieces copy(int start, int end) {
    if (start < 0 || end > source.length() || start > end) {
      throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") of a text of length " + source.length());
    }
    if (start == end) {
      return this;
    }
    if (from >= 0 && to == start) {
      to = end;
    } else {
      flush();
      from = start;
      to = end;
    }
    length += end - start;
    return this;
  }

  int length() {
    return length;
  }

  /** The character at {@code index}; fast near the end, where it is used. */
  char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + " of a text of length " + length);
    }
    int end = length;
    if (from >= 0) {
      int start = end - (to - from);
      if (index >= start) {
        return source.charAt(from + index - start);
      }
      end = start;
    }
    for (int i = done.size() - 1; ; i--) {
      String piece = done.get(i);
      int start = end - piece.length();
      if (index >= start) {
        return piece.charAt(index - start);
      }
      end = start;
    }
  }

  /** Cuts the text to its first {@code newLength} characters. */
  void setLength(int newLength) {
    if (newLength < 0 || newLength > length) {
      throw new IndexOutOfBoundsException("length " + newLength + " of a text of length " + length);
    }
    while (length > newLength) {
      int cut = length - newLength;
      if (from >= 0) {
        int n = Math.min(cut, to - from);
        to -= n;
        length -= n;
        if (to == from) {
          from = -1;
          to = -1;
        }
        continue;
      }
      String last = done.remove(done.size() - 1);
      if (last.length() > cut) {
        done.add(last.substring(0, last.length() - cut));
        length -= cut;
      } else {
        length -= last.length();
      }
    }
  }

  /** Appends line breaks ({@code nl}) until the text ends with a blank line; nothing when it is empty. */
  Pieces separate(Supplier<String> nl) {
    int breaks = 0;
    int i = length;
    if (i == 0) {
      return this;
    }
    while (i > 0 && (charAt(i - 1) == '\n' || charAt(i - 1) == '\r')) {
      if (charAt(i - 1) == '\n') {
        breaks++;
      }
      i--;
    }
    for (; breaks < 2; breaks++) {
      append(nl.get());
    }
    return this;
  }

  private void flush() {
    if (from >= 0) {
      done.add(source.substring(from, to));
      from = -1;
      to = -1;
    }
  }

  @Override
  public String toString() {
    if (done.isEmpty() && from >= 0) {
      return source.substring(from, to);
    }
    flush();
    return done.size() == 1 ? done.get(0) : String.join("", done);
  }
}
