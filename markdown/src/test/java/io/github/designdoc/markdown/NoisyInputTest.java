package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.ReadResult;
import io.github.designdoc.SectionKind;
import io.github.designdoc.testing.DesignDocArbitraries;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Markdown that is not written by the writer, built from the lines design documents are made of in a
 * random order: it always reads without an exception or internal failure ({@code MD013}), every
 * diagnostic has a line and a column, and what is read writes to a fixed point.
 */
class NoisyInputTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();

  private static final List<String> HEADINGS = Arrays.stream(SectionKind.values())
      .map(k -> "## " + k.title()).collect(Collectors.toList());

  @Provide
  Arbitrary<String> noisyDocs() {
    Arbitrary<String> line = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, DesignDocArbitraries.markdownLines()),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(HEADINGS)),
        net.jqwik.api.Tuple.of(4, Arbitraries.of("", "", "#", "# Design Document", "## For x", "###", "### Flow 1:",
            "### Name", "---", "***", "===", "```", "~~~", "```json", "    code", "\tcode", "<!--", "-->", "<div>",
            "</div>", "<!-- designdoc:begin -->", "<!-- designdoc:end -->", "<!-- designdoc:next -->",
            "<!-- designdoc:part -->", "## x <!-- designdoc:custom -->", "## y <!-- designdoc:overview -->",
            "- **Version:** 1", "- **Authors:** a, b\\, c", "* State: x", "Status: Draft", "- **A (B)** c",
            "  - detail", "- **Unit**: d", "- [ ] q", "- [x] r", "1. s", "2) t", "+ u", "| Field | Type | Description |",
            "| Date | Author | Changes |", "|---|---|---|", "| a | b\\| | c |", "| a |", "METHOD /x", "Headers:",
            "  H: v", "Body:", "Response:", "  200 OK", "[ref]: https://example.com", "Term  ", "line\\")));
    return line.list().ofMaxSize(40).map(lines -> String.join("\n", lines));
  }

  @Property(tries = 1000)
  void anyMarkdownReadsAndWritesToAFixedPoint(@ForAll("noisyDocs") String markdown) {
    ReadResult result = READER.read(markdown);
    result.diagnostics().forEach(d -> assertTrue(d.location().line() > 0 && d.location().column() > 0
        && !d.code().equals("MD013"), d::toString));
    String written = WRITER.write(result.document());
    DesignDoc again = READER.read(written).document();
    assertEquals(result.document(), again, () -> "source:\n" + markdown + "\nwritten:\n" + written);
    assertEquals(written, WRITER.write(again));
    String formatted = WRITER.format(markdown, result);
    assertEquals(result.document(), READER.read(formatted).document(), () -> "formatted:\n" + formatted);
    assertEquals(formatted, WRITER.format(formatted, READER.read(formatted)));
    assertEquals(markdown, WRITER.rewrite(markdown, result, result.document()));
  }
}
