package io.github.designdoc.benchmarks;

import io.github.designdoc.json.JsonReader;
import io.github.designdoc.json.JsonWriter;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engines under measurement, configured once for every benchmark: ours with their defaults, and the
 * libraries underneath configured as plainly as they come.
 */
final class Engines {
  private Engines() {}

  /** Our Markdown reader, with its defaults. */
  static MarkdownReader markdownReader() {
    return MarkdownReader.create();
  }

  /** Our Markdown writer, with its defaults. */
  static MarkdownWriter markdownWriter() {
    return MarkdownWriter.create();
  }

  /** Our JSON reader, with its defaults. */
  static JsonReader jsonReader() {
    return JsonReader.create();
  }

  /** Our JSON writer, with its defaults. */
  static JsonWriter jsonWriter() {
    return JsonWriter.create();
  }

  /**
   * commonmark-java as our Markdown reader configures it, with the GFM tables extension and source spans
   * of blocks and inlines: the floor under our Markdown reader.
   */
  static Parser commonmarkParser() {
    return Parser.builder().extensions(List.of(TablesExtension.create()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
  }

  /** A plain Jackson mapper: the floor under our JSON reader. */
  static JsonMapper jsonMapper() {
    return JsonMapper.builder().build();
  }

  /**
   * A plain Jackson writer of trees, pretty-printed as {@link JsonWriter#create()} prints so that both
   * write the same text: the floor under our JSON writer.
   */
  static ObjectWriter jacksonTreeWriter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return jsonMapper().writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter));
  }
}
