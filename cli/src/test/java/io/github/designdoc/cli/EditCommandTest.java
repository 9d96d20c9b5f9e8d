package io.github.designdoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.ReadResult;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.Revision;
import io.github.designdoc.json.JsonReader;
import io.github.designdoc.json.JsonWriter;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code designdoc edit}: the edited lines change, nothing else. */
class EditCommandTest {
  @TempDir
  Path dir;

  private static final MarkdownReader READER = MarkdownReader.create();

  private static final String DOC = "# Design Document\n\n## For Audit Log\n\n- **Version:** 0.1\n- **Status:** Draft\n\n"
      + "## Overview\n\nAppend-only log.\n\n## Open Issues\n\n- [ ] Retention period?\n- [ ] Who may read it?\n";

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> lines(String text) {
    return Arrays.asList(text.split("\n", -1));
  }

  private static List<AbstractDelta<String>> deltas(String before, String after) {
    return DiffUtils.diff(lines(before), lines(after)).getDeltas();
  }

  @Test
  void withoutAnOptionPrintsTheFileByteForByte() throws Exception {
    String crlf = "\uFEFF" + DOC.replace("\n", "\r\n");
    Path file = dir.resolve("doc.md");
    Files.write(file, crlf.getBytes(StandardCharsets.UTF_8));
    Cli run = Cli.run("edit", file.toString());
    assertEquals(0, run.code, run.err);
    assertArrayEquals(crlf.getBytes(StandardCharsets.UTF_8), run.outBytes);
  }

  @Test
  void eachOptionEditsItsPartAndReadsBackAsEdited() throws Exception {
    Path file = write("doc.md", DOC);
    Cli run = Cli.run("edit", file.toString(), "--status", "Approved", "--set", "Version=0.2", "--set", "Reviewers=Grace",
        "--add-revision", "2026-03-01", "Ada", "Approved", "--add-open-issue", "Encryption at rest?",
        "--resolve-open-issue", "Retention");
    assertEquals(0, run.code, run.err);
    DesignDoc doc = READER.read(run.out).document();
    assertEquals("Approved", doc.status().orElseThrow().text());
    assertEquals(Optional.of("0.2"), doc.version());
    assertEquals(List.of(MetadataEntry.of("Reviewers", "Grace")), doc.otherMetadata());
    assertEquals(List.of(OpenIssue.resolved("Retention period?"), OpenIssue.open("Who may read it?"),
        OpenIssue.open("Encryption at rest?")), doc.openIssues());
    Revision revision = doc.revisions().get(doc.revisions().size() - 1);
    assertEquals("2026-03-01", revision.date().orElseThrow().text());
    assertEquals(Optional.of("Ada"), revision.author());
    assertEquals("Approved", revision.changes());
    assertEquals(Optional.of("Append-only log."), doc.overview());
    assertEquals(DOC, Files.readString(file), "without --write the file is unchanged");
  }

  @Test
  void setMapsTypedKeysAndRemovesWithAnEmptyValue() throws Exception {
    Path file = write("doc.md", DOC);
    Cli run = Cli.run("edit", file.toString(), "--set", "authors=Ada, Grace", "--set", "date=2026-04-01",
        "--set", "version=", "--set", "Team=Storage");
    assertEquals(0, run.code, run.err);
    DesignDoc doc = READER.read(run.out).document();
    assertEquals(List.of("Ada", "Grace"), doc.authors());
    assertEquals("2026-04-01", doc.date().orElseThrow().text());
    assertEquals(Optional.empty(), doc.version());
    assertEquals(List.of(MetadataEntry.of("Team", "Storage")), doc.otherMetadata());
    Cli.run("edit", file.toString(), "--set", "novalue").assertInputError();
  }

  @Test
  void anUnknownTargetIsExitTwoAndTheFileIsUntouched() throws Exception {
    Path file = write("doc.md", DOC);
    long modified = Files.getLastModifiedTime(file).toMillis();
    Cli run = Cli.run("edit", file.toString(), "--resolve-open-issue", "No such issue", "--status", "Approved", "--write")
        .assertInputError();
    assertEquals("designdoc: " + file + ": no open issue starts with 'No such issue'; the file is untouched\n", run.err);
    assertEquals(DOC, Files.readString(file));
    assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
  }

