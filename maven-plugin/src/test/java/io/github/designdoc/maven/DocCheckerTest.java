package io.github.designdoc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.Severity;
import io.github.designdoc.json.JsonWriter;
import io.github.designdoc.lint.Linter;
import io.github.designdoc.markdown.MarkdownReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocCheckerTest {
  private final DocChecker checker = new DocChecker(Linter.create());

  @TempDir
  Path dir;

  @Test
  void aCleanCanonicalDocHasNoFindings() throws IOException {
    Path doc = copy("clean-design.md");
    assertEquals(List.of(), checker.check(doc, "clean-design.md"));
  }

  @Test
  void aDocThatIsNotCanonicalIsAnErrorAtItsFirstDifferentLine() throws IOException {
    Path doc = copy("unformatted-design.md");
    List<Finding> findings = checker.check(doc, "docs/x.md");
    assertEquals(1, findings.size(), findings::toString);
    Finding finding = findings.get(0);
    assertEquals(DocChecker.NOT_CANONICAL, finding.code());
    assertEquals(Severity.ERROR, finding.severity());
    List<String> lines = Files.readAllLines(doc);
    assertEquals("|orderId|string|The order's identifier|", lines.get(finding.line() - 1));
    assertTrue(finding.toString().startsWith("docs/x.md:" + finding.line() + ":1: error not-canonical "),
        finding::toString);
  }

  @Test
  void formatRewritesToTheCanonicalFormWhichThenChecksClean() throws IOException {
    Path doc = copy("unformatted-design.md");
    List<Finding> findings = new ArrayList<>();
    assertEquals(DocChecker.Formatted.REWRITTEN, checker.format(doc, "x.md", findings));
    assertEquals(List.of(), findings);
    assertEquals(resource("formatted-design.md"), Files.readString(doc));
    assertEquals(DocChecker.Formatted.UNCHANGED, checker.format(doc, "x.md", findings));
    assertEquals(List.of(), checker.check(doc, "x.md"));
  }

  @Test
  void crlfAndTheByteOrderMarkSurviveFormatting() throws IOException {
    String crlf = "\uFEFF" + resource("unformatted-design.md").replace("\n", "\r\n");
    Path doc = Files.writeString(dir.resolve("crlf.md"), crlf);
    assertEquals(DocChecker.Formatted.REWRITTEN, checker.format(doc, "crlf.md", new ArrayList<>()));
    assertEquals("\uFEFF" + resource("formatted-design.md").replace("\n", "\r\n"), Files.readString(doc));
    assertEquals(List.of(), checker.check(doc, "crlf.md"));
  }

  @Test
  void aReadOnlyDocIsNotFormatted() throws IOException {
    Path doc = copy("unformatted-design.md");
    Files.setPosixFilePermissions(doc, PosixFilePermissions.fromString("r--r--r--"));
    List<Finding> findings = new ArrayList<>();
    assertEquals(DocChecker.Formatted.FAILED, checker.format(doc, "x.md", findings));
    assertEquals(resource("unformatted-design.md"), Files.readString(doc));
    assertEquals(1, findings.size(), findings::toString);
    assertTrue(findings.get(0).toString().startsWith("x.md: error io not rewritten: "), findings::toString);
  }

  @Test
  void invalidUtf8IsALocatedErrorNotAnException() throws IOException {
    byte[] bytes = "# Design Document\n\n## For X\n\nbad \u00e9\n".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, broken, 0, bytes.length);
    broken[bytes.length - 1] = (byte) 0xFF;
    broken[bytes.length] = '\n';
    Path doc = Files.write(dir.resolve("bad.md"), broken);
    List<Finding> findings = checker.check(doc, "bad.md");
    assertTrue(findings.stream().anyMatch(f -> f.severity() == Severity.ERROR && f.line() == 5), findings::toString);
    List<Finding> formatFindings = new ArrayList<>();
    assertEquals(DocChecker.Formatted.FAILED, checker.format(doc, "bad.md", formatFindings));
    assertFalse(formatFindings.isEmpty());
  }

  @Test
  void aMissingFileIsAnIoError() {
    List<Finding> findings = checker.check(dir.resolve("missing.md"), "missing.md");
    assertEquals(1, findings.size(), findings::toString);
    assertEquals(DocChecker.IO, findings.get(0).code());
    assertEquals(0, findings.get(0).line());
  }

  @Test
  void jsonDocsAreReadAsDesignDocJson() throws IOException {
    Path md = copy("clean-design.md");
    String json = JsonWriter.create().write(MarkdownReader.create().read(md).document());
    Path doc = Files.writeString(dir.resolve("design.json"), json);
    assertEquals(List.of(), checker.check(doc, "design.json"));

    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": \"2.0\",\n \"title\": 42}\n");
    List<Finding> findings = checker.check(broken, "broken.json");
    assertTrue(findings.stream().anyMatch(f -> f.severity() == Severity.ERROR && f.line() > 0), findings::toString);
  }

  @Test
  void keepStyleAppliesTheOriginalsLineEndsAndByteOrderMark() {
    assertEquals("a\r\nb\r\n", DocChecker.keepStyle("x\r\ny\r\n", "a\nb\n"));
    assertEquals("a\r\nb\r\n", DocChecker.keepStyle("x\r\ny\r\n", "a\r\nb\r\n"));
    assertEquals("a\nb\n", DocChecker.keepStyle("x\r\ny\n", "a\nb\n"));
    assertEquals("\uFEFFa\n", DocChecker.keepStyle("\uFEFFx\n", "a\n"));
    assertEquals("\uFEFFa\n", DocChecker.keepStyle("\uFEFFx\n", "\uFEFFa\n"));
  }

  @Test
  void firstDifferentLine() {
    assertEquals(1, DocChecker.firstDifferentLine("a\nb\n", "x\nb\n"));
    assertEquals(2, DocChecker.firstDifferentLine("a\nb\n", "a\nc\n"));
    assertEquals(3, DocChecker.firstDifferentLine("a\nb\n", "a\nb\nc\n"));
  }

  private Path copy(String name) throws IOException {
    return Files.writeString(dir.resolve(name), resource(name));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DocCheckerTest.class.getResourceAsStream("/docs/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
