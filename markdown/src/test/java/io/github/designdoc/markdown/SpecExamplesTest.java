package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.ReadResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * Every example of the CommonMark 0.31.2 spec ({@code spec/commonmark-spec-0.31.2.txt}, CC-BY-SA 4.0),
 * placed as the body of an unknown section of a canonical document, keeps its rendered HTML (commonmark
 * HtmlRenderer with GFM tables) through {@code format}, and the document written from the read reads
 * back equal and renders each section body as before.
 */
class SpecExamplesTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();
  private static final String FENCE = "`".repeat(32);
  static final String HEAD = "# Design Document\n\n## For Spec Examples\n\n- **Status:** Draft\n\n---\n\n"
      + "## Overview\n\nOne example per document.\n\n## Example\n\n";

  /** The examples' Markdown, tabs restored. */
  static List<String> examples() throws IOException {
    String spec = TemplateTest.resource("spec/commonmark-spec-0.31.2.txt");
    List<String> out = new ArrayList<>();
    String[] lines = spec.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(FENCE + " example")) {
        StringBuilder md = new StringBuilder();
        int j = i + 1;
        while (!lines[j].equals(".")) {
          md.append(lines[j]).append('\n');
          j++;
        }
        out.add(md.toString().replace('\u2192', '\t'));
        while (!lines[j].startsWith(FENCE)) {
          j++;
        }
        i = j;
      }
    }
    return out;
  }

  static String html(String markdown) {
    return HTML.render(PARSER.parse(markdown));
  }

  @Test
  void everyExampleKeepsItsHtmlThroughFormat() throws IOException {
    List<String> examples = examples();
    assertEquals(652, examples.size());
    List<Integer> failed = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      String doc = HEAD + examples.get(i);
      ReadResult read = READER.read(doc);
      String formatted = WRITER.format(doc, read);
      if (!html(formatted).equals(html(doc)) || !WRITER.rewrite(doc, read, read.document()).equals(doc)) {
        failed.add(i + 1);
      }
    }
    System.out.printf("format: %d of %d spec examples keep their HTML%n", examples.size() - failed.size(),
        examples.size());
    assertEquals(List.of(), failed, "examples whose HTML format changes");
  }

  @Test
  void everyExampleWritesToMarkdownThatReadsBackEqualAndRendersItsSectionsAsBefore() throws IOException {
    List<String> examples = examples();
    List<Integer> failed = new ArrayList<>();
    int sameHtml = 0;
    for (int i = 0; i < examples.size(); i++) {
      DesignDoc doc = READER.read(HEAD + examples.get(i)).document();
      String written = WRITER.write(doc);
      DesignDoc back = READER.read(written).document();
      if (!back.equals(doc)) {
        failed.add(i + 1);
      } else if (RenderingTest.blockFields(doc).stream().allMatch(f -> html(written).contains(html(f)))) {
        sameHtml++;
      }
    }
    System.out.printf("write: %d of %d spec examples read back equal, %d with every body's HTML in place%n",
        examples.size() - failed.size(), examples.size(), sameHtml);
    assertEquals(List.of(), failed, "examples whose written document reads back different");
  }
}
