package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.CustomSection;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.Location;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.ReadResult;
import io.github.designdoc.SectionKind;
import io.github.designdoc.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry points, strictness, diagnostics and the writer's refusals. */
class ApiTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();

  @Test
  void everyEntryPointReadsTheSame(@TempDir Path dir) throws IOException {
    String template = TemplateTest.resource("template.md");
    Path file = dir.resolve("design.md");
    Files.writeString(file, template, StandardCharsets.UTF_8);
    ReadResult expected = READER.read(template);
    assertEquals(expected, READER.read(new StringReader(template)));
    assertEquals(expected, READER.read(file));
    assertEquals(expected, READER.read(new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void byteOrderMarkAndCrlfAreTolerated() throws IOException {
    String template = TemplateTest.resource("template.md");
    byte[] bytes = ("\uFEFF" + template.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
    ReadResult crlf = READER.read(new ByteArrayInputStream(bytes));
    assertEquals(READER.read(template).document(), crlf.document());
    assertEquals(READER.read(template).diagnostics(), crlf.diagnostics());
    // positions count the text as given: the mark and each CR
    assertEquals(new io.github.designdoc.TextRange(3, 1, 1 + "# Design Document\r\n\r\n".length(), "## For <Feature Name>".length()),
        crlf.sourceMap().range("/title").orElseThrow());
  }

  @Test
  void strictReadingThrowsOnlyOnErrorsAndCarriesTheDiagnostics() {
    MarkdownReader strict = MarkdownReader.builder().strict(true).maxNestingDepth(5).build();
    String unknown = "# T\n\n## Goals\n\nText.\n";
    ReadResult result = strict.read(unknown);
    assertEquals(List.of(Diagnostic.info("MD007", "section \"Goals\" is not a known section; kept as a custom section",
        Location.at(3, 1))), result.diagnostics());
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class, () -> strict.read("# T\n\n> > > > > > x\n"));
    assertEquals("MD002", e.errors().get(0).code());
    assertTrue(e.getMessage().startsWith("line 3, column "), e.getMessage());
  }

  @Test
  void untypedContentIsKeptWithAnInfoAtItsPlace() {
    ReadResult result = READER.read("# T\n\n## Open Issues\n\n- [ ] One\n\nA closing remark.\n");
    assertEquals(List.of(OpenIssue.open("One")), result.document().openIssues());
    assertEquals(java.util.Optional.of("A closing remark."),
        result.document().sections(io.github.designdoc.OpenIssues.class).get(0).notes());
    Diagnostic info = result.diagnostics().get(0);
    assertEquals(Severity.INFO, info.severity());
    assertEquals("MD009", info.code());
    assertEquals(Location.at(7, 1), info.location());
  }

  @Test
  void readersAreSafeToShare() throws Exception {
    String template = TemplateTest.resource("template.md");
    ReadResult expected = READER.read(template);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ReadResult>> results = pool.invokeAll(java.util.Collections.nCopies(32, () -> READER.read(template)));
      for (Future<ReadResult> r : results) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void nullsAndBadSettingsAreRejectedWithNames() {
    NullPointerException npe = assertThrows(NullPointerException.class, () -> READER.read((String) null));
    assertEquals("markdown must not be null", npe.getMessage());
    assertThrows(NullPointerException.class, () -> WRITER.write(null));
    assertThrows(IllegalArgumentException.class, () -> MarkdownReader.builder().maxInputLength(0));
    assertThrows(IllegalArgumentException.class, () -> MarkdownReader.builder().alias("Meta", SectionKind.CUSTOM));
    assertThrows(IllegalArgumentException.class, () -> MarkdownReader.builder().alias(" : ", SectionKind.OVERVIEW));
  }

  @Test
  void writerEntryPointsWriteTheSame(@TempDir Path dir) throws IOException {
    DesignDoc doc = DesignDoc.template();
    StringWriter out = new StringWriter();
    WRITER.write(doc, out);
    assertEquals(WRITER.write(doc), out.toString());
    Path file = dir.resolve("out.md");
    WRITER.write(doc, file);
    assertEquals(WRITER.write(doc), Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void trickyTitlesAndHeadingsReadBack() {
    for (String text : List.of("For x", "C#", "x #", "#", "## x ##", "Overview", "a <!-- designdoc:overview -->")) {
      DesignDoc doc = DesignDoc.builder().title(text).section(text, "Body.")
          .requestFlow(f -> f.name(text).step("s")).build();
      String written = WRITER.write(doc);
      assertEquals(doc, READER.read(written).document(), written);
    }
  }

  @Test
  void headingsThatWouldReadAsAnotherSectionGetAMarker() {
    DesignDoc doc = DesignDoc.builder().title("T")
        .section(io.github.designdoc.Overview.builder().heading("Why we build it").text("Body.").build())
        .section(CustomSection.of("Open Issues", "Not the real ones."))
        .section(io.github.designdoc.SecurityConsiderations.builder().intro("Intro.\n\n- a list").addItem("x")
            .build())
        .build();
    String written = WRITER.write(doc);
    assertTrue(written.contains("## Why we build it <!-- designdoc:overview -->"), written);
    assertTrue(written.contains("## Open Issues <!-- designdoc:custom -->"), written);
    assertTrue(written.contains("- a list\n\n<!-- designdoc:begin -->\n\n- x"), written);
    assertEquals(doc, READER.read(written).document());
  }

  @Test
  void valuesMarkdownCannotHoldAreRefusedNotMangled() {
    assertThrows(IllegalArgumentException.class,
        () -> WRITER.write(DesignDoc.builder().title("T").section("Notes", "Text\n\n# Not a subsection").build()));
    assertThrows(IllegalArgumentException.class,
        () -> WRITER.write(DesignDoc.builder().title("T").overview("```\nunclosed").build()));
    assertThrows(IllegalArgumentException.class,
        () -> WRITER.write(DesignDoc.builder().title("T").metadata("Version", "2").build()));
    assertThrows(IllegalArgumentException.class,
        () -> WRITER.write(DesignDoc.builder().title("T").frontMatter("a: 1\n---\nb: 2").build()));
    assertThrows(IllegalArgumentException.class, () -> WRITER.write(DesignDoc.builder().title("T")
        .metadata("Status", "Done").build()));
    assertThrows(IllegalArgumentException.class, () -> WRITER.write(DesignDoc.builder().title("T")
        .frontMatter("status: Approved").build()));
    DesignDoc fine = DesignDoc.builder().title("T").version("1").metadata("Version", "2").build();
    assertEquals(fine, READER.read(WRITER.write(fine)).document());
    assertFalse(WRITER.write(fine).contains("designdoc:"));
    DesignDoc subsections = DesignDoc.builder().title("T").section("Notes", "Text\n\n## A subsection").build();
    String written = WRITER.write(subsections);
    assertTrue(written.contains("\n# Notes\n"), written);
    assertEquals(subsections, READER.read(written).document());
  }
}
