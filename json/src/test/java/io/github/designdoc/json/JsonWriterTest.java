package io.github.designdoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DocDate;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.OpenIssues;
import io.github.designdoc.Overview;
import io.github.designdoc.RevisionHistory;
import io.github.designdoc.SecurityConsiderations;
import io.github.designdoc.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the writer writes: spec examples with the model and the expected JSON side by side. */
class JsonWriterTest {
  private static final JsonWriter PRETTY = JsonWriter.create();
  private static final JsonWriter COMPACT = JsonWriter.builder().pretty(false).build();

  @Test
  void prettyOutputHasTheFormatVersionFirstAndTheModelsOrder() {
    DesignDoc doc = DesignDoc.builder()
        .title("Session Login")
        .status(Status.DRAFT)
        .date(LocalDate.of(2026, 3, 1))
        .author("Ada Lovelace")
        .version("0.1")
        .openIssue("Rate limits?")
        .component(c -> c.name("Auth Service").owner("Go/Identity").detail("Issues `session` cookies"))
        .build();
    assertEquals("""
        {
          "formatVersion": "2.0",
          "title": "Session Login",
          "version": "0.1",
          "authors": [
            "Ada Lovelace"
          ],
          "date": "2026-03-01",
          "status": "Draft",
          "sections": [
            {
              "kind": "components",
              "items": [
                {
                  "name": "Auth Service",
                  "owner": "Go/Identity",
                  "details": [
                    "Issues `session` cookies"
                  ]
                }
              ]
            },
            {
              "kind": "openIssues",
              "items": [
                {
                  "text": "Rate limits?",
                  "state": "open"
                }
              ]
            }
          ]
        }
        """, PRETTY.write(doc));
  }

  @Test
  void compactOutputIsOneLineWithoutTrailingBreak() {
    DesignDoc doc = DesignDoc.builder().title("T").author("A").build();
    assertEquals("{\"formatVersion\":\"2.0\",\"title\":\"T\",\"authors\":[\"A\"]}", COMPACT.write(doc));
    assertFalse(COMPACT.isPretty());
    assertTrue(PRETTY.isPretty());
    assertSame(PRETTY, JsonWriter.builder().build(), "the default writer is shared");
  }

  @Test
  void emptyListsAndAbsentPartsAreLeftOutNeverNull() {
    String json = COMPACT.write(DesignDoc.builder().title("Only a title").build());
    assertEquals("{\"formatVersion\":\"2.0\",\"title\":\"Only a title\"}", json);
    assertFalse(COMPACT.write(DesignDoc.template()).contains("null"));
  }

  @Test
  void datesAreIsoStringsOrVerbatimObjects() {
    assertEquals("\"date\":\"2025-12-28\"", dateJson(DocDate.of(LocalDate.of(2025, 12, 28))));
    assertEquals("\"date\":\"2025-12-28\"", dateJson(DocDate.of("2025-12-28")));
    assertEquals("\"date\":{\"verbatim\":\"March 2024\"}", dateJson(DocDate.of("March 2024")));
    assertEquals("\"date\":{\"verbatim\":\"2024-02-30\"}", dateJson(DocDate.of("2024-02-30")),
        "a date that does not exist is text");
    assertEquals("\"date\":{\"verbatim\":\"+10000-01-01\"}", dateJson(DocDate.of(LocalDate.of(10000, 1, 1))),
        "a year past 9999 is not yyyy-MM-dd");
  }

  @Test
  void statusesAreKnownStringsOrCustomObjects() {
    assertEquals("\"status\":\"In Review\"", statusJson(Status.IN_REVIEW));
    assertEquals("\"status\":\"Approved\"", statusJson(Status.of("Approved")));
    assertEquals("\"status\":{\"custom\":\"approved\"}", statusJson(Status.of("approved")));
    assertEquals("\"status\":{\"custom\":\"Draft | In Review | Approved\"}",
        statusJson(Status.of("Draft | In Review | Approved")));
  }

