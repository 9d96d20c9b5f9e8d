package io.github.designdoc.benchmarks;

import io.github.designdoc.json.JsonReader;
import io.github.designdoc.json.JsonWriter;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;
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

  /** The input limit the benchmarks read with: the HUGE document is past the reader's default. */
  static final int MAX_INPUT_LENGTH = 16 * 1024 * 1024;

  /** Our Markdown reader, with its defaults but an input limit that admits the HUGE document. */
  static MarkdownReader markdownReader() {
    return MarkdownReader.builder().maxInputLength(MAX_INPUT_LENGTH).build();
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
   * commonmark-java's parse as our Markdown reader configures it (see {@code markdown.internal.Settings}):
   * the GFM tables extension with the reader's cell limit, source spans of blocks, the reader's nesting
   * limits; inlines are parsed, as by any user of commonmark-java. The floor under our Markdown reader.
   */
  static Parser commonmarkParser() {
    return commonmarkBuilder().build();
  }

  /**
   * {@link #commonmarkParser()} without inline parsing, exactly as the reader parses (it takes every text
   * from the source, so it never parses inlines): the commonmark share of a read.
   */
  static Parser commonmarkBlockParser() {
    InlineParserFactory noInlines = context -> (lines, node) -> { };
    return commonmarkBuilder().inlineParserFactory(noInlines).build();
  }

  private static Parser.Builder commonmarkBuilder() {
    return Parser.builder()
        .extensions(List.of(TablesExtension.builder().maxCells(MarkdownReader.Builder.DEFAULT_MAX_TABLE_CELLS).build()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS)
        .maxOpenBlockParsers(MarkdownReader.Builder.DEFAULT_MAX_NESTING_DEPTH)
        .maxInlineNesting(MarkdownReader.Builder.DEFAULT_MAX_NESTING_DEPTH);
  }

  /**
   * commonmark-java parsing a whole tree, inlines included, with the GFM tables extension: what {@link
   * #commonmarkRenderer()} renders (a tree without inlines would render empty paragraphs).
   */
  static Parser commonmarkTreeParser() {
    return Parser.builder().extensions(List.of(TablesExtension.create())).build();
  }

  /** commonmark-java's Markdown renderer with the GFM tables extension: the peer of our Markdown writer. */
  static MarkdownRenderer commonmarkRenderer() {
    return MarkdownRenderer.builder().extensions(List.of(TablesExtension.create())).build();
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
