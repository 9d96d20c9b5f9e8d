package io.github.designdoc.json.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A mutated JSON document: text, or bytes when a byte-level edit made it (read through a stream). */
final class JsonMutant {
  private final String text;
  private final byte[] bytes;

  private JsonMutant(String text, byte[] bytes) {
    this.text = text;
    this.bytes = bytes;
  }

  static JsonMutant ofText(String text) {
    return new JsonMutant(text, null);
  }

  static JsonMutant ofBytes(byte[] bytes) {
    return new JsonMutant(null, bytes.clone());
  }

  boolean isBytes() {
    return bytes != null;
  }

  String text() {
    return text;
  }

  byte[] bytes() {
    return bytes == null ? text.getBytes(StandardCharsets.UTF_8) : bytes.clone();
  }

  int length() {
    return bytes == null ? text.length() : bytes.length;
  }

  /** For printing: escapes for anything not printable ASCII. */
  String show() {
    StringBuilder out = new StringBuilder(isBytes() ? "bytes \"" : "text \"");
    if (isBytes()) {
      for (byte b : bytes) {
        int v = b & 0xFF;
        out.append(v >= 0x20 && v < 0x7F && v != '"' && v != '\\' ? String.valueOf((char) v)
            : v == '\n' ? "\\n" : String.format("\\x%02X", v));
      }
    } else {
      out.append(escape(text));
    }
    return out.append('"').toString();
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonMutant m && java.util.Objects.equals(text, m.text) && Arrays.equals(bytes, m.bytes);
  }

  @Override
  public int hashCode() {
    return text != null ? text.hashCode() : Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return (isBytes() ? bytes.length + " bytes" : text.length() + " chars");
  }
}
