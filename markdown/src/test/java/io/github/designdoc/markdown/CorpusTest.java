package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.ApiContract;
import io.github.designdoc.Component;
import io.github.designdoc.DataModel;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.ItemSection;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.ReadResult;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.Revision;
import io.github.designdoc.Section;
import io.github.designdoc.TestingEntry;
import io.github.designdoc.TextRange;
import io.github.designdoc.lint.Linter;
import io.github.designdoc.markdown.internal.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real design documents from the folder named by the system property {@code designdoc.corpus}: for each,
 * {@code format} keeps the heading sequence (text and level), loses no word and is a fixed point; a
 * rewrite of the unedited read gives the original bytes; the title is not a section name; every
 * source-map range holds its part's value; {@code write} of the read document reads back equal; every
 * lint finding has a line.
 */
class CorpusTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();
  private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
  private static final Settings SETTINGS = new Settings(1 << 24, 100, 1_000_000, Map.of());

  static List<Path> corpus() throws IOException {
    String folder = System.getProperty("designdoc.corpus", "");
    Assumptions.assumeTrue(!folder.isBlank() && Files.isDirectory(Path.of(folder)),
        "designdoc.corpus not set: corpus tests skipped");
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
    }
  }

  /** Every heading of the Markdown, nested ones included: level and rendered text, in order. */
  static List<String> headings(String markdown) {
    List<String> out = new ArrayList<>();
    PARSER.parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        out.add(heading.getLevel() + " " + TEXT.render(heading).strip());
      }
    });
    return out;
  }

  @Test
  void formatKeepsEveryHeadingAndWordAndRewriteKeepsEveryByte() throws IOException {
    List<Path> docs = corpus();
    assertTrue(docs.size() > 0, "the corpus folder holds no .md files");
    List<String> problems = new ArrayList<>();
    int changed = 0;
    int findings = 0;
    int ranges = 0;
    for (Path file : docs) {
      String name = file.getFileName().toString();
      String source = Files.readString(file, StandardCharsets.UTF_8);
      ReadResult result = READER.read(file);
      DesignDoc doc = result.document();
      String formatted = WRITER.format(source, result);
      changed += formatted.equals(source) ? 0 : 1;
      if (!headings(formatted).equals(headings(source))) {
        problems.add(name + ": format changed the headings");
      }
      if (!Words.lost(source, formatted).isEmpty()) {
        problems.add(name + ": format lost words " + Words.lost(source, formatted));
      }
      if (!WRITER.format(formatted, READER.read(formatted)).equals(formatted)) {
        problems.add(name + ": format is not a fixed point");
      }
      if (!READER.read(formatted).document().equals(doc)) {
        problems.add(name + ": the formatted document reads back different");
      }
      if (!WRITER.rewrite(source, result, doc).equals(source)) {
        problems.add(name + ": rewrite of the unedited read changed bytes");
      }
      if (SETTINGS.headings().namesSection(doc.title())) {
        problems.add(name + ": the title is a section name: " + doc.title());
      }
      String written = WRITER.write(doc);
      if (!READER.read(written).document().equals(doc)) {
        problems.add(name + ": write does not read back equal");
      }
      for (Diagnostic d : Linter.create().lint(result)) {
        findings++;
        if (d.location().line() < 1) {
          problems.add(name + ": lint finding without a line: " + d);
        }
      }
      for (Map.Entry<String, String> e : values(doc).entrySet()) {
        ranges++;
        TextRange range = result.sourceMap().range(e.getKey()).orElse(null);
        if (range == null) {
          problems.add(name + ": no range for " + e.getKey());
        } else if (!source.substring(range.offset(), range.end()).contains(e.getValue())) {
          problems.add(name + ": the range of " + e.getKey() + " (" + range + ") does not hold \"" + e.getValue() + "\"");
        }
      }
    }
    System.out.printf("%d documents, %d changed by format, %d lint findings, %d source-map ranges checked%n",
        docs.size(), changed, findings, ranges);
    assertEquals(List.of(), problems);
  }

  /** The first word of a text, or the text when it has none. */
  static String word(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
    return m.find() ? m.group() : text.strip();
  }

  /** Pointers of the parts that must have a range, with a word each range must hold. */
  static Map<String, String> values(DesignDoc doc) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    out.put("/title", doc.title().equals("Untitled") ? "" : word(doc.title()));
    doc.status().ifPresent(s -> out.put("/status", word(s.text())));
    doc.date().ifPresent(d -> out.put("/date", word(d.text())));
    doc.version().ifPresent(v -> out.put("/version", word(v)));
    for (int i = 0; i < doc.authors().size(); i++) {
      out.put("/authors/" + i, word(doc.authors().get(i)));
    }
    for (int i = 0; i < doc.otherMetadata().size(); i++) {
      out.put("/otherMetadata/" + i, word(doc.otherMetadata().get(i).key()));
    }
    for (int i = 0; i < doc.sections().size(); i++) {
      Section s = doc.sections().get(i);
      String at = "/sections/" + i;
      out.put(at, word(s.title()));
      out.put(at + "/heading", word(s.heading().orElse(s.title())));
      if (s instanceof ItemSection) {
        List<?> items = ((ItemSection<?>) s).items();
        for (int j = 0; j < items.size(); j++) {
          String w = word(itemText(items.get(j)));
          if (!w.isEmpty()) {
            out.put(at + "/items/" + j, w);
          }
        }
      }
    }
    return out;
  }

  static String itemText(Object item) {
    if (item instanceof Component) {
      return ((Component) item).name();
    } else if (item instanceof RequestFlow) {
      return ((RequestFlow) item).name();
    } else if (item instanceof ApiContract) {
      ApiContract c = (ApiContract) item;
      return c.title().orElse(c instanceof io.github.designdoc.HttpContract
          ? ((io.github.designdoc.HttpContract) c).path() : ((io.github.designdoc.CodeContract) c).code().content());
    } else if (item instanceof DataModel) {
      DataModel m = (DataModel) item;
      return m.name().orElse(m.fields().isEmpty() ? m.schemas().isEmpty() ? "" : m.schemas().get(0).content()
          : m.fields().get(0).name());
    } else if (item instanceof TestingEntry) {
      return ((TestingEntry) item).label();
    } else if (item instanceof OpenIssue) {
      return ((OpenIssue) item).text();
    } else if (item instanceof Revision) {
      return ((Revision) item).changes();
    }
    return item.toString();
  }
}
