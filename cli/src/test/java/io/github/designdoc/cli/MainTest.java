package io.github.designdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.json.JsonReader;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each command in-process. */
class MainTest {
  @TempDir
  Path dir;

  /** What a run printed and how it ended. */
  static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }
  }

  static Run runWithInput(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return runWithInput("", args);
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String canonical(DesignDoc doc) {
    return MarkdownWriter.create().write(doc);
  }

  private static void assertOneLineError(Run run) {
    assertEquals(2, run.code, run.err);
    assertEquals("", run.out);
    assertTrue(run.err.startsWith("designdoc: "), run.err);
    assertFalse(run.err.contains("\tat "), "no stack trace: " + run.err);
  }

  @Test
  void fmtPrintsTheCanonicalMarkdown() throws Exception {
    Path file = write("doc.md", "# Audit Log\n\nStatus: Draft\n\n## Summary\n\nAppend-only log.\n");
    Run run = run("fmt", file.toString());
    assertEquals(0, run.code, run.err);
    DesignDoc doc = MarkdownReader.create().read(file).document();
    assertEquals(canonical(doc).endsWith("\n") ? canonical(doc) : canonical(doc) + "\n", run.out);
    assertTrue(run.out.startsWith("# Design Document\n\n## For Audit Log\n"), run.out);
  }

  @Test
  void fmtReadsStandardInput() {
    Run run = runWithInput("# Audit Log\n\n## Summary\n\nLog.\n", "fmt", "-");
    assertEquals(0, run.code, run.err);
    assertTrue(run.out.contains("## For Audit Log"), run.out);
  }

  @Test
  void fmtCheckTellsWhetherTheFileIsCanonical() throws Exception {
    Path messy = write("messy.md", "# Audit Log\n\n## Summary\n\nLog.\n");
    Run run = run("fmt", "--check", messy.toString());
    assertEquals(1, run.code);
    assertTrue(run.out.contains("not canonical"), run.out);

    Path clean = write("clean.md", canonical(DesignDoc.template()));
    assertEquals(0, run("fmt", "--check", clean.toString()).code);
  }

  @Test
  void fmtWriteRewritesInPlace() throws Exception {
    Path messy = write("messy.md", "# Audit Log\n\n## Summary\n\nLog.\n");
    Run run = run("fmt", "--write", messy.toString());
    assertEquals(0, run.code, run.err);
    assertEquals("", run.out);
    assertEquals(0, run("fmt", "--check", messy.toString()).code);
    try (var files = Files.list(dir)) {
      assertEquals(List.of(messy), files.collect(java.util.stream.Collectors.toList()), "no temporary file left");
    }
  }

  @Test
  void fmtCheckAndWriteExcludeEachOther() throws Exception {
    Path file = write("doc.md", "# A\n");
    assertOneLineError(run("fmt", "--check", "--write", file.toString()));
  }

  @Test
  void convertMarkdownToJsonAndBack() throws Exception {
    Path md = write("doc.md", canonical(DesignDoc.template()));
    Run toJson = run("convert", md.toString());
    assertEquals(0, toJson.code, toJson.err);
    assertEquals(DesignDoc.template(), JsonReader.create().read(toJson.out));

    Path json = dir.resolve("doc.json");
    assertEquals(0, run("convert", md.toString(), "-o", json.toString()).code);
    Run back = run("convert", json.toString());
    assertEquals(0, back.code, back.err);
    assertEquals(canonical(DesignDoc.template()).strip(), back.out.strip());

    Run explicit = runWithInput(toJson.out, "convert", "-", "--to", "markdown");
    assertEquals(back.out, explicit.out);
  }

  @Test
  void convertRejectsInvalidJsonInOneLine() throws Exception {
    Path json = write("bad.json", "{\"formatVersion\": \"1.0\", \"title\": 42}");
    assertOneLineError(run("convert", json.toString()));
    assertOneLineError(run("convert", write("doc.md", "# A\n").toString(), "--to", "yaml"));
  }

  @Test
  void lintReportsFindingsWithPathsAndASummary() throws Exception {
    Path template = write("template.md", canonical(DesignDoc.template()));
    Run run = run("lint", template.toString());
    assertEquals(0, run.code, run.out + run.err);
    assertTrue(run.out.contains(template + ":0:0: warning placeholder title still holds the template placeholder "
        + "'<Feature Name>' (/title)"), run.out);
    String summary = run.out.strip().lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(summary.matches("1 file: 0 errors, 7 warnings, \\d+ infos"), summary);
  }

  @Test
  void lintExitsOneOnErrorsAndReadsFolders() throws Exception {
    write("a.md", canonical(DesignDoc.builder().title("A").status("Approved").openIssue("Open").build()));
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.md"), canonical(DesignDoc.template()));
    Files.writeString(dir.resolve("sub/ignored.txt"), "not a doc");
    Run run = run("lint", dir.toString());
    assertEquals(1, run.code, run.out);
    assertTrue(run.out.contains("error approved-with-open-issues"), run.out);
    assertTrue(run.out.contains("2 files: 1 errors"), run.out);
  }

  @Test
  void lintWritesJson() throws Exception {
    Path template = write("template.md", canonical(DesignDoc.template()));
    Run run = run("lint", "--format", "json", template.toString());
    assertEquals(0, run.code);
    tools.jackson.databind.JsonNode array = tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out);
    List<tools.jackson.databind.JsonNode> findings = new java.util.ArrayList<>();
    array.forEach(node -> {
      if (!node.get("severity").asString().equals("info")) {
        findings.add(node);
      }
    });
    assertEquals(7, findings.size(), run.out);
    assertEquals("placeholder", findings.get(0).get("code").asString());
    assertEquals("/title", findings.get(0).get("pointer").asString());
    assertEquals(template.toString(), findings.get(0).get("file").asString());
    assertEquals("warning", findings.get(0).get("severity").asString());
  }

  @Test
  void lintReportsInvalidJsonAsAnError() throws Exception {
    Path json = write("bad.json", "{");
    Run run = run("lint", json.toString());
    assertEquals(1, run.code, run.out + run.err);
    assertTrue(run.out.contains(json + ":1:"), run.out);
  }

  @Test
  void newPrintsTheTemplateWithTheGivenParts() {
    Run run = run("new", "--title", "Search", "--author", "Ada", "--author", "Grace", "--status", "Draft",
        "--date", "2026-01-02");
    assertEquals(0, run.code, run.err);
    DesignDoc doc = MarkdownReader.create().read(run.out).document();
    assertEquals("Search", doc.title());
    assertEquals(List.of("Ada", "Grace"), doc.authors());
    assertEquals("Draft", doc.status().orElseThrow().text());
    assertEquals("2026-01-02", doc.date().orElseThrow().text());
    assertEquals(DesignDoc.template().components(), doc.components());
    assertOneLineError(run("new", "--title", " "));
  }

  @Test
  void schemaPrintsTheJsonSchema() {
    Run run = run("schema");
    assertEquals(0, run.code);
    assertEquals(io.github.designdoc.json.JsonFormat.schema().strip(), run.out.strip());
  }

  @Test
  void usageErrorsAndMissingFilesExitTwoWithOneLine() {
    assertOneLineError(run("fmt", dir.resolve("missing.md").toString()));
    assertOneLineError(run("lint", dir.resolve("missing.md").toString()));
    assertOneLineError(run("convert"));
    assertOneLineError(run("frobnicate"));
    assertOneLineError(run("fmt", "--bogus", "x.md"));
    assertOneLineError(run(new String[0]));
  }

  @Test
  void invalidUtf8IsAUsageError() throws Exception {
    Path file = dir.resolve("bad.md");
    Files.write(file, new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28});
    Run run = run("fmt", file.toString());
    assertOneLineError(run);
    assertTrue(run.err.contains("not valid UTF-8"), run.err);
  }

  @Test
  void helpAndVersion() {
    for (String command : List.of("fmt", "convert", "lint", "new", "schema")) {
      Run run = run(command, "--help");
      assertEquals(0, run.code, command);
      assertTrue(run.out.startsWith("Usage: designdoc " + command), run.out);
    }
    Run version = run("--version");
    assertEquals(0, version.code);
    assertTrue(version.out.startsWith("designdoc "), version.out);
  }
}
