package io.github.designdoc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.Diagnostic;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.HttpContract;
import io.github.designdoc.ReadResult;
import io.github.designdoc.SectionKind;
import io.github.designdoc.Severity;
import io.github.designdoc.lint.Linter;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The project's own design document, docs/design.md, is in the template's format, lints clean and is canonical. */
class ProjectDesignDocTest {
  private static final Path DESIGN = Path.of("docs", "design.md");

  @Test
  void readsLintsCleanAndIsCanonical() throws Exception {
    String text = Files.readString(DESIGN, StandardCharsets.UTF_8);
    ReadResult result = MarkdownReader.create().read(text);
    DesignDoc doc = result.document();

    List<Diagnostic> problems = result.diagnostics().stream().filter(d -> d.severity() != Severity.INFO)
        .collect(Collectors.toList());
    problems.addAll(Linter.create().lint(doc));
    assertEquals(List.of(), problems);

    assertEquals(text, MarkdownWriter.create().format(text, result),
        "docs/design.md is not canonical: run designdoc fmt --write");
    assertEquals(text, MarkdownWriter.create().write(doc), "docs/design.md is not in the template's look");
  }

  @Test
  void describesThisLibraryInTheTemplatesTerms() throws Exception {
    DesignDoc doc = MarkdownReader.create().read(DESIGN).document();
    assertEquals("DesignDoc for Java", doc.title());
    for (SectionKind kind : Linter.TEMPLATE_SECTIONS) {
      assertTrue(doc.hasSection(kind), kind.title());
    }
    List<String> modules = doc.components().stream().map(c -> c.name()).collect(Collectors.toList());
    assertTrue(modules.containsAll(List.of("designdoc-core", "designdoc-markdown", "designdoc-json",
        "designdoc-cli")), modules.toString());
    assertTrue(doc.requestFlows().size() >= 2);
    assertTrue(doc.apiContracts().stream().noneMatch(c -> c instanceof HttpContract));
    assertTrue(doc.dataModels().stream().anyMatch(m -> m.name().equals(java.util.Optional.of("DesignDoc"))));
  }
}
