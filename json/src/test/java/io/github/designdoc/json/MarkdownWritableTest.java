package io.github.designdoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the JSON reader accepts, the Markdown writer writes so that it reads back equal (issue 16): values
 * Markdown cannot hold are errors at their pointer, and the values next to them that Markdown holds are read.
 */
class MarkdownWritableTest {
  private static final JsonReader READER = JsonReader.create();

  private static String doc(String members) {
    return "{\"formatVersion\":\"2.0\",\"title\":\"t\"" + (members.isEmpty() ? "" : "," + members) + "}";
  }

  private static String section(String section) {
    return doc("\"sections\":[" + section + ",{\"kind\":\"overview\",\"text\":\"after\"}]");
  }

  /** The only error of a rejected document. */
  private static Diagnostic rejected(String json) {
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class, () -> READER.read(json), json);
    assertEquals(1, e.errors().size(), e.errors().toString());
    Diagnostic d = e.errors().get(0);
    assertEquals("json-invalid-value", d.code(), d.toString());
    assertTrue(d.location().line() >= 1 && d.location().column() >= 1, d.toString());
    return d;
  }

  /** Reads the document, writes it as Markdown and checks it reads back equal. */
  private static void writable(String json) {
    DesignDoc doc = READER.read(json);
    String md = MarkdownWriter.create().write(doc);
    assertEquals(doc, MarkdownReader.create().read(md).document(), md);
  }

  private static void assertAt(String pointer, String messagePart, Diagnostic d) {
    assertEquals(pointer, d.location().pointer().orElse(null), d.toString());
    assertTrue(d.message().contains(messagePart), d.toString());
  }

  @Test
  void aLineStartingOrEndingWithWhitespaceMarkdownDropsIsAnError() {
    assertAt("/title", "must not start or end with the blank U+3000", rejected(doc("").replace("\"t\"", "\"\\u3000t\"")));
    assertAt("/title", "U+3000", rejected(doc("").replace("\"t\"", "\"t\\u3000\"")));
    assertAt("/version", "U+000B", rejected(doc("\"version\":\"1\\u000b\"")));
    assertAt("/status/custom", "U+2003", rejected(doc("\"status\":{\"custom\":\"\\u2003Shipped\"}")));
    assertAt("/date/verbatim", "U+3000", rejected(doc("\"date\":{\"verbatim\":\"March\\u3000\"}")));
    assertAt("/sections/0/heading", "U+3000",
        rejected(section("{\"kind\":\"custom\",\"heading\":\"h\\u3000\",\"body\":\"x\"}")));
    // Inside the line, ASCII blanks around it, and blanks Markdown keeps (no-break space) are fine.
    writable(doc("").replace("\"t\"", "\"  a\\u3000b\\t\""));
    writable(doc("").replace("\"t\"", "\"t\\u00a0\""));
  }

  @Test
  void aCodeFenceOrHtmlBlockLeftOpenIsAnError() {
    assertAt("/sections/0/text", "code fence open (line 2)",
        rejected(section("{\"kind\":\"overview\",\"text\":\"a\\n```java\\ncode\"}")));
    assertAt("/sections/0/body", "code fence open",
        rejected(section("{\"kind\":\"custom\",\"heading\":\"h\",\"body\":\"~~~~\\nx\\n~~~\"}")));
    assertAt("/sections/0/notes", "HTML block open",
        rejected(section("{\"kind\":\"rolloutPlan\",\"items\":[\"a\"],\"notes\":\"<!-- a\\n\\nb\"}")));
    assertAt("/preamble", "code fence open", rejected(doc("\"preamble\":\"```\"")));
    assertAt("/sections/0/items/0/intro", "code fence open", rejected(section(
        "{\"kind\":\"requestFlows\",\"items\":[{\"name\":\"f\",\"intro\":\"```\",\"steps\":[\"s\"]}]}")));
    // Closed ones, a comment on one line, and fences indented as code are written.
    writable(section("{\"kind\":\"overview\",\"text\":\"a\\n\\n```java\\ncode\\n```\\n\\n<!-- note -->\"}"));
    writable(section("{\"kind\":\"custom\",\"heading\":\"h\",\"body\":\"~~~~\\n```\\n~~~~~\"}"));
    writable(section("{\"kind\":\"overview\",\"text\":\"    ```\"}"));
  }

  @Test
  void aHeadingThatWouldStartANewPartIsAnError() {
    assertAt("/preamble", "heading of level 1", rejected(doc("\"preamble\":\"#\"")));
    assertAt("/preamble", "heading of level 2 (line 4)", rejected(doc("\"preamble\":\"a\\n\\nb\\n---\"")));
    assertAt("/sections/0/text", "heading of level 1",
        rejected(section("{\"kind\":\"overview\",\"text\":\"Title\\n===\"}")));
    assertAt("/sections/0/items/0/notes", "heading of level 2", rejected(section(
        "{\"kind\":\"requestFlows\",\"items\":[{\"name\":\"f\",\"steps\":[\"s\"],\"notes\":\"## n\"}]}")));
    // Deeper headings stay where they are, as does a heading inside a code block.
    writable(doc("\"preamble\":\"### About\\n\\ntext\""));
    writable(section("{\"kind\":\"overview\",\"text\":\"## Part\\n\\n```\\n# not a heading\\n```\"}"));
    writable(section("{\"kind\":\"requestFlows\",\"items\":[{\"name\":\"f\",\"steps\":[\"s\"],\"notes\":\"### n\"}]}"));
  }

  @Test
  void aBlankComponentDetailIsAnError() {
    assertAt("/sections/0/items/0/details/0", "must not be blank",
        rejected(section("{\"kind\":\"components\",\"items\":[{\"name\":\"A\",\"details\":[\" \",\"x\"]}]}")));
    assertAt("/sections/0/items/0/details/0", "must not start with a blank",
        rejected(section("{\"kind\":\"components\",\"items\":[{\"name\":\"A\",\"details\":[\"  x\"]}]}")));
    assertAt("/sections/0/items/0/details/1", "rule of dashes",
        rejected(section("{\"kind\":\"components\",\"items\":[{\"name\":\"A\",\"details\":[\"x\",\"- - -\"]}]}")));
    writable(section("{\"kind\":\"components\",\"items\":[{\"name\":\"A\",\"details\":[\"x\",\"**y\"]}]}"));
    writable(section("{\"kind\":\"components\",\"items\":[{\"name\":\"A\",\"details\":[\"***\",\"x\\n---\"]}]}"));
  }

  @Test
  void aFurtherMetadataEntryKeyedLikeAnEmptyTemplateFieldIsAnError() {
    Map<String, String> fields = Map.of("Status", "\"status\":\"Draft\"", "state", "\"status\":\"Draft\"",
        "Version", "\"version\":\"1\"", "Owner(s)", "\"authors\":[\"Ada\"]", "Start Date", "\"date\":\"2024-01-01\"",
        "UPDATED", "\"date\":\"2024-01-01\"");
    for (Map.Entry<String, String> f : fields.entrySet()) {
      String entry = "\"otherMetadata\":[{\"key\":\"Team\",\"value\":\"x\"},{\"key\":\"" + f.getKey()
          + "\",\"value\":\"2024-02-03\"}]";
      assertAt("/otherMetadata/1", "keyed \"" + f.getKey() + "\"", rejected(doc(entry)));
      // With the field given, the entry is one more line after it.
      writable(doc(f.getValue() + "," + entry));
    }
    writable(doc("\"otherMetadata\":[{\"key\":\"Status\",\"value\":\"\"},{\"key\":\"Reviewers\",\"value\":\"Grace\"}]"));
  }

  @Test
  void theKeysTheReaderRefusesAreTheKeysMarkdownReadsAsFields() {
    // Each key either names a field in Markdown (and is refused without it) or stays a further entry.
    for (String key : List.of("Version", "Author", "authors", "Author(s)", "Owner", "Owners", "Owner(s)", "Date",
        "Created", "Creation Date", "creation-date", "Start Date", "Begin Design Discussion", "Updated", "Status",
        "State", "Implementation Status", "Reviewers", "Authored", "Last Updated", "Statuses", "Versions", "Team")) {
      String value = key.toLowerCase().contains("dat") || key.toLowerCase().contains("creat")
          || key.toLowerCase().contains("updated") || key.toLowerCase().contains("discussion") ? "2024-02-03" : "Draft";
      String md = "# Design Document\n\n## For t\n\n- **" + key + ":** " + value + "\n\n---\n";
      DesignDoc fromMarkdown = MarkdownReader.create().read(md).document();
      boolean markdownTakesAField = fromMarkdown.otherMetadata().isEmpty();
      String json = doc("\"otherMetadata\":[{\"key\":\"" + key + "\",\"value\":\"" + value + "\"}]");
      boolean jsonRefuses;
      try {
        READER.read(json);
        jsonRefuses = false;
      } catch (DesignDocFormatException e) {
        jsonRefuses = true;
      }
      assertEquals(markdownTakesAField, jsonRefuses, key);
    }
  }

  @Test
  void anAuthorMarkdownWouldReadAsAnotherNameIsAnError() {
    assertAt("/authors/0", "holds a contact", rejected(doc("\"authors\":[\"Ms <n@gm>\"]")));
    assertAt("/authors/1", "holds a contact", rejected(doc("\"authors\":[\"Ada\",\"Bo (@bo)\"]")));
    assertAt("/authors/0", "is a handle", rejected(doc("\"authors\":[\"@ada\"]")));
    assertAt("/authors/0", "is a Markdown link", rejected(doc("\"authors\":[\"[Ada](https://example.com)\"]")));
    assertAt("/authors/0", "reads as two authors", rejected(doc("\"authors\":[\"Ada and Bo\"]")));
    // what Markdown reads back as given is read, and written so
    for (String authors : java.util.List.of("[\"Ada and Bo\",\"Cy\"]", "[\"Ada <a\"]", "[\"<a@b.c>\"]",
        "[\"Ada (the first)\"]", "[\"a@b.c\"]", "[\"Grace Hopper\"]")) {
      writable(doc("\"authors\":" + authors));
    }
  }

  @Test
  void aNulInACodeBlockIsAnError() {
    assertAt("/sections/0/items/0/code/content", "U+0000", rejected(section("{\"kind\":\"apiContracts\",\"items\":"
        + "[{\"type\":\"code\",\"title\":\"C\",\"code\":{\"content\":\"a\\u0000b\"}}]}")));
    writable(section("{\"kind\":\"apiContracts\",\"items\":[{\"type\":\"code\",\"title\":\"C\",\"code\":"
        + "{\"content\":\"a\\u0001b\"}}]}"));
  }
}
