package io.github.designdoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.json.JsonWriter;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code designdoc fmt}. */
class FmtCommandTest {
  @TempDir
  Path dir;

  private static final String MESSY_JSON = "{\"formatVersion\":\"2.0\",\"title\":\"Audit Log\"}";

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String formatted(String markdown) {
    return MarkdownWriter.create().format(markdown, MarkdownReader.create().read(markdown));
  }

  private static String canonicalJson(String json) {
    String text = JsonWriter.create().write(io.github.designdoc.json.JsonReader.create().read(json));
    return text.endsWith("\n") ? text : text + "\n";
  }

  @Test
  void printsWhatTheFaithfulFormatGives() throws Exception {
    String text = "# Audit Log\n\nStatus: Draft\n\n## Summary\n\nAppend-only log.\n";
    Path file = write("doc.md", text);
    Cli run = Cli.run("fmt", file.toString());
    assertEquals(0, run.code, run.err);
    assertEquals(formatted(text), run.out);
    assertTrue(run.out.contains("## Summary"), "the author's heading is kept: " + run.out);

    Cli stdin = Cli.runWithInput(text, "fmt", "-");
    assertEquals(run.out, stdin.out);
  }

  @Test
  void keepsLineEndingsTheByteOrderMarkAndAMissingFinalNewline() throws Exception {
    String lf = MarkdownWriter.create().write(DesignDoc.template());
    String crlf = "\uFEFF" + lf.replace("\n", "\r\n");
    Path file = dir.resolve("crlf.md");
    Files.write(file, crlf.getBytes(StandardCharsets.UTF_8));
    Cli run = Cli.run("fmt", file.toString());
    assertEquals(0, run.code, run.err);
    assertArrayEquals(crlf.getBytes(StandardCharsets.UTF_8), run.outBytes);
    assertEquals(0, Cli.run("fmt", "--check", file.toString()).code);

    Path noFinalNewline = write("last.md", lf.stripTrailing());
    Cli last = Cli.run("fmt", noFinalNewline.toString());
    assertEquals(lf.stripTrailing(), last.out);
  }

  @Test
  void formatsDesignDocJsonCanonically() throws Exception {
    Path json = write("doc.json", MESSY_JSON);
    Cli run = Cli.run("fmt", json.toString());
    assertEquals(0, run.code, run.err);
    assertEquals(canonicalJson(MESSY_JSON), run.out);
  }

  @Test
  void checkListsEveryFileNotFormattedAndExitsOne() throws Exception {
    Path clean = write("clean.json", canonicalJson(MESSY_JSON));
    Path messy = write("messy.json", MESSY_JSON);
    Path template = write("template.md", MarkdownWriter.create().write(DesignDoc.template()));
    Cli run = Cli.run("fmt", "--check", clean.toString(), messy.toString(), template.toString());
    assertEquals(1, run.code, run.out + run.err);
    assertEquals(messy + ": not canonical (run designdoc fmt --write " + messy + ")\n", run.out);
    assertEquals(0, Cli.run("fmt", "--check", clean.toString(), template.toString()).code);
  }

  @Test
  void checkDiffPrintsAUnifiedDiff() throws Exception {
    Path messy = write("messy.json", MESSY_JSON + "\n");
    Cli run = Cli.run("fmt", "--check", "--diff", messy.toString());
    assertEquals(1, run.code, run.err);
    List<String> lines = run.out.lines().collect(Collectors.toList());
    assertEquals("--- a/" + messy, lines.get(0));
    assertEquals("+++ b/" + messy, lines.get(1));
    assertTrue(lines.get(2).matches("@@ -1,1 \\+1,\\d+ @@"), lines.get(2));
    assertTrue(lines.contains("-" + MESSY_JSON), run.out);
    assertTrue(lines.contains("+  \"title\" : \"Audit Log\"") || lines.stream().anyMatch(l -> l.startsWith("+") && l.contains("Audit Log")),
        run.out);
    Cli implied = Cli.run("fmt", "--diff", messy.toString());
    assertEquals(run.out, implied.out);
    Cli.run("fmt", "--write", "--diff", messy.toString()).assertInputError();
  }

