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

  /** The resource passes the Markdown checks because the reader rejects it, with an error at {@code pointer}. */
  static void assertRejectedAt(String resource, String pointer, String message) {
    assertPasses(Family.MARKDOWN, resource);
    assertPasses(Family.READ, resource);
    io.github.designdoc.DesignDocFormatException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.github.designdoc.DesignDocFormatException.class,
        () -> io.github.designdoc.json.JsonReader.create().read(new String(bytes(resource), StandardCharsets.UTF_8)));
    org.junit.jupiter.api.Assertions.assertTrue(e.errors().stream().anyMatch(d -> d.location().pointer()
        .equals(java.util.Optional.of(pointer)) && d.message().contains(message)), () -> resource + ": " + e.errors());
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

  @Test
  void aSectionIntroHoldingTheWritersEndMarkerIsRejected() {
    assertRejectedAt("markdown-write-throws-intro-end-marker.json", "/sections/0/intro",
        "must not hold the line \"<!-- designdoc:end -->\" (line 2)");
  }

  @Test
  void aPreambleHoldingTheWritersPartMarkerIsRejected() {
    assertRejectedAt("markdown-write-throws-preamble-part-marker.json", "/preamble",
        "must not hold the line \"<!-- designdoc:part -->\"");
  }

  @Test
  void frontMatterHoldingARuleIsRejected() {
    assertRejectedAt("markdown-write-throws-front-matter-rule.json", "/frontMatter", "must not hold the line \"---\"");
  }

  @Test
  void frontMatterSettingAStatusTheDocumentLeavesEmptyIsRejected() {
    assertRejectedAt("markdown-write-throws-front-matter-status-without-status.json", "/frontMatter",
        "sets status (line 1), which Markdown reads as the document's status");
  }

  @Test
  void frontMatterSettingAFieldTheDocumentGivesIsAccepted() {
    String json = "{\"formatVersion\":\"2.0\",\"title\":\"t\",\"status\":\"Draft\",\"frontMatter\":\"status: Draft\\nversion:\\n"
        + "tags:\\n  - a\"}";
    io.github.designdoc.DesignDoc doc = io.github.designdoc.json.JsonReader.create().read(json);
    org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of("status: Draft\nversion:\ntags:\n  - a"),
        doc.frontMatter());
    org.junit.jupiter.api.Assertions.assertTrue(JsonChecks.run(Family.MARKDOWN, JsonMutant.ofText(json)).isEmpty());
  }

  @Test
  void aConsiderationStartingWithABlankIsRejected() {
    assertRejectedAt("markdown-write-throws-consideration-leading-blank.json", "/sections/0/items/0",
        "must not start with a blank");
  }

  @Test
  void aConsiderationThatIsARuleOfDashesIsRejected() {
    assertRejectedAt("markdown-write-throws-consideration-dash-rule.json", "/sections/0/items/0",
        "must not start with a rule of dashes");
  }
}
