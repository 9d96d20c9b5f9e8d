package io.github.designdoc.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.Status;
import io.github.designdoc.index.DocIndex.Column;
import io.github.designdoc.index.DocIndex.Row;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocIndexTest {
  private static final DocIndex INDEX = DocIndex.of(List.of(
      Row.of("docs/search.md", DesignDoc.builder().title("Search").status(Status.APPROVED).author("Ada")
          .date("2026-02-01").openIssue(OpenIssue.resolved("Analyzer")).revision("2026-01-05", "Ada", "Draft")
          .revision("2026-02-01", "Ada", "Approved").build()),
      Row.of("docs/login.md", DesignDoc.builder().title("Login | SSO").status("in review").author("Grace")
          .author("Alan").date("March 2026").openIssue("Rate limits?").openIssue("Cookie name?").build()),
      Row.of("docs/audit.md", DesignDoc.builder().title("Audit").date("2025-12-24").build())));

  private static List<String> titles(DocIndex index) {
    return index.rows().stream().map(Row::title).collect(Collectors.toList());
  }

  @Test
  void rowsSayWhereEachDocumentStands() {
    Row search = INDEX.rows().get(0);
    assertEquals("2026-02-01", search.lastRevision().orElseThrow());
    assertEquals(0, search.openIssues());
    assertEquals(1, search.totalIssues());
    Row login = INDEX.rows().get(1);
    assertEquals(2, login.openIssues());
    assertEquals(Status.Kind.IN_REVIEW, login.statusKind().orElseThrow());
    assertEquals("Grace, Alan", login.text(Column.AUTHORS));
  }

  @Test
  void sortsByAColumn() {
    assertEquals(List.of("Audit", "Login | SSO", "Search"), titles(INDEX.sortedBy(Column.TITLE)));
    assertEquals(List.of("Audit", "Search", "Login | SSO"), titles(INDEX.sortedBy(Column.DATE)));
    assertEquals(List.of("Login | SSO", "Search", "Audit"), titles(INDEX.sortedBy(Column.OPEN_ISSUES)));
    assertEquals(List.of("Search", "Login | SSO", "Audit"), titles(INDEX.sortedBy(Column.STATUS)),
        "a row without a status comes last");
    assertEquals(Column.OPEN_ISSUES, Column.find("open-issues").orElseThrow());
  }

  @Test
  void filtersByStatusAuthorAndOpenIssues() {
    assertEquals(List.of("Search"), titles(INDEX.withStatus("approved")));
    assertEquals(List.of("Login | SSO"), titles(INDEX.withStatus("In Review")));
    assertEquals(List.of("Login | SSO"), titles(INDEX.withAuthor("alan")));
    assertEquals(List.of("Login | SSO"), titles(INDEX.withOpenIssues()));
  }

  @Test
  void markdownIsAGithubTableWithEscapedCells() {
    List<String> lines = INDEX.toMarkdown().lines().collect(Collectors.toList());
    assertEquals("| Title | Status | Authors | Date | Open issues | Last revision | Path |", lines.get(0));
    assertEquals("|---|---|---|---|---:|---|---|", lines.get(1));
    assertEquals("| Login \\| SSO | in review | Grace, Alan | March 2026 | 2/2 |  | [docs/login.md](<docs/login.md>) |",
        lines.get(3));
    assertEquals(5, lines.size());
  }

  @Test
  void csvQuotesWhatNeedsIt() {
    String csv = DocIndex.of(List.of(Row.of("a.md", DesignDoc.builder().title("Say \"hi\", then =1").build())))
        .toCsv();
    assertEquals("Title,Status,Authors,Date,Open issues,Last revision,Path\r\n"
        + "\"Say \"\"hi\"\", then =1\",,,,0/0,,a.md\r\n", csv);
  }

  @Test
  void jsonListsEveryRow() {
    String json = INDEX.toJson();
    assertTrue(json.contains("{\"path\": \"docs/audit.md\", \"title\": \"Audit\", \"status\": null, \"authors\": [], "
        + "\"date\": \"2025-12-24\", \"openIssues\": 0, \"totalIssues\": 0, \"lastRevision\": null}"), json);
    assertEquals(3, json.split("\"path\"").length - 1);
  }

  @Test
  void htmlIsOneSelfContainedPageWithEscapedText() {
    String html = DocIndex.of(List.of(Row.of("x.md", DesignDoc.builder().title("<script>alert(1)</script>")
        .status("Approved").build()))).toHtml("Design docs");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(html.contains("<span class=\"badge approved\">Approved</span>"), html);
    assertTrue(!html.contains("src=") && !html.contains("http://") && !html.contains("https://"), "no external resource");
  }
}
