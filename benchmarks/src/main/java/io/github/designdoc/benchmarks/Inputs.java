package io.github.designdoc.benchmarks;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.ReadResult;
import io.github.designdoc.json.JsonWriter;
import io.github.designdoc.markdown.MarkdownReader;
import java.util.Objects;

/**
 * One benchmark input in every form the benchmarks need: the generated Markdown, the document read from
 * it, and that document as JSON.
 *
 * @param size the size it was generated for
 * @param markdown the generated Markdown
 * @param document the document read from the Markdown
 * @param json the document as written by {@link JsonWriter#create()}
 */
public record Inputs(InputSize size, String markdown, DesignDoc document, String json) {
  /** Checks that no part is null. */
  public Inputs {
    Objects.requireNonNull(size, "size must not be null");
    Objects.requireNonNull(markdown, "markdown must not be null");
    Objects.requireNonNull(document, "document must not be null");
    Objects.requireNonNull(json, "json must not be null");
  }

  /**
   * Generates the input of this size from {@link DocumentGenerator#DEFAULT_SEED}.
   *
   * @throws IllegalStateException if the generated Markdown reads with errors
   */
  public static Inputs of(InputSize size) {
    return of(size, DocumentGenerator.DEFAULT_SEED);
  }

  /**
   * Generates the input of this size from the seed.
   *
   * @throws IllegalStateException if the generated Markdown reads with errors
   */
  public static Inputs of(InputSize size, long seed) {
    String markdown = DocumentGenerator.markdown(size, seed);
    ReadResult result = Engines.markdownReader().read(markdown);
    if (result.hasErrors()) {
      throw new IllegalStateException("generated " + size + " document reads with errors: "
          + result.diagnostics().stream().filter(d -> d.isError()).limit(3).toList());
    }
    DesignDoc document = result.document();
    return new Inputs(size, markdown, document, Engines.jsonWriter().write(document));
  }

  /** The Markdown's length in UTF-8 bytes. */
  public long markdownBytes() {
    return DocumentGenerator.utf8Length(markdown);
  }

  /** The JSON's length in UTF-8 bytes. */
  public long jsonBytes() {
    return DocumentGenerator.utf8Length(json);
  }
}
