package io.github.designdoc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.json.JsonReader;
import io.github.designdoc.markdown.MarkdownReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs every example on the bundled samples and checks what it prints. */
class ExamplesTest {

  interface Main {
    void run() throws Exception;
  }

  private static String output(Main main) throws Exception {
    PrintStream previous = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(previous);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildDocPrintsMarkdownThenJsonOfTheSameDocument() throws Exception {
    String out = output(() -> BuildDoc.main(new String[0]));
    int separator = out.indexOf("----- JSON -----");
    assertTrue(separator > 0, out);
    String markdown = out.substring(0, separator);
    String json = out.substring(separator + "----- JSON -----".length());
    assertTrue(markdown.startsWith("# Design Document\n\n## For Session Login\n"), markdown);
    DesignDoc expected = BuildDoc.build();
    assertEquals(expected, MarkdownReader.create().read(markdown).document());
    assertEquals(expected, JsonReader.create().read(json.strip()));
  }

  @Test
  void statusTableListsEverySample() throws Exception {
    List<String> lines = output(() -> StatusTable.main(new String[0])).lines()
        .filter(l -> !l.startsWith("  ")).collect(java.util.stream.Collectors.toList());
    assertEquals(4, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).startsWith("TITLE"));
    assertTrue(lines.get(1).matches("Audit Log\\s+Draft\\s+-\\s+1"), lines.get(1));
    assertTrue(lines.get(2).matches("Search Index\\s+In Review\\s+Grace Hopper, Alan Turing\\s+1"), lines.get(2));
    assertTrue(lines.get(3).matches("Session Login\\s+Approved\\s+Ada Lovelace\\s+1"), lines.get(3));
  }

  @Test
  void apiIndexListsEveryEndpointSortedByPath() throws Exception {
    List<String> lines = output(() -> ApiIndex.main(new String[0])).lines().collect(java.util.stream.Collectors.toList());
    assertEquals(List.of(
        "PUT     /api/index/{id}      (Search Index)",
        "POST    /api/login           (Session Login)",
        "GET     /api/search          (Search Index)",
        "3 HTTP endpoints, 0 other contracts"), lines);
  }

  @Test
  void approvalGateFailsOnTheApprovedDocWithAnOpenIssue() throws Exception {
    int[] failures = new int[1];
    String out = output(() -> failures[0] = ApprovalGate.check(Path.of("examples/samples")));
    assertEquals(1, failures[0]);
    assertTrue(out.contains("session-login.md: status is Approved but this open issue is unresolved: "
        + "Rate limit per IP or per account?"), out);
    assertTrue(out.contains("gate failed: 1 unresolved issue(s)"), out);
  }

  @Test
  void jsonRoundTripKeepsTheDocument() throws Exception {
    String out = output(() -> JsonRoundTrip.main(new String[0]));
    assertTrue(out.startsWith("format version "), out);
    assertTrue(out.contains("same document: true"), out);
    assertTrue(out.contains("same Markdown: true"), out);
  }
}