  @Test
  void writeReplacesTheFileKeepingItsPermissionsAndRefusesReadOnlyFiles() throws Exception {
    Path file = write("doc.md", DOC);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
    Cli run = Cli.run("edit", file.toString(), "--status", "In Review", "--write");
    assertEquals(0, run.code, run.err);
    assertEquals("", run.out);
    assertEquals("In Review", READER.read(file).document().status().orElseThrow().text());
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
    String before = Files.readString(file);
    Cli refused = Cli.run("edit", file.toString(), "--status", "Approved", "--write").assertInputError();
    assertTrue(refused.err.contains("read-only"), refused.err);
    assertEquals(before, Files.readString(file));
  }

  @Test
  void editsJsonWithTheJsonWriter() throws Exception {
    DesignDoc original = DesignDoc.builder().title("Audit Log").status("Draft").openIssue("Retention?").build();
    Path file = write("doc.json", JsonWriter.create().write(original));
    Cli same = Cli.run("edit", file.toString());
    assertEquals(Files.readString(file), same.out);
    Cli run = Cli.run("edit", file.toString(), "--status", "Approved", "--resolve-open-issue", "Ret");
    assertEquals(0, run.code, run.err);
    DesignDoc doc = JsonReader.create().read(run.out);
    assertEquals("Approved", doc.status().orElseThrow().text());
    assertEquals(List.of(OpenIssue.resolved("Retention?")), doc.openIssues());
  }

  // The corpus: what issue 11 asks of every real doc.

  @Test
  void corpusEditWithoutOptionsIsTheFileByteForByte() throws Exception {
    for (Path doc : Cli.corpus()) {
      Cli run = Cli.run("edit", doc.toString());
      assertEquals(0, run.code, doc + ": " + run.err);
      assertArrayEquals(Files.readAllBytes(doc), run.outBytes, doc.toString());
    }
  }

