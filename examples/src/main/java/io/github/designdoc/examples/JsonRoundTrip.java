package io.github.designdoc.examples;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.json.JsonFormat;
import io.github.designdoc.json.JsonReader;
import io.github.designdoc.json.JsonWriter;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Markdown to JSON and back: reads a Markdown document, writes it as JSON, reads the JSON and writes
 * Markdown again, and shows that nothing changed on the way.
 *
 * <p>Usage: {@code JsonRoundTrip [FILE]}, by default {@code examples/samples/session-login.md}.
 */
public final class JsonRoundTrip {
  private JsonRoundTrip() {}

  /** Prints the JSON's size and format version and whether the round trip kept the document. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/samples/session-login.md");
    DesignDoc doc = MarkdownReader.create().read(file).document();

    String json = JsonWriter.builder().pretty(false).build().write(doc);
    DesignDoc back = JsonReader.create().read(json);

    System.out.println("format version " + JsonFormat.VERSION + ", " + json.length() + " characters of JSON");
    System.out.println("same document: " + back.equals(doc));
    MarkdownWriter writer = MarkdownWriter.create();
    System.out.println("same Markdown: " + writer.write(back).equals(writer.write(doc)));
  }
}
