package io.github.designdoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.Components;
import io.github.designdoc.CustomSection;
import io.github.designdoc.DataModels;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.OpenIssues;
import io.github.designdoc.Overview;
import io.github.designdoc.ReadResult;
import io.github.designdoc.RevisionHistory;
import io.github.designdoc.RolloutPlan;
import io.github.designdoc.SecurityConsiderations;
import io.github.designdoc.Severity;
import io.github.designdoc.SourceMap;
import io.github.designdoc.TextRange;
import io.github.designdoc.Component;
import io.github.designdoc.Revision;
import io.github.designdoc.PerformanceConsiderations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Documents in format 1.0 are still read: converted to sections in the template's order, each custom
 * section after the known section it followed, with an info saying so and a source map in the
 * pointers of format 2.0. The documents are in {@code src/test/resources/format-1}; {@code template.json}
 * is what the 1.0 writer (commit 45240c7) wrote for the template.
 */
class Format1Test {
  private static final JsonReader READER = JsonReader.create();

  @Test
  void theOldTemplateReadsAsTheTemplate() throws IOException {
    String json = resource("template.json");
    assertTrue(json.startsWith("{\n  \"formatVersion\": \"1.0\",\n"), json);
    assertEquals(DesignDoc.template(), READER.read(json));
    ReadResult result = READER.readResult(json);
    assertEquals(DesignDoc.template(), result.document());
    assertEquals(List.of("json-format-1"), codes(result));
    Diagnostic info = result.diagnostics().get(0);
    assertEquals(Severity.INFO, info.severity());
    assertEquals("/formatVersion", info.location().pointer().orElseThrow());
    assertEquals(2, info.location().line());
    assertTrue(info.message().contains("format 1.0, read as format 2.0"), info::message);
    assertEquals(JsonWriter.create().write(DesignDoc.template()), JsonWriter.create().write(result.document()),
        "written back in format 2.0");
  }

  @Test
  void customSectionsFollowTheSectionTheyWereAfterAndProseJoinsItsSection() throws IOException {
    DesignDoc expected = DesignDoc.builder()
        .title("Payment Retries").author("Ada").author("Grace").date("March 2024").status("In Review")
        .metadata("Reviewers", "Linus").preamble("Contents below.")
        .section(CustomSection.of("Context", "Before everything."))
        .section(Overview.builder().heading("Summary").text("In short:\n\nRetries failed payments.\n\nSee below.")
            .build())
        .section(CustomSection.of("Goals", "Fewer failures."))
        .section(CustomSection.of("Non-Goals", "Refunds."))
        .section(Components.builder().intro("Two parts.").addItem(Component.builder().name("Retrier")
            .owner("Go/Payments").detail("Schedules retries").build()).build())
        .section(CustomSection.of("Alternatives", "None."))
        .section(DataModels.builder().heading("Schemas").notes("None yet.").build())
        .section(SecurityConsiderations.of(List.of("No card data in logs")))
        .section(RolloutPlan.builder().addItem("Phase 1: staff").notes("Behind a flag.").build())
        .section(OpenIssues.of(List.of(OpenIssue.open("Backoff?"), OpenIssue.resolved("Idempotency"),
            OpenIssue.open("Limits"))))
        .section(RevisionHistory.builder().heading("Changelog").addItem(Revision.builder().date("2024-03-01")
            .author("Ada").changes("Draft").build()).build())
        .section(CustomSection.of("Appendix", ""))
        .build();
    DesignDoc doc = READER.read(resource("custom-sections.json"));
    assertEquals(expected, doc);
    assertEquals(doc, READER.read(JsonWriter.create().write(doc)), "the 2.0 text reads back the same");
  }

