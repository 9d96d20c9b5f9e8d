package io.github.designdoc.json.fuzz;

import io.github.designdoc.json.fuzz.JsonChecks.Family;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The minimized inputs the JSON fuzz suite found, each a regression test of the checks it broke. A
 * {@code .json} resource is read as text (and as its UTF-8 bytes), a {@code .bin} one as bytes only.
 */
class JsonFuzzFindingsTest {
  static void assertPasses(Family family, String resource) {
    byte[] bytes = bytes(resource);
    JsonMutant m = resource.endsWith(".bin") ? JsonMutant.ofBytes(bytes)
        : JsonMutant.ofText(new String(bytes, StandardCharsets.UTF_8));
    JsonChecks.run(family, m).ifPresent(f -> {
      throw new AssertionError(resource + " " + m.show() + ": " + f.describe(), f.cause());
    });
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = JsonFuzzFindingsTest.class.getResourceAsStream("/fuzz/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource fuzz/" + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void bytesLikeUcs4WithAnUnsupportedByteOrderAreAFormatError() {
    assertPasses(Family.READ, "json-throws-ucs4-endianness.bin");
  }

  @Test
  void truncatedUtf32IsAFormatError() {
    assertPasses(Family.READ, "json-throws-utf32-eof.bin");
  }

  @Test
  void aTitleStartingWithAnIdeographicSpaceIsWritableAsMarkdown() {
    assertPasses(Family.MARKDOWN, "markdown-write-throws-title-leading-ideographic-space.json");
  }

  @Test
  void aTitleEndingWithAnIdeographicSpaceIsWritableAsMarkdown() {
    assertPasses(Family.MARKDOWN, "markdown-write-throws-title-trailing-ideographic-space.json");
  }

  @Test
  void aFurtherMetadataEntryNamedStatusIsWritableAsMarkdownOrRejected() {
    assertPasses(Family.MARKDOWN, "markdown-write-throws-other-metadata-status.json");
  }

  @Test
  void aCustomBodyWithAnUnclosedFenceIsWritableAsMarkdownOrRejected() {
    assertPasses(Family.MARKDOWN, "markdown-write-throws-custom-body-unclosed-fence.json");
  }

  @Test
  void anOverviewWithAnUnclosedFenceIsWritableAsMarkdownOrRejected() {
    assertPasses(Family.MARKDOWN, "markdown-write-throws-overview-unclosed-fence.json");
  }

  @Test
  void aPreambleHoldingAHeadingIsWritableAsMarkdownOrRejected() {
    assertPasses(Family.MARKDOWN, "markdown-write-throws-preamble-heading.json");
  }

  @Test
  void aCustomStatusStartingWithAnIdeographicSpaceIsRejected() {
    assertPasses(Family.MARKDOWN, "markdown-write-throws-custom-status-ideographic-space.json");
  }

  @Test
  void aBlankComponentDetailIsRejected() {
    assertPasses(Family.MARKDOWN, "markdown-write-throws-blank-component-detail.json");
  }

  @Test
  void aRequestFlowsNotesHoldingAHeadingIsRejected() {
    assertPasses(Family.MARKDOWN, "markdown-write-throws-flow-notes-heading.json");
  }

  @Test
  void aComponentDetailStartingWithABlankIsRejected() {
    assertPasses(Family.MARKDOWN, "markdown-write-throws-component-detail-leading-blank.json");
  }
}
