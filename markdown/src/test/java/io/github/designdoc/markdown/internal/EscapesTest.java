package io.github.designdoc.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.HttpContract;
import io.github.designdoc.testing.DesignDocArbitraries;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** Each escape the writer uses is undone exactly by the reader, for any text. */
class EscapesTest {
  private static final Parser PARSER = Parser.builder().build();

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(DesignDocArbitraries.lines(), DesignDocArbitraries.names(),
        Arbitraries.strings().withChars("\\*(),|:# ab").ofMaxLength(12));
  }

  @Provide
  Arbitrary<String> specials() {
    return Arbitraries.of(ShapeReader.LABEL, ShapeReader.KEY, ",");
  }

  @Property(tries = 1000)
  void unescapeUndoesEscape(@ForAll("texts") String text, @ForAll("specials") String specials) {
    assertEquals(text, Escapes.unescape(Escapes.escape(text, specials), specials));
  }

  @Property(tries = 1000)
  void anEscapedLabelEndsAtItsDelimiter(@ForAll("texts") String text, @ForAll("specials") String specials,
      @ForAll("texts") String after) {
    String delimiter = specials.substring(0, 1);
    String written = Escapes.escape(text, specials) + delimiter + after;
    assertEquals(Escapes.escape(text, specials).length(), Escapes.findUnescaped(written, 0, delimiter, specials));
  }

  @Property(tries = 1000)
  void commaSeparatedNamesSplitBack(@ForAll("names") List<String> names) {
    List<String> escaped = names.stream().map(n -> Escapes.escape(n, ",")).toList();
    List<String> split = Escapes.split(String.join(", ", escaped), ',').stream().map(String::strip).toList();
    assertEquals(names, split);
  }

  @Provide
  Arbitrary<List<String>> names() {
    return Arbitraries.oneOf(DesignDocArbitraries.names(), Arbitraries.strings().withChars("\\, ab").ofMinLength(1)
        .ofMaxLength(8).map(String::strip).filter(s -> !s.isEmpty())).list().ofMinSize(2).ofMaxSize(4);
  }

  @Property(tries = 1000)
  void tableCellsSplitBack(@ForAll("cells") List<String> cells) {
    StringBuilder row = new StringBuilder("|");
    cells.forEach(c -> row.append(c.isEmpty() ? " " : " " + Escapes.cell(c) + " ").append('|'));
    assertEquals(cells, Escapes.cells(row.toString()));
  }

  @Provide
  Arbitrary<List<String>> cells() {
    return texts().map(String::strip).list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 1000)
  void headingTextIsTheHeadingsContent(@ForAll("headings") String text) {
    String line = "## " + Escapes.headingText(text);
    Node node = PARSER.parse(line + "\n").getFirstChild();
    assertTrue(node instanceof Heading && ((Heading) node).getLevel() == 2, line);
    assertEquals(text, Escapes.atxContent(line));
  }

  @Provide
  Arbitrary<String> headings() {
    return Arbitraries.oneOf(DesignDocArbitraries.names(), Arbitraries.strings().withChars("# \\ab").ofMinLength(1)
        .ofMaxLength(8).map(String::strip).filter(s -> !s.isEmpty()));
  }

  @Property(tries = 1000)
  void httpBlocksParseBackToTheirContract(@ForAll("contracts") HttpContract contract) {
    HttpContract bare = contract.toBuilder().title(Optional.empty()).description(Optional.empty()).build();
    assertEquals(Optional.of(bare), HttpBlock.parse(HttpBlock.render(contract)));
  }

  @Provide
  Arbitrary<HttpContract> contracts() {
    return DesignDocArbitraries.httpContracts();
  }
}
