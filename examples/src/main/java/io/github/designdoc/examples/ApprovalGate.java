package io.github.designdoc.examples;

import io.github.designdoc.Diagnostic;
import io.github.designdoc.SectionKind;
import io.github.designdoc.Severity;
import io.github.designdoc.lint.LintRule;
import io.github.designdoc.lint.Linter;
import io.github.designdoc.markdown.MarkdownReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A CI gate: fails when an Approved document still has unresolved open issues, using the lint rule
 * {@code approved-with-open-issues} and nothing else.
 *
 * <p>Usage: {@code ApprovalGate [FOLDER]}, by default {@code examples/samples}. Exits 1 when any document
 * fails the gate.
 */
public final class ApprovalGate {
  private ApprovalGate() {}

  /** Checks every document; returns the number of findings. */
  static int check(Path folder) throws IOException {
    Linter linter = Linter.builder()
        .requiredSections(EnumSet.noneOf(SectionKind.class)) // this gate checks nothing else
        .build();
    MarkdownReader reader = MarkdownReader.create();
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
    }
    int failures = 0;
    for (Path file : files) {
      // Linting the read result, not just its document, locates each finding in the file.
      for (Diagnostic finding : linter.lint(reader.read(file))) {
        if (finding.code().equals(LintRule.APPROVED_WITH_OPEN_ISSUES.id()) && finding.severity() == Severity.ERROR) {
          System.out.println(file.getFileName() + ":" + finding.location().line() + ": " + finding.message());
          failures++;
        }
      }
    }
    System.out.println(failures == 0 ? "gate passed" : "gate failed: " + failures + " unresolved issue(s)");
    return failures;
  }

  /** Runs the gate and exits 1 on failure. */
  public static void main(String[] args) throws IOException {
    int failures = check(Path.of(args.length > 0 ? args[0] : "examples/samples"));
    if (failures > 0) {
      System.exit(1);
    }
  }
}