  @Test
  void writeRewritesOnlyWhatIsNotFormattedKeepingPermissions() throws Exception {
    Path messy = write("messy.json", MESSY_JSON);
    Files.setPosixFilePermissions(messy, PosixFilePermissions.fromString("rwxr-x---"));
    Path clean = write("clean.json", canonicalJson(MESSY_JSON));
    long cleanModified = Files.getLastModifiedTime(clean).toMillis();
    Cli run = Cli.run("fmt", "--write", messy.toString(), clean.toString());
    assertEquals(0, run.code, run.err);
    assertEquals("", run.out);
    assertEquals(canonicalJson(MESSY_JSON), Files.readString(messy));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(messy)));
    assertEquals(cleanModified, Files.getLastModifiedTime(clean).toMillis(), "a formatted file is not touched");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file left");
    }
  }

  @Test
  void writeRefusesAReadOnlyFileAndGoesOnWithTheOthers() throws Exception {
    Path readOnly = write("ro.json", MESSY_JSON);
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
    Path writable = write("rw.json", MESSY_JSON);
    Cli run = Cli.run("fmt", "--write", readOnly.toString(), writable.toString());
    assertEquals(2, run.code);
    assertEquals("designdoc: cannot write " + readOnly + ": the file is read-only\n", run.err);
    assertEquals(MESSY_JSON, Files.readString(readOnly));
    assertEquals(canonicalJson(MESSY_JSON), Files.readString(writable));
  }

  @Test
  void writeFollowsASymbolicLink() throws Exception {
    Path target = write("real/doc.json", MESSY_JSON);
    Path link = dir.resolve("link.json");
    Files.createSymbolicLink(link, target);
    assertEquals(0, Cli.run("fmt", "--write", link.toString()).code);
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(canonicalJson(MESSY_JSON), Files.readString(target));
  }

  @Test
  void takesManyFilesAndFoldersAndReportsEachFileItCannotRead() throws Exception {
    List<String> args = new ArrayList<>(List.of("fmt", "--check"));
    for (int i = 0; i < 12; i++) {
      args.add(write("docs/doc" + i + ".json", canonicalJson(MESSY_JSON.replace("Audit Log", "Doc " + i))).toString());
    }
    write("docs/sub/messy.json", MESSY_JSON);
    write("docs/package.json", "{\"name\": \"not a design doc\"}");
    args.add(dir.resolve("missing.md").toString());
    args.add(dir.resolve("docs/sub").toString());
    Cli run = Cli.run(args.toArray(new String[0]));
    assertEquals(2, run.code, run.out + run.err);
    assertEquals("designdoc: no such file: " + dir.resolve("missing.md") + "\n", run.err);
    assertEquals(dir.resolve("docs/sub/messy.json") + ": not canonical (run designdoc fmt --write "
        + dir.resolve("docs/sub/messy.json") + ")\n", run.out);

    Cli folder = Cli.run("fmt", "--check", dir.resolve("docs").toString());
    assertEquals(1, folder.code, folder.err);
    assertEquals(1, folder.out.lines().count(), "package.json is not a design doc: " + folder.out);
    Cli empty = Cli.run("fmt", "--check", Files.createDirectory(dir.resolve("empty")).toString());
    empty.assertInputError();
    assertTrue(empty.err.contains("no documents found"), empty.err);
  }

  @Test
  void checkAndWriteExcludeEachOtherAndWriteNeedsAFile() throws Exception {
    Path file = write("doc.md", "# A\n");
    Cli.run("fmt", "--check", "--write", file.toString()).assertInputError();
    Cli.runWithInput("# A\n", "fmt", "--write", "-").assertInputError();
  }
}
