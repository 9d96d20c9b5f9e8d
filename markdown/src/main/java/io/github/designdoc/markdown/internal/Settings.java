package io.github.designdoc.markdown.internal;

import io.github.designdoc.SectionKind;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.Parser;

/** A reader's settings and the parsers built from them. Immutable. */
public final class Settings {
  private final int maxInputLength;
  private final int maxNestingDepth;
  private final int maxTableCells;
  private final Headings headings;
  private final Parser parser;
  private final Parser plainParser;

  public Settings(int maxInputLength, int maxNestingDepth, int maxTableCells, Map<String, SectionKind> aliases) {
    this.maxInputLength = maxInputLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxTableCells = maxTableCells;
    this.headings = Headings.withAliases(aliases);
    // Blocks only: every text is taken from the source, so inline content is never parsed (which saves
    // most of the time and memory a read takes).
    InlineParserFactory noInlines = context -> (lines, node) -> { };
    this.parser = Parser.builder().extensions(List.of(TablesExtension.builder().maxCells(maxTableCells).build()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS).maxOpenBlockParsers(maxNestingDepth)
        .maxInlineNesting(maxNestingDepth).inlineParserFactory(noInlines).build();
    this.plainParser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS)
        .maxOpenBlockParsers(maxNestingDepth).maxInlineNesting(maxNestingDepth).inlineParserFactory(noInlines).build();
  }

  public int maxInputLength() {
    return maxInputLength;
  }

  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  public int maxTableCells() {
    return maxTableCells;
  }

  public Headings headings() {
    return headings;
  }

  public Parser parser() {
    return parser;
  }

  public Parser plainParser() {
    return plainParser;
  }
}