  @Test
  void apiContractsCarryTheirTypeFirst() {
    DesignDoc doc = DesignDoc.builder().title("T")
        .httpContract(h -> h.method("POST").path("/api/login").header("Accept", "")
            .body("{ \"user\": string }").response("200", "OK"))
        .codeContract(c -> c.title("Event").code("json", "{\"type\": \"login\"}"))
        .build();
    String json = COMPACT.write(doc);
    assertTrue(json.contains("\"sections\":[{\"kind\":\"apiContracts\",\"items\":[{\"type\":\"http\",\"method\":\"POST\",\"path\":\"/api/login\","
        + "\"headers\":[{\"name\":\"Accept\",\"value\":\"\"}],\"body\":\"{ \\\"user\\\": string }\","
        + "\"responses\":[{\"status\":\"200\",\"description\":\"OK\"}]},{\"type\":\"code\",\"title\":\"Event\","
        + "\"code\":{\"language\":\"json\",\"content\":\"{\\\"type\\\": \\\"login\\\"}\"}}]}]"), json);
  }

  @Test
  void sectionsAreWrittenInDocumentOrderWithTheirKindFirst() {
    DesignDoc doc = DesignDoc.builder().title("T")
        .section(RevisionHistory.builder().heading("Changelog").build())
        .section("Alternatives", "None.")
        .section(Overview.builder().heading("Summary").text("Short.").build())
        .section(OpenIssues.builder().intro("Before.").addItem(OpenIssue.resolved("Done?")).notes("After.").build())
        .section(Overview.of(""))
        .build();
    assertEquals("{\"formatVersion\":\"2.0\",\"title\":\"T\",\"sections\":["
        + "{\"kind\":\"revisionHistory\",\"heading\":\"Changelog\"},"
        + "{\"kind\":\"custom\",\"heading\":\"Alternatives\",\"body\":\"None.\"},"
        + "{\"kind\":\"overview\",\"heading\":\"Summary\",\"text\":\"Short.\"},"
        + "{\"kind\":\"openIssues\",\"intro\":\"Before.\",\"items\":[{\"text\":\"Done?\",\"state\":\"resolved\"}],"
        + "\"notes\":\"After.\"},"
        + "{\"kind\":\"overview\",\"text\":\"\"}]}",
        COMPACT.write(doc));
    assertEquals(doc, JsonReader.create().read(COMPACT.write(doc)));
  }

  @Test
  void anEmptySectionIsItsKindAlone() {
    DesignDoc doc = DesignDoc.builder().title("T").section(SecurityConsiderations.builder().build()).build();
    String json = PRETTY.write(doc);
    assertTrue(json.contains("\"sections\": [\n    {\n      \"kind\": \"securityConsiderations\"\n    }\n  ]"), json);
    assertEquals(doc, JsonReader.create().read(json));
  }

  @Test
  void theFormatVersionIsTheCurrentOne() {
    assertEquals("2.0", JsonFormat.VERSION);
    assertTrue(COMPACT.write(DesignDoc.template()).startsWith("{\"formatVersion\":\"" + JsonFormat.VERSION + "\","));
  }

  @Test
  void writesUtf8AndLeavesStreamsOpen() throws IOException {
    DesignDoc doc = DesignDoc.builder().title("Ünïcödé 😀 日本語").build();
    ClosingTrackingStream bytes = new ClosingTrackingStream();
    PRETTY.write(doc, bytes);
    assertFalse(bytes.closed);
    assertEquals(PRETTY.write(doc), bytes.toString(StandardCharsets.UTF_8));

    ClosingTrackingWriter text = new ClosingTrackingWriter();
    COMPACT.write(doc, text);
    assertFalse(text.closed);
    assertEquals(COMPACT.write(doc), text.toString());
  }

  @Test
  void writesAndReadsFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("doc.json");
    PRETTY.write(DesignDoc.template(), file);
    assertEquals(PRETTY.write(DesignDoc.template()), Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(DesignDoc.template(), JsonReader.create().read(file));
  }

  @Test
  void writeFailuresStayIOExceptions() {
    Writer failing = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() {}
    };
    IOException e = assertThrows(IOException.class, () -> PRETTY.write(DesignDoc.template(), failing));
    assertEquals("disk full", e.getMessage());
  }

  @Test
  void rejectsNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> PRETTY.write(null));
    assertEquals("doc must not be null", e.getMessage());
  }

  private static String dateJson(DocDate date) {
    String json = COMPACT.write(DesignDoc.builder().title("T").date(date).build());
    return json.substring(json.indexOf("\"date\""), json.length() - 1);
  }

  private static String statusJson(Status status) {
    String json = COMPACT.write(DesignDoc.builder().title("T").status(status).build());
    return json.substring(json.indexOf("\"status\""), json.length() - 1);
  }

  private static final class ClosingTrackingStream extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  private static final class ClosingTrackingWriter extends StringWriter {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
