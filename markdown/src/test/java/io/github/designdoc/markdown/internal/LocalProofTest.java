package io.github.designdoc.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.CustomSection;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.ItemSection;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.OpenIssues;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Section;
import io.github.designdoc.Status;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.testing.FuzzHook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The proof {@link Formatter#rewrite} relies on to skip reading the whole result: a rewrite it proves by
 * reading only the header and the section that changed ({@link Formatter#provenLocally}) reads back equal
 * as a whole. Edits of the template and the corpus ({@code -Ddesigndoc.corpus}) set the status or the
 * title, add an open issue, or put text into an intro, notes or a custom section, the text mostly words
 * and often something that reaches past its section (a heading, a fence, an HTML block, a link reference
 * definition, a setext underline, a rule before the revision history). The {@code write-proofs} profile
 * runs it at 10,000 tries.
 */
@AddLifecycleHook(FuzzHook.class)
class LocalProofTest {
  private static final Settings SETTINGS = new Settings(MarkdownReader.Builder.DEFAULT_MAX_INPUT_LENGTH,
      MarkdownReader.Builder.DEFAULT_MAX_NESTING_DEPTH, MarkdownReader.Builder.DEFAULT_MAX_TABLE_CELLS, Map.of());
  private static final Formatter FORMATTER = new Formatter(SETTINGS);
  private static final List<String> SEEDS = loadSeeds();

  private static Parsed read(String text) {
    return new DocumentReader(SETTINGS, new Report()).read(text);
  }

  enum Edit { STATUS, DATE, VERSION, TITLE, ISSUE, CUSTOM, INTRO, NOTES }

  @Property(tries = 1000)
  void aRewriteProvenLocallyReadsBackEqual(@ForAll("seeds") int seed, @ForAll Edit edit,
      @ForAll("which") int which, @ForAll("texts") String text) {
    String original = SEEDS.get(seed);
    Parsed parsed = read(original);
    Optional<DesignDoc> edited = edit(parsed.document(), edit, which, text);
    if (edited.isEmpty()) {
      return;
    }
    ReadResult result = ReadResult.of(parsed.document(), parsed.diagnostics(), parsed.sourceMap());
    long before = Formatter.LOCAL_PROOFS.get();
    String out;
    try {
      out = FORMATTER.rewrite(original, Parsed.of(original, result), edited.get());
    } catch (IllegalArgumentException e) {
      return; // a value no Markdown holds: refused, never written wrong
    }
    boolean local = Formatter.LOCAL_PROOFS.get() > before;
    Statistics.label("proven locally").collect(local);
    Statistics.label("edit").collect(edit);
    DesignDoc back = read(out).document();
    assertEquals(edited.get(), back, () -> edit + " " + which + " " + text.replace("\n", "\\n") + ": rewritten"
        + (local ? " (proven locally)" : "") + ", first difference: " + difference(edited.get(), back) + "\n" + out);
    assertEquals(out, FORMATTER.rewrite(original, edited.get()), "the same text with or without the given read");
  }

  @Test
  void metadataValuesEditedInPlaceAreProvenWithoutAReadOnlyWhenPlain() {
    String doc = "# T\n\n- **Version:** 0.4\n- **Status:** **Draft**\n\nDate: 2026-02-20\nOwner: Ada\n\n"
        + "## Overview\n\nText.\n";
    Parsed parsed = read(doc);
    ReadResult result = ReadResult.of(parsed.document(), parsed.diagnostics(), parsed.sourceMap());
    String header = doc.substring(0, parsed.places().get(0).start());
    DesignDoc edited = parsed.document().toBuilder().status(Status.IN_REVIEW).version("1.0.0-rc.1")
        .date("2027-03-04").build();
    String written = MetadataEdit.apply(header, parsed, edited).orElseThrow();
    assertEquals("# T\n\n- **Version:** 1.0.0-rc.1\n- **Status:** **In Review**\n\nDate: 2027-03-04\nOwner: Ada\n\n",
        written);
    assertTrue(MetadataEdit.readsBack(header, written, parsed, edited));
    long before = Formatter.LOCAL_PROOFS.get();
    String out = FORMATTER.rewrite(doc, Parsed.of(doc, result), edited);
    assertEquals(before + 1, Formatter.LOCAL_PROOFS.get());
    assertEquals(written + "## Overview\n\nText.\n", out);
    assertEquals(edited, read(out).document());
    // values that are not plain words are proven by reading, as is any other header edit
    for (String status : List.of("Done | shipped", "*Done*", "Done  \\", "<b>Done</b>", "`Done`", "Done_now")) {
      DesignDoc other = parsed.document().toBuilder().status(status).build();
      String text = MetadataEdit.apply(header, parsed, other).orElseThrow();
      assertFalse(MetadataEdit.readsBack(header, text, parsed, other), status);
    }
    DesignDoc author = parsed.document().toBuilder().status(Status.APPROVED).authors(List.of("Grace")).build();
    assertFalse(MetadataEdit.readsBack(header, MetadataEdit.apply(header, parsed, author).orElseThrow(), parsed,
        author), "an authors edit is proven by reading");
    DesignDoc approved = parsed.document().toBuilder().status(Status.APPROVED).build();
    String wrong = header.replace("**Draft**", "**Approved** more");
    assertFalse(MetadataEdit.readsBack(header, wrong, parsed, approved), "a line that reads as another value");
  }

  @Test
  void aReadFromItsSourceMapHasThePlacesAndLevelOfTheRead() {
    int compared = 0;
    for (String text : SEEDS) {
      Parsed parsed = read(text);
      Optional<Parsed> given = Parsed.of(text, ReadResult.of(parsed.document(), parsed.diagnostics(),
          parsed.sourceMap()));
      if (given.isEmpty()) {
        continue;
      }
      compared++;
      assertEquals(parsed.level(), given.get().level());
      assertEquals(parsed.places().size(), given.get().places().size());
      for (int i = 0; i < parsed.places().size(); i++) {
        assertEquals(parsed.places().get(i).start(), given.get().places().get(i).start());
        assertEquals(parsed.places().get(i).end(), given.get().places().get(i).end());
      }
    }
    assertTrue(compared >= 1, "the template at least has its places in its source map");
  }

  @Test
  void aStatusEditOfTheTemplateIsProvenLocallyAndTextThatReachesPastItsSectionIsNot() {
    String template = SEEDS.get(0);
    Parsed parsed = read(template);
    ReadResult result = ReadResult.of(parsed.document(), parsed.diagnostics(), parsed.sourceMap());
    DesignDoc approved = parsed.document().toBuilder().status(Status.APPROVED).build();
    long before = Formatter.LOCAL_PROOFS.get();
    String out = FORMATTER.rewrite(template, Parsed.of(template, result), approved);
    assertEquals(before + 1, Formatter.LOCAL_PROOFS.get());
    assertEquals(approved, read(out).document());

    String small = "# T\n\n## Overview\n\nText.\n\n## Alternatives\n\nNone.\n\n## Open Issues\n\n- [ ] one\n";
    Parsed read = read(small);
    ReadResult smallResult = ReadResult.of(read.document(), read.diagnostics(), read.sourceMap());
    DesignDoc renamed = replace(read.document(), 1, CustomSection.of("Alternatives", "Something else."));
    long was = Formatter.LOCAL_PROOFS.get();
    assertEquals(small.replace("None.", "Something else."),
        FORMATTER.rewrite(small, Parsed.of(small, smallResult), renamed));
    assertEquals(was + 1, Formatter.LOCAL_PROOFS.get());
    for (String body : List.of("```\nunclosed", "See [ref].\n\n[ref]: https://example.com", "# A title\n\nText.")) {
      DesignDoc reaching = replace(read.document(), 1, CustomSection.of("Alternatives", body));
      try {
        String written = FORMATTER.rewrite(small, Parsed.of(small, smallResult), reaching);
        assertEquals(reaching, read(written).document());
      } catch (IllegalArgumentException e) {
        // refused: never written wrong
      }
      assertEquals(was + 1, Formatter.LOCAL_PROOFS.get(), () -> "text that reaches past its section is read whole: "
          + body);
    }
    assertTrue(Formatter.mayDefineLinks("Text.\n\n[ref]: https://example.com\n"));
    assertTrue(Formatter.mayDefineLinks("   [a label\nthat goes on]: /u"));
    assertFalse(Formatter.mayDefineLinks("[a link](https://example.com) at a line start, and [ref] later"));
    assertTrue(Formatter.mayDefineLinks("> [quoted]: /u"), "a definition in a block quote reaches the document");
    assertTrue(Formatter.mayDefineLinks("- [listed]: /u"), "so does one in a list item");
    assertTrue(Formatter.mayDefineLinks("    [indented]: /code"), "code that looks like one is read whole too");
    assertFalse(Formatter.mayDefineLinks("A label [that goes on\nbelow] with no colon after it"));
    assertEquals("\r\n", Formatter.lineBreak("caf\u00e9\rstill one line\r\nthen another"));
    assertEquals("\n", Formatter.lineBreak("caf\u00e9\r\u00e9\n"));
    assertFalse(Parsed.of(template, ReadResult.of(parsed.document(), List.of())).isPresent(),
        "a read without a source map is read again");
  }

  private static String difference(DesignDoc expected, DesignDoc actual) {
    if (!Formatter.sameHeader(expected, actual)) {
      return "the header";
    }
    for (int i = 0; i < Math.min(expected.sections().size(), actual.sections().size()); i++) {
      if (!expected.sections().get(i).equals(actual.sections().get(i))) {
        return "section " + i + ": " + expected.sections().get(i) + " read back as " + actual.sections().get(i);
      }
    }
    return expected.sections().size() + " sections read back as " + actual.sections().size();
  }

  // ------------------------------------------------------------------ edits

  private static Optional<DesignDoc> edit(DesignDoc doc, Edit edit, int which, String text) {
    List<Section> sections = doc.sections();
    try {
      switch (edit) {
        case STATUS:
          return Optional.of(doc.toBuilder().status(Status.of(text.isBlank() ? "Approved" : firstLine(text))).build());
        case DATE:
          return Optional.of(doc.toBuilder().date(text.isBlank() ? "2027-01-31" : firstLine(text)).build());
        case VERSION:
          return Optional.of(doc.toBuilder().version(text.isBlank() ? "2.0" : firstLine(text)).build());
        case TITLE:
          return Optional.of(doc.toBuilder().title(firstLine(text)).build());
        case ISSUE: {
          int i = indexOf(doc, OpenIssues.class);
          if (i < 0) {
            return Optional.empty();
          }
          OpenIssues issues = (OpenIssues) sections.get(i);
          return Optional.of(replace(doc, i, issues.toBuilder()
              .addItems(OpenIssue.of(firstLine(text), OpenIssue.State.OPEN)).build()));
        }
        case CUSTOM: {
          List<Integer> customs = indices(doc, s -> s instanceof CustomSection);
          if (customs.isEmpty()) {
            return Optional.empty();
          }
          int i = customs.get(which % customs.size());
          return Optional.of(replace(doc, i, CustomSection.of(((CustomSection) sections.get(i)).title(), text)));
        }
        default: {
          List<Integer> items = indices(doc, s -> s instanceof ItemSection);
          if (items.isEmpty()) {
            return Optional.empty();
          }
          int i = items.get(which % items.size());
          return Optional.of(replace(doc, i, withText((ItemSection<?>) sections.get(i), edit, text)));
        }
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not a value the model holds
    }
  }

  /** The section with its intro or notes set, through its own builder (each kind has one). */
  private static Section withText(ItemSection<?> section, Edit edit, String text) {
    try {
      Object builder = section.getClass().getMethod("toBuilder").invoke(section);
      builder.getClass().getMethod(edit == Edit.INTRO ? "intro" : "notes", String.class).invoke(builder, text);
      return (Section) builder.getClass().getMethod("build").invoke(builder);
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalStateException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstLine(String text) {
    String line = text.strip().split("\n", -1)[0].strip();
    return line.isEmpty() ? "Words" : line;
  }

  private static int indexOf(DesignDoc doc, Class<?> type) {
    List<Integer> found = indices(doc, type::isInstance);
    return found.isEmpty() ? -1 : found.get(0);
  }

  private static List<Integer> indices(DesignDoc doc, java.util.function.Predicate<Section> p) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < doc.sections().size(); i++) {
      if (p.test(doc.sections().get(i))) {
        out.add(i);
      }
    }
    return out;
  }

  private static DesignDoc replace(DesignDoc doc, int i, Section section) {
    List<Section> sections = new ArrayList<>(doc.sections());
    sections.set(i, section);
    return doc.toBuilder().sections(sections).build();
  }

  // ------------------------------------------------------------------ generators

  private static final List<String> FRAGMENTS = List.of("Plain words, with a number 42.", "More text here.",
      "# A heading", "## Another section", "### A subsection", "```", "~~~\ncode", "<pre>", "<div>",
      "[ref]: https://example.com", "[ref]", "---", "===", "***", "- [ ] a task", "1. a step", "- a bullet",
      "| a | b |\n|---|---|\n| 1 | 2 |", "    indented code", "> a quote", "**Bold** text", "Status: Draft",
      "<!-- designdoc:end -->", "<!--", "\t tab", "Zürich データ", "");

  @Provide
  Arbitrary<Integer> seeds() {
    return Arbitraries.integers().between(0, SEEDS.size() - 1);
  }

  @Provide
  Arbitrary<Integer> which() {
    return Arbitraries.integers().between(0, 50);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> fragment = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(FRAGMENTS.subList(0, 2))), net.jqwik.api.Tuple.of(2,
            Arbitraries.of(FRAGMENTS)));
    return fragment.list().ofMinSize(1).ofMaxSize(4).flatMap(parts -> Arbitraries.of("\n", "\n\n")
        .map(sep -> String.join(sep, parts)));
  }

  private static List<String> loadSeeds() {
    List<String> seeds = new ArrayList<>();
    try (InputStream in = LocalProofTest.class.getResourceAsStream("/template.md")) {
      seeds.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String corpus = System.getProperty("designdoc.corpus", "");
    if (!corpus.isBlank() && Files.isDirectory(Path.of(corpus))) {
      try (Stream<Path> files = Files.list(Path.of(corpus))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
          seeds.add(Files.readString(p));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(seeds);
  }
}