  @Test
  void theSourceMapHasTheConvertedSectionsPointers() throws IOException {
    String json = resource("custom-sections.json");
    SourceMap map = READER.readResult(json).sourceMap();
    assertEquals("\"Retrier\"", text(json, map, "/sections/4/items/0/name"));
    assertEquals("\"Schedules retries\"", text(json, map, "/sections/4/items/0/details/0"));
    assertEquals("\"Two parts.\"", text(json, map, "/sections/4/intro"));
    assertEquals("\"Retries failed payments.\"", text(json, map, "/sections/1/text"));
    assertEquals("\"Summary\"", text(json, map, "/sections/1/heading"));
    assertEquals("\"Context\"", text(json, map, "/sections/0/heading"));
    assertEquals("\"Before everything.\"", text(json, map, "/sections/0/body"));
    assertEquals("\"Appendix\"", text(json, map, "/sections/11/heading"));
    assertEquals("{\"text\": \"Idempotency\", \"state\": \"resolved\"}", text(json, map, "/sections/9/items/1"));
    assertEquals("\"Payment Retries\"", text(json, map, "/title"));
    assertEquals("\"Linus\"", text(json, map, "/otherMetadata/0/value"));
    assertTrue(text(json, map, "/sections/4").startsWith("[{\"name\": \"Retrier\""), "a section: its items");
    assertTrue(text(json, map, "/sections/6").startsWith("{\"heading\": \"Schemas\""), "a section: its prose");
    for (String pointer : map.ranges().keySet()) {
      assertTrue(pointer.matches("/(title|authors(/\\d+)?|date(/verbatim)?|status|otherMetadata(/0(/key|/value)?)?"
          + "|preamble|formatVersion|sections/\\d+(/.*)?)"), pointer);
      assertTrue(!pointer.contains("/after") && !pointer.contains("sectionTexts") && !pointer.contains("customSections"),
          pointer);
    }
  }

  @Test
  void metadataProseOpensThePreambleAndEmptySectionTextsArePresentSections() throws IOException {
    ReadResult result = READER.readResult(resource("metadata-prose.json"));
    assertEquals(DesignDoc.builder().title("T").preamble("Intro.\n\nNotes.\n\nTable of contents.")
        .section(SecurityConsiderations.builder().build()).build(), result.document());
    assertEquals(List.of("json-format-1", "json-format-1"), codes(result));
    assertTrue(result.diagnostics().get(1).message().contains("heading \"About\" has no place in format 2.0"),
        result.diagnostics().get(1)::message);
  }

  @Test
  void aLaterMinorVersionWithItsVersionLastReadsAndPlainIssuesAreOpen() throws IOException {
    ReadResult result = READER.readResult(resource("version-last.json"));
    assertEquals(DesignDoc.builder().title("T").performanceConsideration("Fast").openIssue("Plain").build(),
        result.document());
    assertTrue(result.diagnostics().get(0).message().contains("format 1.3"), result.diagnostics()::toString);
    assertEquals(OpenIssue.State.OPEN, result.document().openIssues().get(0).state());
  }

  @Test
  void format1ErrorsPointIntoTheDocumentAsWritten() {
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class, () -> READER.read(
        "{\"formatVersion\": \"1.0\", \"title\": \"T\", \"customSections\": [{\"heading\": \"\", \"body\": \"\","
            + " \"after\": \"overview\"}], \"openIssues\": [{\"text\": \"x\", \"state\": \"closed\"}]}"));
    assertEquals(List.of("/customSections/0/heading json-invalid-value", "/openIssues/0/state json-invalid-value"),
        e.diagnostics().stream().map(d -> d.location().pointer().orElseThrow() + " " + d.code())
            .collect(Collectors.toList()));
  }

  @Test
  void aDocumentBuiltInTheOldShapeAndItsConversionAgreeWithTheBuilder() {
    String json = "{\"formatVersion\": \"1.0\", \"title\": \"T\", \"revisions\": [{\"changes\": \"x\"}],"
        + " \"overview\": \"O\", \"rolloutPhases\": [\"P\"], \"performanceConsiderations\": [\"F\"]}";
    DesignDoc built = DesignDoc.builder().title("T").revision("", "", "x").rolloutPhase("P").overview("O")
        .performanceConsideration("F").build();
    assertEquals(built, READER.read(json), "the builder's verbs give the template's order too");
    assertEquals(List.of(Overview.class, PerformanceConsiderations.class, RolloutPlan.class, RevisionHistory.class),
        READER.read(json).sections().stream().map(s -> s.getClass().getSuperclass()).collect(Collectors.toList()));
  }

  private static List<String> codes(ReadResult result) {
    return result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  private static String text(String json, SourceMap map, String pointer) {
    TextRange range = map.range(pointer).orElseThrow(() -> new AssertionError("no range for " + pointer + " in "
        + map.ranges().keySet()));
    return json.substring(range.offset(), range.end());
  }

  static String resource(String name) throws IOException {
    try (InputStream in = Format1Test.class.getResourceAsStream("/format-1/" + name)) {
      if (in == null) {
        throw new IOException("no test resource format-1/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
