package io.github.designdoc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.internal.MarkdownBlocks.Block;
import io.github.designdoc.internal.MarkdownBlocks.Kind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {
  private static List<Kind> kinds(List<Block> blocks) {
    return blocks.stream().map(Block::kind).collect(Collectors.toList());
  }

  @Test
  void aLineInsideAFenceIsNeitherAHeadingNorAnItem() {
    List<Block> blocks = MarkdownBlocks.scan("## Title\n\n```bash\n# comment\n- not an item\n```\n\nText\nmore text");
    assertEquals(List.of(Kind.HEADING, Kind.CODE, Kind.PARAGRAPH), kinds(blocks));
    assertEquals(2, blocks.get(0).level());
    assertEquals("Title", blocks.get(0).text());
    assertEquals("bash", blocks.get(1).text());
    assertEquals("# comment\n- not an item", blocks.get(1).content());
    assertEquals("Text\nmore text", blocks.get(2).text());
  }

  @Test
  void itemsKeepTheirIndentationAndContinuationLinesStayInTheItem() {
    List<Block> blocks = MarkdownBlocks.scan("1. First\n   continued\n   - nested\n\n   ```yaml\n   a: 1\n   ```\n"
        + "2. Second\n\nAfter the list.");
    assertEquals(List.of(Kind.ITEM, Kind.ITEM, Kind.CODE, Kind.ITEM, Kind.PARAGRAPH), kinds(blocks));
    assertTrue(blocks.get(0).ordered());
    assertEquals("First", blocks.get(0).text());
    assertEquals(3, blocks.get(1).indent());
    assertFalse(blocks.get(1).ordered());
    assertEquals("a: 1", blocks.get(2).content());
    assertEquals(0, blocks.get(3).indent());
  }

  @Test
  void aPipeTableHasItsRowsWithoutTheDelimiter() {
    List<Block> blocks = MarkdownBlocks.scan("| Field | Type |\n|---|:---:|\n| id | `a\\|b` |\n\nNot | a table");
    assertEquals(List.of(Kind.TABLE, Kind.PARAGRAPH), kinds(blocks));
    assertEquals(List.of(List.of("Field", "Type"), List.of("id", "`a\\|b`")), blocks.get(0).rows());
  }

  @Test
  void aHeadingsClosingHashesAreNoPartOfItsText() {
    assertEquals("Flows", MarkdownBlocks.scan("### Flows ###").get(0).text());
    assertEquals(List.of(Kind.PARAGRAPH), kinds(MarkdownBlocks.scan("#hashtag")));
  }
}
