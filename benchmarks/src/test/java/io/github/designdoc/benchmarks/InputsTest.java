package io.github.designdoc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.internal.Settings;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InputsTest {
  @Test
  void theJsonInputReadsBackToTheSameDocument() {
    Inputs inputs = Inputs.of(InputSize.TYPICAL);
    assertEquals(inputs.document(), Engines.jsonReader().read(inputs.json()));
  }

  @Test
  void theWrittenMarkdownReadsBackToTheSameDocument() {
    Inputs inputs = Inputs.of(InputSize.TYPICAL);
    String written = Engines.markdownWriter().write(inputs.document());
    assertEquals(inputs.document(), Engines.markdownReader().read(written).orThrow());
  }

  @Test
  void theFloorsSeeTheSameInput() {
    Inputs inputs = Inputs.of(InputSize.TYPICAL);
    JsonNode tree = Engines.jsonMapper().readTree(inputs.json());
    assertEquals(inputs.document().sections().size(), tree.path("sections").size());
    assertEquals(inputs.json(), Engines.jacksonTreeWriter().writeValueAsString(tree) + "\n",
        "Jackson writes the tree as the same text as our writer");
    assertTrue(Engines.commonmarkParser().parse(inputs.markdown()).getFirstChild() != null);
  }

  @Test
  void theCommonmarkFloorsParseAsTheReaderParses() {
    String markdown = Inputs.of(InputSize.TYPICAL).markdown();
    Settings reader = new Settings(MarkdownReader.Builder.DEFAULT_MAX_INPUT_LENGTH,
        MarkdownReader.Builder.DEFAULT_MAX_NESTING_DEPTH, MarkdownReader.Builder.DEFAULT_MAX_TABLE_CELLS, Map.of());
    String ours = blocks(reader.parser().parse(markdown), false);
    assertTrue(ours.contains("TableBlock") && ours.contains("BulletList") && ours.contains("FencedCodeBlock"), ours);
    assertEquals(ours, blocks(Engines.commonmarkBlockParser().parse(markdown), true),
        "the block parse makes the reader's tree: the same nodes with the same source spans, no inlines");
    assertEquals(ours, blocks(Engines.commonmarkParser().parse(markdown), false),
        "the full parse makes the reader's blocks with the same source spans, and parses inlines besides");
  }

  /** The tree's blocks with their source spans, one a line; with {@code only}, fails on any inline node. */
  private static String blocks(Node root, boolean only) {
    StringBuilder out = new StringBuilder();
    root.accept(new AbstractVisitor() {
      @Override
      protected void visitChildren(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
          boolean block = node instanceof Block || node instanceof TableBody || node instanceof TableHead
              || node instanceof TableRow || node instanceof TableCell;
          assertTrue(block || !only, "an inline node in a block parse: " + node);
          if (block) {
            out.append(node.getClass().getSimpleName()).append(' ').append(node.getSourceSpans()).append('\n');
            visitChildren(node);
          }
        }
      }
    });
    return out.toString();
  }

  @Test
  void sizesAreCountedInUtf8Bytes() {
    Inputs inputs = Inputs.of(InputSize.TYPICAL);
    assertTrue(inputs.markdown().chars().anyMatch(c -> c > 127), "the generator writes some non-ASCII text");
    assertTrue(inputs.markdownBytes() > inputs.markdown().length());
    assertTrue(inputs.jsonBytes() > 0);
  }

  @Test
  void oneReaderSharedByParallelThreadsGivesWhatItGivesOnOneThread() {
    List<Inputs> inputs = IntStream.rangeClosed(1, 200).mapToObj(seed -> Inputs.of(InputSize.TYPICAL, seed)).toList();
    var markdownReader = Engines.markdownReader();
    var jsonReader = Engines.jsonReader();
    List<DesignDoc> sequential = inputs.stream().map(i -> markdownReader.read(i.markdown()).document()).toList();
    for (int round = 0; round < 3; round++) {
      assertEquals(sequential, inputs.parallelStream().map(i -> markdownReader.read(i.markdown()).document()).toList());
      assertEquals(sequential, inputs.parallelStream().map(i -> jsonReader.read(i.json())).toList());
    }
    assertFalse(sequential.stream().distinct().count() < sequential.size(), "every seed gives another document");
  }
}
