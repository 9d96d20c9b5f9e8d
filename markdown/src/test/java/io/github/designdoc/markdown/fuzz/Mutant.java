package io.github.designdoc.markdown.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A mutated document: text, or bytes when a byte-level edit made it (then read through the reader's
 * byte entry point).
 */
final class Mutant {
  private final String text;
  private final byte[] bytes;
  private final List<MarkdownMutator.Edit> edits;

  private Mutant(String text, byte[] bytes, List<MarkdownMutator.Edit> edits) {
    this.text = text;
    this.bytes = bytes;
    this.edits = List.copyOf(edits);
  }

  static Mutant ofText(String text, List<MarkdownMutator.Edit> edits) {
    return new Mutant(text, null, edits);
  }

  static Mutant ofBytes(byte[] bytes, List<MarkdownMutator.Edit> edits) {
    return new Mutant(new String(bytes, StandardCharsets.UTF_8), bytes.clone(), edits);
  }

  /** The text: for bytes, decoded as the lenient reader decodes them (replacement characters). */
  String text() {
    return text;
  }

  /** Whether the mutant is bytes, to be read through an {@link java.io.InputStream}. */
  boolean isBytes() {
    return bytes != null;
  }

  byte[] bytes() {
    return bytes == null ? text.getBytes(StandardCharsets.UTF_8) : bytes.clone();
  }

  List<MarkdownMutator.Edit> edits() {
    return edits;
  }

  /** The mutant for printing: Java string escapes for anything not printable, so CR, NUL and tabs show. */
  String show() {
    return isBytes() ? "bytes " + escapeBytes(bytes) : "text \"" + escape(text) + "\"";
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7F || (c >= 0x80 && (Character.isISOControl(c) || Character.isSurrogate(c)
              || Character.getType(c) == Character.FORMAT || Character.isSpaceChar(c) && c != ' '))) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static String escapeBytes(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    out.append('"');
    for (byte b : bytes) {
      int v = b & 0xFF;
      if (v == '\n') {
        out.append("\\n\n");
      } else if (v >= 0x20 && v < 0x7F && v != '"' && v != '\\') {
        out.append((char) v);
      } else {
        out.append(String.format("\\x%02X", v));
      }
    }
    return out.append('"').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mutant m && text.equals(m.text) && Arrays.equals(bytes, m.bytes);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return edits + " (" + (isBytes() ? bytes.length + " bytes" : text.length() + " chars") + ")";
  }
}
