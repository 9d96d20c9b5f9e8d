package io.github.designdoc.cli;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.ReadResult;
import io.github.designdoc.json.JsonReader;
import io.github.designdoc.json.JsonWriter;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.util.Locale;

/**
 * The formats a document is read and written in. The readers and writers of each are created on
 * first use, so that a Markdown-only run never loads the JSON module or Jackson.
 */
enum DocFormat {
  MARKDOWN,
  JSON;

  /** The format of a file by its extension ({@code .json} or Markdown), or of standard input by its text. */
  static DocFormat of(Io.Input input) {
    if (input.isStdin()) {
      return stripBom(input.text).stripLeading().startsWith("{") ? JSON : MARKDOWN;
    }
    return of(input.name);
  }

  /** The format a file name's extension says: {@code .json} is JSON, anything else Markdown. */
  static DocFormat of(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : MARKDOWN;
  }

  /**
   * Reads a document with its source map: leniently for Markdown, strictly for JSON.
   *
   * @throws DesignDocFormatException when JSON is invalid
   */
  ReadResult read(String text) {
    return this == MARKDOWN ? Markdown.READER.read(text) : Json.READER.readResult(stripBom(text));
  }

  /** Writes a document in this format in its canonical look (the template's, for Markdown), ending with a line break. */
  String write(DesignDoc doc) {
    return withFinalNewline(this == MARKDOWN ? Markdown.WRITER.write(doc) : Json.WRITER.write(doc));
  }

  /**
   * What {@code fmt} prints for a document read from {@code original}: for Markdown the faithful
   * format (headings, order and line endings as written), for JSON the canonical JSON.
   */
  String format(String original, ReadResult read) {
    return this == MARKDOWN ? Markdown.WRITER.format(original, read) : write(read.document());
  }

  /** The text of {@code original} edited to {@code edited}: a minimal diff for Markdown; unedited gives the original. */
  String rewrite(String original, ReadResult read, DesignDoc edited) {
    if (edited.equals(read.document())) {
      return original;
    }
    return this == MARKDOWN ? Markdown.WRITER.rewrite(original, read, edited) : write(edited);
  }

  private static String withFinalNewline(String text) {
    return text.endsWith("\n") ? text : text + "\n";
  }

  static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Loaded on the first Markdown read or write. */
  private static final class Markdown {
    static final MarkdownReader READER = MarkdownReader.create();
    static final MarkdownWriter WRITER = MarkdownWriter.create();
  }

  /** Loaded on the first JSON read or write: the only place that loads Jackson. */
  private static final class Json {
    static final JsonReader READER = JsonReader.create();
    static final JsonWriter WRITER = JsonWriter.create();
  }
}
