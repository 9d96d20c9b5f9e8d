package io.github.designdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.Status;
import io.github.designdoc.markdown.MarkdownWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code designdoc diff} and {@code designdoc index}. */
class DiffAndIndexCommandTest {
  private static final DesignDoc DRAFT = DesignDoc.builder().title("Search").status(Status.DRAFT).author("Ada")
      .date("2026-01-05").overview("Finds documents.").component(c -> c.name("Indexer"))
      .openIssue("Which analyzer?").revision("2026-01-05", "Ada", "Initial draft").build();

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String markdown(DesignDoc doc) {
    return MarkdownWriter.create().write(doc);
  }

  @Test
  void diffPrintsOneChangeALineWithItsLineAndExitsOneOnChanges() throws Exception {
    Path before = write("before.md", markdown(DRAFT));
    Path after = write("after.md", markdown(DRAFT.toBuilder().status(Status.APPROVED).build()));
    Cli run = Cli.run("diff", before.toString(), after.toString());
    assertEquals(1, run.code, run.err);
    assertEquals("7: status changed: Draft -> Approved (/status)\n", run.out);
    Cli same = Cli.run("diff", before.toString(), before.toString());
    assertEquals(0, same.code, same.err);
    assertEquals("", same.out);
  }

  @Test
  void diffAsJsonFollowsItsSchemaAndAsMarkdownIsAReviewComment() throws Exception {
    Path before = write("before.md", markdown(DRAFT));
    Path after = write("after.md", markdown(DRAFT.toBuilder().component(c -> c.name("Crawler"))
        .openIssue("Shard by tenant?").build()));
    Cli json = Cli.run("diff", "--format", "json", before.toString(), after.toString());
    assertEquals(1, json.code, json.err);
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(DiffCommand.schema(), InputFormat.JSON);
    List<Error> errors = schema.validate(json.out, InputFormat.JSON);
    assertEquals(List.of(), errors);
    JsonNode changes = JsonMapper.builder().build().readTree(json.out).path("changes");
    assertEquals(2, changes.size(), json.out);
    assertEquals("component", changes.get(0).path("part").asString());
    assertEquals("added", changes.get(0).path("kind").asString());
    assertTrue(changes.get(0).path("newLine").asInt() > 0, json.out);
    assertTrue(schema.validate("{\"diffVersion\": \"1.0\", \"changes\": [{\"kind\": \"renamed\"}]}",
        InputFormat.JSON).size() > 0, "the schema rejects what it does not describe");

    Cli comment = Cli.run("diff", "--format", "markdown", before.toString(), after.toString());
    List<String> lines = comment.out.lines().collect(Collectors.toList());
    assertEquals("### Design doc changes: `" + after + "`", lines.get(0));
    assertEquals("2 changes: 2 added.", lines.get(2));
    assertEquals("| Change | Part | Old line | New line |", lines.get(4));
    assertEquals(8, lines.size(), comment.out);
  }

  @Test
  void diffAgainstAGitRevision() throws Exception {
    Assumptions.assumeTrue(git("--version") == 0, "git is not installed");
    Path doc = write("repo/docs/search.md", markdown(DRAFT));
    Path repo = dir.resolve("repo");
    assertEquals(0, git("-C", repo.toString(), "init", "-q"));
    assertEquals(0, git("-C", repo.toString(), "add", "docs/search.md"));
    assertEquals(0, git("-C", repo.toString(), "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q",
        "-m", "draft"));
    Files.writeString(doc, markdown(DRAFT.toBuilder().status(Status.APPROVED).build()));
    Cli run = Cli.run("diff", "--git", "HEAD", doc.toString());
    assertEquals(1, run.code, run.err);
    assertEquals("7: status changed: Draft -> Approved (/status)\n", run.out);
    Cli missing = Cli.run("diff", "--git", "no-such-revision", doc.toString()).assertInputError();
    assertTrue(missing.err.contains("git show no-such-revision"), missing.err);
  }

  private static int git(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (java.io.IOException e) {
      return -1;
    }
  }

  @Test
  void indexListsEveryDocumentOfAFolderSortedAndFiltered() throws Exception {
    write("docs/search.md", markdown(DRAFT));
    write("docs/login.md", markdown(DesignDoc.builder().title("Login").status(Status.APPROVED).author("Grace")
        .date("2026-02-01").build()));
    write("docs/notes.txt", "not a design doc");
    Cli run = Cli.run("index", "--sort", "title", dir.resolve("docs").toString());
    assertEquals(0, run.code, run.err);
    List<String> lines = run.out.lines().collect(Collectors.toList());
    assertEquals(4, lines.size(), run.out);
    assertTrue(lines.get(2).startsWith("| Login | Approved | Grace | 2026-02-01 | 0/0 |"), lines.get(2));
    assertTrue(lines.get(3).startsWith("| Search | Draft | Ada | 2026-01-05 | 1/1 | 2026-01-05 |"), lines.get(3));

    Cli approved = Cli.run("index", "--status", "approved", "--format", "csv", dir.resolve("docs").toString());
    assertEquals(2, approved.out.lines().count(), approved.out);
    assertTrue(approved.out.contains("Login,Approved,Grace"), approved.out);
    Cli open = Cli.run("index", "--open-issues", "--format", "json", dir.resolve("docs").toString());
    JsonNode docs = JsonMapper.builder().build().readTree(open.out).path("documents");
    assertEquals(1, docs.size());
    assertEquals("Search", docs.get(0).path("title").asString());
  }

