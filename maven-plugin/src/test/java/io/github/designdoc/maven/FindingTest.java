package io.github.designdoc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.designdoc.Severity;
import org.junit.jupiter.api.Test;

class FindingTest {

  @Test
  void printsFileLineColumnSeverityCodeAndMessage() {
    assertEquals("docs/a.md:12:3: warning placeholder placeholder text '<author>'",
        new Finding("docs/a.md", 12, 3, Severity.WARNING, "placeholder", "placeholder text '<author>'").toString());
    assertEquals("docs/a.md:4:1: error x m", new Finding("docs/a.md", 4, 0, Severity.ERROR, "x", "m").toString());
  }

  @Test
  void aFindingWithoutAPlaceNamesOnlyTheFile() {
    assertEquals("docs/a.md: error io cannot read: NoSuchFileException: docs/a.md",
        new Finding("docs/a.md", 0, 0, Severity.ERROR, "io", "cannot read: NoSuchFileException: docs/a.md")
            .toString());
  }
}
