package io.github.designdoc.cli;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.ReadResult;
import io.github.designdoc.json.JsonReader;
import io.github.designdoc.json.JsonWriter;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.util.Locale;

/** The formats a document is read and written in, with the readers and writers for each. */
enum DocFormat {
  MARKDOWN,
  JSON;

  private static final MarkdownReader MARKDOWN_READER = MarkdownReader.create();
  private static final MarkdownWriter MARKDOWN_WRITER = MarkdownWriter.create();
  private static final JsonReader JSON_READER = JsonReader.create();
  private static final JsonWriter JSON_WRITER = JsonWriter.create();

  /** The format of a file by its extension ({@code .json} or Markdown), or of standard input by its text. */
  static DocFormat of(Io.Input input) {
    if (input.isStdin()) {
      return input.text.stripLeading().startsWith("{") ? JSON : MARKDOWN;
    }
    return of(input.name);
  }

  /** The format a file name's extension says: {@code .json} is JSON, anything else Markdown. */
  static DocFormat of(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : MARKDOWN;
  }

  /**
   * Reads a document leniently where the format allows (Markdown); JSON is strict.
   *
   * @throws DesignDocFormatException when JSON is invalid
   */
  ReadResult read(String text) {
    if (this == MARKDOWN) {
      return MARKDOWN_READER.read(text);
    }
    return ReadResult.of(JSON_READER.read(text), java.util.List.of());
  }

  /** Writes a document in this format, ending with a line break. */
  String write(DesignDoc doc) {
    String text = this == MARKDOWN ? MARKDOWN_WRITER.write(doc) : JSON_WRITER.write(doc);
    return text.endsWith("\n") ? text : text + "\n";
  }
}
