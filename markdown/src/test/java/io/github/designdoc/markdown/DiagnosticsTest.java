package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.designdoc.CodeContract;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.HttpContract;
import io.github.designdoc.HttpResponse;
import io.github.designdoc.Location;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The documented diagnostic codes, each with its severity and where it points. */
class DiagnosticsTest {
  private static final MarkdownReader READER = MarkdownReader.create();

  private static List<Diagnostic> diagnostics(String markdown, String code) {
    ReadResult result = READER.read(markdown);
    return result.diagnostics().stream().filter(d -> d.code().equals(code)).collect(Collectors.toList());
  }

  private static void assertOne(String markdown, String code, Severity severity, int line, int column) {
    List<Diagnostic> found = diagnostics(markdown, code);
    assertEquals(1, found.size(), () -> READER.read(markdown).diagnostics().toString());
    assertEquals(severity, found.get(0).severity());
    assertEquals(Location.at(line, column), found.get(0).location());
  }

  @Test
  void contentBeforeTheTitle() {
    assertOne("<!-- generated -->\n\n# Title\n", "MD006", Severity.INFO, 1, 1);
  }

  @Test
  void unknownAndDuplicateSections() {
    assertOne("# T\n\n## Goals\n\nG.\n", "MD007", Severity.INFO, 3, 1);
    assertOne("# T\n\n## Overview\n\nA.\n\n## Summary\n\nB.\n", "MD008", Severity.INFO, 7, 1);
  }

  @Test
  void untypedContentAndCodeContracts() {
    assertOne("# T\n\n## Security Considerations\n\n- One\n\nA remark.\n", "MD009", Severity.INFO, 7, 1);
    assertOne("# T\n\n## API Contracts\n\n```json\n{ \"op\": \"x\" }\n```\n", "MD010", Severity.INFO, 5, 1);
  }

  @Test
  void aCodeContractThatStatesAnEndpointIsNotReportedUntyped() {
    String markdown = "# T\n\n## API Contracts\n\n```\nGET /x\nResponse 200:\n  OK\n```\n";
    assertEquals(List.of(), diagnostics(markdown, "MD010"));
    CodeContract code = (CodeContract) READER.read(markdown).document().apiContracts().get(0);
    assertEquals("GET /x", code.endpoints().get(0).method() + " " + code.endpoints().get(0).path());
    assertEquals(List.of(HttpResponse.of("200", "")), code.endpoints().get(0).responses());
  }

  @Test
  void anHttpBlockWithNoBlankLineBeforeItsResponseIsTyped() {
    String markdown = "# T\n\n## API Contracts\n\n```\nGET /x\nResponse:\n  200 OK\n```\n";
    assertEquals(List.of(), diagnostics(markdown, "MD010"));
    HttpContract http = (HttpContract) READER.read(markdown).document().apiContracts().get(0);
    assertEquals("GET", http.method());
    assertEquals("/x", http.path());
    assertEquals(List.of(HttpResponse.of("200", "OK")), http.responses());
  }

  @Test
  void frontMatterValues() {
    assertOne("---\nstatus: implementable\n---\n# T\n", "MD011", Severity.INFO, 1, 1);
  }

  @Test
  void multiLineHeadings() {
    assertOne("# T\n\nSecurity\nConsiderations\n---\n\n- x\n", "MD012", Severity.INFO, 3, 1);
    assertEquals(List.of("x"), READER.read("# T\n\nSecurity\nConsiderations\n---\n\n- x\n").document()
        .securityConsiderations());
  }

  @Test
  void unclosedBlocksAtTheEnd() {
    assertOne("# T\n\n## Overview\n\n~~~~\ncode\n", "MD014", Severity.WARNING, 5, 1);
  }
}
