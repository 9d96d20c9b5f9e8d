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
    assertTrue(lines.get(1).matches("Audit Log\\s+Draft\\s+Platform team\\s+1"), lines.get(1));
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
    assertTrue(out.contains("session-login.md:55: status is Approved but this open issue is unresolved: "
        + "Rate limit per IP or per account?"), out);
    assertTrue(out.contains("gate failed: 1 unresolved issue(s)"), out);
  }

  @Test
  void pullRequestCommentNamesEachChangeWithItsLine() throws Exception {
    List<String> lines = output(() -> PullRequestComment.main(new String[0])).lines()
        .collect(java.util.stream.Collectors.toList());
    assertEquals(List.of(
        "### Design doc changes: `examples/samples/search-index.md`",
        "",
        "2 changes: 1 added, 1 changed.",
        "",
        "| Change | Part | Old line | New line |",
        "|---|---|---:|---:|",
        "| status changed: In Review -> Approved | `/status` | 8 | 8 |",
        "| open issue 'Shard the index by tenant?' added | `/sections/3/items/1` |  | 43 |"), lines);
  }

  @Test
  void statusPageIsASortableTableOfEverySample(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path page = dir.resolve("status.html");
    String out = output(() -> StatusPage.main(new String[] {"examples/samples", page.toString()}));
    assertEquals("3 documents: " + page, out.strip());
    org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(java.nio.file.Files.readString(page));
    List<String> titles = html.select("#index tbody tr").stream().map(r -> r.child(0).text())
        .collect(java.util.stream.Collectors.toList());
    assertEquals(List.of("Audit Log", "Search Index", "Session Login"), titles);
    assertEquals("Approved", html.select("#index tbody tr").get(2).select(".badge.approved").text());
  }

  @Test
  void jsonRoundTripKeepsTheDocument() throws Exception {
    String out = output(() -> JsonRoundTrip.main(new String[0]));
    assertTrue(out.startsWith("format version "), out);
    assertTrue(out.contains("same document: true"), out);
    assertTrue(out.contains("same Markdown: true"), out);
  }
}