  @Test
  void corpusStatusChangesExactlyOneLineOrAddsOne() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Path doc : Cli.corpus()) {
      String original = Files.readString(doc);
      DesignDoc before = READER.read(original).document();
      String status = before.status().map(s -> s.text().equals("Approved")).orElse(false) ? "In Review" : "Approved";
      Cli run = Cli.run("edit", doc.toString(), "--status", status);
      assertEquals(0, run.code, doc + ": " + run.err);
      DesignDoc read = READER.read(run.out).document();
      assertEquals(before.toBuilder().status(status).build(), read, doc.toString());
      List<AbstractDelta<String>> deltas = deltas(original, run.out);
      // A status stated only in the front matter is kept there as written; the body then states the new
      // one (the body wins when read), which is one added line.
      ReadResult beforeRead = READER.read(original);
      boolean inBody = before.status().isPresent() && beforeRead.sourceMap().range("/status").map(r -> r.offset()
          >= beforeRead.sourceMap().range("/frontMatter").map(f -> f.end()).orElse(0)).orElse(false);
      boolean ok = deltas.size() == 1 && (inBody
          ? deltas.get(0).getType() == DeltaType.CHANGE && deltas.get(0).getSource().size() == 1
              && deltas.get(0).getTarget().size() == 1
          : deltas.get(0).getType() == DeltaType.INSERT && deltas.get(0).getTarget().size() <= 2);
      if (!ok) {
        failures.add(doc.getFileName() + ": " + deltas);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void corpusAddedRevisionsAndOpenIssuesOnlyAddLines() throws Exception {
    List<String> failures = new ArrayList<>();
    int replacedNone = 0;
    for (Path doc : Cli.corpus()) {
      String original = Files.readString(doc);
      DesignDoc before = READER.read(original).document();
      Cli revision = Cli.run("edit", doc.toString(), "--add-revision", "2026-03-01", "Ada", "Approved");
      assertEquals(0, revision.code, doc + ": " + revision.err);
      assertEquals(before.toBuilder().revision("2026-03-01", "Ada", "Approved").build(),
          READER.read(revision.out).document(), doc.toString());
      // A history with no table yet (prose, a comment, or dated bullets the reader keeps as its introduction)
      // gets one: its header, delimiter row and the row, after a blank line; no other line changes.
      int allowed = !before.hasSection(io.github.designdoc.SectionKind.REVISION_HISTORY) ? 8
          : before.sections(io.github.designdoc.RevisionHistory.class).stream().allMatch(h -> h.items().isEmpty())
              ? 4 : 3;
      onlyInserts(doc + " --add-revision", original, revision.out, allowed, failures);

      Cli issue = Cli.run("edit", doc.toString(), "--add-open-issue", "Who owns the rollout?");
      assertEquals(0, issue.code, doc + ": " + issue.err);
      // An issue added where the section only says there is none ("- None.") takes that line's place: the
      // doc no longer says there is none, so that is one changed line, not an added one.
      DesignDoc saidNone = EditCommand.withoutNone(before);
      assertEquals(saidNone.toBuilder().openIssue("Who owns the rollout?").build(), READER.read(issue.out).document(),
          doc.toString());
      if (saidNone.equals(before)) {
        onlyInserts(doc + " --add-open-issue", original, issue.out,
            before.hasSection(io.github.designdoc.SectionKind.OPEN_ISSUES) ? 3 : 8, failures);
      } else {
        replacedNone++;
        List<AbstractDelta<String>> deltas = deltas(original, issue.out);
        if (!(deltas.size() == 1 && deltas.get(0).getType() == DeltaType.CHANGE
            && deltas.get(0).getSource().size() == 1 && deltas.get(0).getTarget().size() == 1
            && deltas.get(0).getTarget().getLines().get(0).contains("[ ] Who owns the rollout?"))) {
          failures.add(doc + " --add-open-issue (in place of None.): " + deltas);
        }
      }
    }
    assertTrue(replacedNone > 0, "no corpus doc says it has no open issue");
    assertEquals(List.of(), failures);
  }

  @Test
  void anIssueAddedWhereTheDocSaysNoneReplacesThatLine() throws Exception {
    String none = DOC.replace("- [ ] Retention period?\n- [ ] Who may read it?\n", "* None.\n\n## Notes\n\nMore.\n");
    Path file = write("none.md", none);
    Cli run = Cli.run("edit", file.toString(), "--add-open-issue", "Retention period?", "--add-open-issue", "Keys?");
    assertEquals(0, run.code, run.err);
    assertEquals(none.replace("* None.\n", "* [ ] Retention period?\n* [ ] Keys?\n"), run.out);
    assertEquals(List.of(OpenIssue.open("Retention period?"), OpenIssue.open("Keys?")),
        READER.read(run.out).document().openIssues());
  }

  private static void onlyInserts(String what, String before, String after, int allowed, List<String> failures) {
    List<AbstractDelta<String>> deltas = deltas(before, after);
    int added = deltas.stream().mapToInt(d -> d.getTarget().size()).sum();
    boolean ok = !deltas.isEmpty() && deltas.stream().allMatch(d -> d.getType() == DeltaType.INSERT)
        && added <= allowed;
    if (!ok) {
      failures.add(what + ": " + deltas);
    }
  }

  @Test
  void corpusResolvingAnOpenIssueChangesOneLine() throws Exception {
    int resolved = 0;
    List<String> failures = new ArrayList<>();
    for (Path doc : Cli.corpus()) {
      String original = Files.readString(doc);
      DesignDoc before = READER.read(original).document();
      Optional<OpenIssue> open = before.openIssues().stream().filter(OpenIssue::isOpen).findFirst();
      if (open.isEmpty()) {
        continue;
      }
      String prefix = open.get().text().strip().lines().findFirst().orElseThrow();
      prefix = prefix.substring(0, Math.min(prefix.length(), 20));
      Cli run = Cli.run("edit", doc.toString(), "--resolve-open-issue", prefix);
      assertEquals(0, run.code, doc + ": " + run.err);
      assertEquals(EditCommand.resolve(before, prefix, doc.toString()), READER.read(run.out).document(), doc.toString());
      List<AbstractDelta<String>> deltas = deltas(original, run.out);
      if (!(deltas.size() == 1 && deltas.get(0).getType() == DeltaType.CHANGE
          && deltas.get(0).getSource().size() == 1 && deltas.get(0).getTarget().size() == 1)) {
        failures.add(doc.getFileName() + ": " + deltas);
      }
      resolved++;
    }
    assertTrue(resolved > 0, "no corpus doc has an open issue");
    assertEquals(List.of(), failures);
  }

  @Test
  void theCanonicalTemplateStaysCanonicalUnderEdits() {
    String template = MarkdownWriter.create().write(DesignDoc.template());
    Cli run = Cli.runWithInput(template, "edit", "-", "--status", "Approved");
    assertEquals(0, run.code, run.err);
    List<AbstractDelta<String>> deltas = deltas(template, run.out);
    assertEquals(1, deltas.size(), deltas.toString());
    assertEquals(DeltaType.CHANGE, deltas.get(0).getType());
  }
}
