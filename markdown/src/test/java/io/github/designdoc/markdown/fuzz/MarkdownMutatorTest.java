package io.github.designdoc.markdown.fuzz;

import io.github.designdoc.testing.FuzzHook;
import io.github.designdoc.testing.Minimizer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.markdown.fuzz.MarkdownMutator.Edit;
import io.github.designdoc.markdown.fuzz.MarkdownMutator.Op;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The mutation operators, the minimizer and the rendered-text helpers on their own. */
class MarkdownMutatorTest {
  private static final String DOC = "# Title\n\n## Overview\n\nSome text.\n\n## Components\n\n- **A**\n  - does a\n";

  private static Mutant apply(Op op, int at, int arg) {
    return MarkdownMutator.apply(DOC, List.of(new Edit(op, at, arg)));
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void everyOperatorChangesTheDocumentAndIsDeterministic(Op op) {
    // swapping or moving equal lines (such as two blank lines) may leave the document as it was
    boolean mayKeep = op == Op.SWAP_LINES || op == Op.MOVE_LINES;
    int changed = 0;
    for (int arg = 0; arg < 40; arg++) {
      Mutant a = apply(op, 3, arg);
      Mutant b = apply(op, 3, arg);
      assertEquals(a, b, op + "/" + arg);
      assertArrayEquals(a.bytes(), b.bytes());
      boolean same = DOC.equals(a.isBytes() ? new String(a.bytes(), StandardCharsets.ISO_8859_1) : a.text());
      assertTrue(mayKeep || !same, op + "/" + arg + " left the document as it was");
      changed += same ? 0 : 1;
      assertEquals(op.isByteLevel(), a.isBytes(), op.toString());
    }
    assertTrue(changed >= 20, op + " changed only " + changed + " of 40");
  }

  @Test
  void lineOperators() {
    assertEquals("# Title\n## Overview\n\nSome text.\n\n## Components\n\n- **A**\n  - does a\n",
        apply(Op.DELETE_LINE, 1, 0).text());
    assertEquals("# Title\n# Title\n\n## Overview\n", apply(Op.DUPLICATE_LINE, 0, 0).text().substring(0, 29));
    assertTrue(apply(Op.SWAP_LINES, 0, 0).text().startsWith("\n# Title\n## Overview\n"));
    // the last line has no line end: duplicating or swapping it must not join lines
    String noEnd = "a\nb";
    assertEquals("a\nb\nb", MarkdownMutator.apply(noEnd, List.of(new Edit(Op.DUPLICATE_LINE, 1, 0))).text());
    assertEquals("b\na\n", MarkdownMutator.apply(noEnd, List.of(new Edit(Op.SWAP_LINES, 0, 0))).text());
  }

  @Test
  void headingsOfEveryLevelAndBothStyles() {
    for (int level = 1; level <= 6; level++) {
      String text = apply(Op.ATX_HEADING, 2, level - 1).text();
      assertTrue(text.contains("\n" + "#".repeat(level) + " Overview\n"), text);
    }
    assertTrue(apply(Op.SETEXT_HEADING, 2, 0).text().contains("\nOverview\n===\n"));
    assertTrue(apply(Op.SETEXT_HEADING, 2, 1).text().contains("\nOverview\n---\n"));
    assertEquals(List.of("# Title", "## Overview", "## Components"), Rendered.headings(DOC));
    assertEquals(List.of("# Title", "# Overview", "## Overview", "## Components"),
        Rendered.headings(apply(Op.SETEXT_HEADING, 2, 0).text()));
  }

  @Test
  void numberedItemsStartAtOddNumbers() {
    for (int arg = 0; arg < 300; arg += 7) {
      String text = apply(Op.NUMBERED_ITEM, 0, arg).text();
      int start = Integer.parseInt(text.substring(0, text.indexOf(text.contains(". ") ? '.' : ')')));
      assertEquals(1, start % 2, text);
    }
  }

  @Test
  void tables() {
    assertTrue(apply(Op.TABLE_HEADER_ONLY, 0, 0).text().startsWith("\n| Field | Type | Description |\n|---"));
    String ragged = apply(Op.TABLE_RAGGED, 0, 0).text();
    assertTrue(ragged.contains("| cell1x3 |"), ragged); // a row with a cell more than the header
    assertTrue(Rendered.html(apply(Op.TABLE, 0, 1).text()).contains("<table>"));
  }

  @Test
  void lineEnds() {
    assertFalse(apply(Op.CRLF, 0, 0).text().replace("\r\n", "").contains("\n"));
    assertFalse(apply(Op.CR, 0, 0).text().contains("\n"));
    assertEquals(1, apply(Op.CR, 0, 1).text().chars().filter(c -> c == '\r').count());
    assertTrue(apply(Op.NUL, 0, 2).text().startsWith("# \0Title"));
    assertTrue(apply(Op.TAB, 0, 1).text().startsWith("#\t Title"));
  }

  @Test
  void nestingAndLength() {
    String list = apply(Op.DEEP_LIST, 0, 128).text(); // 130 levels
    assertTrue(list.contains("\n" + "  ".repeat(129) + "- level 130\n"), "deepest item");
    String quote = apply(Op.DEEP_QUOTE, 0, 60).text();
    assertTrue(quote.contains("\n" + "> ".repeat(62) + "quoted deeply 62\n"));
    String longLine = apply(Op.LONG_LINE, 0, 39).text().lines().findFirst().orElseThrow();
    assertTrue(longLine.length() >= 40_000, "length " + longLine.length());
  }

  @Test
  void frontMatterGoesFirst() {
    assertTrue(apply(Op.FRONT_MATTER, 5, 0).text().startsWith("---\ntitle: Fuzzed Title\n---\n# Title\n"));
    assertTrue(apply(Op.BROKEN_FRONT_MATTER, 5, 1).text().startsWith("---\ntitle: no end\n# Title\n"));
  }

  @Test
  void byteOperators() {
    byte[] bom = apply(Op.BOM, 7, 0).bytes();
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '#'}, java.util.Arrays.copyOf(bom, 4));
    assertEquals(5, apply(Op.TRUNCATE, 5, 0).bytes().length);
    assertEquals(0, apply(Op.TRUNCATE, 0, 0).bytes().length);
    for (int arg = 0; arg < 8; arg++) {
      byte[] bad = apply(Op.INVALID_UTF8, 4, arg).bytes();
      try {
        StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bad));
        throw new AssertionError("valid UTF-8 for variant " + arg);
      } catch (CharacterCodingException expected) {
        // invalid, as it should be
      }
    }
    // text edits come first, byte edits after, whatever their order in the list
    Mutant both = MarkdownMutator.apply(DOC, List.of(new Edit(Op.TRUNCATE, 3, 0), new Edit(Op.DELETE_LINE, 0, 0)));
    assertEquals("\n##", new String(both.bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void minimizerKeepsWhatFails() {
    String input = "a\nb\nneedle here\nc\nd\ne\n";
    String min = new Minimizer(1_000).minimize(input, s -> s.contains("needle"));
    assertEquals("needle", min);
    byte[] bytes = new Minimizer(1_000).minimize("x\ny\n\u00FFz\n".getBytes(StandardCharsets.ISO_8859_1),
        b -> new String(b, StandardCharsets.ISO_8859_1).contains("\u00FF"));
    assertArrayEquals(new byte[] {(byte) 0xFF}, bytes);
  }

  @Test
  void renderedWords() {
    assertEquals(Map.of("b", 1, "x", 1), Rendered.words("<!-- a -->\nx <b>b</b>\n\n<!-- open comment\nto the end"));
    // not a comment inline when unclosed: rendered as text
    assertEquals(Map.of("open", 1, "x", 1), Rendered.words("x <!-- open"));
    assertEquals(Map.of("A", 1, "B", 1), Rendered.words("A &amp; B &lt;&#33;"));
    assertEquals(Map.of("lost", 1), Rendered.lost("kept lost\n", "kept\n"));
    assertEquals(Map.of(), Rendered.lost("| A |\n|---|\n", "A\n"));
    assertEquals(Map.of("cell", 1), Rendered.lost("| A |\n|---|\n| cell |\n", "| A |\n|---|\n"));
  }
}
