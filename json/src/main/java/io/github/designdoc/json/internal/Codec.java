package io.github.designdoc.json.internal;

import tools.jackson.core.JsonGenerator;

/**
 * Writes and reads one type of the format.
 *
 * @param <T> the model type
 */
interface Codec<T> {
  /** Writes the value. */
  void write(JsonGenerator out, T value);

  /**
   * Reads a value starting at the parser's current token and leaves the parser on its last token.
   * Returns {@code null} after recording an error on the input.
   */
  T read(JsonInput in);
}
