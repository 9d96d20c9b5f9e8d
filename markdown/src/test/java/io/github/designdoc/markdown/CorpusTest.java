package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.ReadResult;
import io.github.designdoc.SectionKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real design documents from the folder named by the system property {@code designdoc.corpus}: each reads
 * leniently, its written form is a fixed point of one more read and write, and no word of its rendered
 * text is lost (words compared as multisets: each word at least as often in the output as in the source).
 * The printed table counts per document the known sections found, the custom sections, the known sections
 * whose content is all prose (nothing fits the typed shape), the blocks kept as untyped notes
 * ({@code MD009}) and the API blocks kept as code ({@code MD010}).
 */
class CorpusTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();

  static List<Path> corpus() throws IOException {
    String folder = System.getProperty("designdoc.corpus", "");
    Assumptions.assumeTrue(!folder.isBlank() && Files.isDirectory(Path.of(folder)),
        "designdoc.corpus not set: corpus tests skipped");
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void everyDocumentReadsAndWritesToAFixedPointWithoutLosingWords() throws IOException {
    List<Path> docs = corpus();
    assertTrue(docs.size() > 0, "the corpus folder holds no .md files");
    List<String> problems = new ArrayList<>();
    StringBuilder table = new StringBuilder(String.format("%-40s %5s %5s %6s %5s %7s %7s %5s%n",
        "document", "lost", "known", "custom", "prose", "untyped", "codeApi", "fixed"));
    int totalLost = 0;
    StringBuilder details = new StringBuilder();
    for (Path file : docs) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      ReadResult result = READER.read(file);
      DesignDoc doc = result.document();
      String written = WRITER.write(doc);
      DesignDoc again = READER.read(written).document();
      String rewritten = WRITER.write(again);
      boolean fixed = written.equals(rewritten) && doc.equals(again);
      Map<String, Integer> lost = Words.lost(source, written);
      int lostCount = lost.values().stream().mapToInt(Integer::intValue).sum();
      totalLost += lostCount;
      long known = Stream.of(SectionKind.values()).filter(k -> k != SectionKind.METADATA && doc.hasSection(k)).count();
      long untyped = result.diagnostics().stream().filter(d -> d.code().equals("MD009")).count();
      long codeApi = result.diagnostics().stream().filter(d -> d.code().equals("MD010")).count();
      long prose = Stream.of(SectionKind.values()).filter(k -> k != SectionKind.METADATA && doc.hasSection(k)
          && SectionWriter.project(doc, k).equals(SectionWriter.project(DesignDoc.builder().title("x")
              .sectionTexts(doc.sectionTexts()).build(), k))).count();
      table.append(String.format("%-40s %5d %5d %6d %5d %7d %7d %5s%n", file.getFileName(), lostCount, known,
          doc.customSections().size(), prose, untyped, codeApi, fixed ? "yes" : "NO"));
      result.diagnostics().stream().filter(d -> d.code().equals("MD009") || d.code().equals("MD010"))
          .forEach(d -> details.append(file.getFileName()).append(' ').append(d).append('\n'));
      result.diagnostics().stream().filter(d -> d.location().line() < 1 || d.location().column() < 1)
          .forEach(d -> problems.add(file.getFileName() + ": diagnostic without line and column: " + d));
      if (result.hasErrors()) {
        problems.add(file.getFileName() + ": errors " + result.diagnostics());
      }
      if (!fixed) {
        problems.add(file.getFileName() + ": not a fixed point");
      }
      if (lostCount > 0) {
        problems.add(file.getFileName() + ": lost words " + lost);
      }
    }
    table.append(String.format("%d documents, %d words lost in total%n", docs.size(), totalLost));
    System.out.print(table);
    System.out.print(details);
    assertEquals(List.of(), problems, table.toString());
  }
}