  @Test
  void indexAsHtmlIsOneSortableSelfContainedPage() throws Exception {
    write("docs/search.md", markdown(DRAFT));
    write("docs/login.md", markdown(DesignDoc.builder().title("Login").status(Status.APPROVED).build()));
    Path page = dir.resolve("index.html");
    Cli run = Cli.run("index", "--format", "html", "-o", page.toString(), dir.resolve("docs").toString());
    assertEquals(0, run.code, run.err);
    Document html = Jsoup.parse(Files.readString(page));
    List<Element> rows = html.select("#index tbody tr");
    assertEquals(2, rows.size());
    assertEquals("Login", rows.get(0).child(0).text());
    assertEquals("badge approved", rows.get(0).select(".badge").attr("class"));
    assertEquals("Draft", rows.get(1).select(".badge.draft").text());
    assertEquals(7, html.select("#index thead th").size());
    assertTrue(html.select("script[src], link[href], img[src]").isEmpty(), "no external resource");
    assertTrue(html.select("script").html().contains("aria-sort"), "the page sorts by a click on a heading");
  }

  /** One edit of each kind on every corpus doc gives exactly the one expected change, at its line. */
  @Test
  void corpusEditsAreEachOneChangeAtTheirLine() throws Exception {
    io.github.designdoc.markdown.MarkdownReader reader = io.github.designdoc.markdown.MarkdownReader.create();
    MarkdownWriter writer = MarkdownWriter.create();
    List<String> failures = new java.util.ArrayList<>();
    for (Path doc : Cli.corpus()) {
      String original = Files.readString(doc);
      io.github.designdoc.ReadResult read = reader.read(original);
      DesignDoc before = read.document();
      Status other = before.status().filter(Status.APPROVED::equals).isPresent() ? Status.DRAFT : Status.APPROVED;
      List<io.github.designdoc.Section> fewer = new java.util.ArrayList<>(before.sections());
      io.github.designdoc.Section removed = fewer.remove(fewer.size() - 1);
      List<Object[]> edits = List.of(
          new Object[] {"status", before.toBuilder().status(other).build(), "/status", other.text()},
          // where the doc has no open issues, the issue comes with its section: one section added
          before.hasSection(io.github.designdoc.SectionKind.OPEN_ISSUES)
              ? new Object[] {"open issue", before.toBuilder().openIssue("Who signs off on the rollout?").build(), null,
                  "Who signs off on the rollout?"}
              : new Object[] {"section", before.toBuilder().openIssue("Who signs off on the rollout?").build(), null,
                  "Open Issues"},
          new Object[] {"section", before.toBuilder().sections(fewer).build(),
              "/sections/" + fewer.size(), null},
          new Object[] {"section", before.toBuilder().section("Appendix Q", "Extra notes.").build(),
              "/sections/" + before.sections().size(), "Appendix Q"});
      for (Object[] edit : edits) {
        String text = writer.rewrite(original, read, (DesignDoc) edit[1]);
        List<io.github.designdoc.diff.Change> changes = io.github.designdoc.diff.DocDiff.between(read, reader.read(text));
        String what = doc.getFileName() + " " + edit[0] + ": " + changes;
        if (changes.size() != 1 || !changes.get(0).part().equals(edit[0])
            || (edit[2] != null && !changes.get(0).pointer().equals(edit[2]))) {
          failures.add(what);
          continue;
        }
        io.github.designdoc.diff.Change change = changes.get(0);
        boolean removal = change.kind() == io.github.designdoc.diff.Change.Kind.REMOVED;
        int line = removal ? change.oldLine() : change.newLine();
        String source = removal ? original : text;
        String expected = removal ? removed.title() : (String) edit[3];
        String atLine = line > 0 ? source.lines().skip(line - 1).findFirst().orElse("") : "";
        if (!atLine.contains(expected)) {
          failures.add(what + " at line " + line + ": '" + atLine + "'");
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void indexOfAFolderWithoutDocumentsIsAnInputError() throws Exception {
    write("empty/notes.txt", "nothing");
    Cli run = Cli.run("index", dir.resolve("empty").toString()).assertInputError();
    assertTrue(run.err.contains("no design documents found"), run.err);
  }
}
