package io.github.designdoc.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.ApiContract;
import io.github.designdoc.ApiContracts;
import io.github.designdoc.CodeBlock;
import io.github.designdoc.CodeContract;
import io.github.designdoc.Component;
import io.github.designdoc.Components;
import io.github.designdoc.CustomSection;
import io.github.designdoc.DataField;
import io.github.designdoc.DataModel;
import io.github.designdoc.DataModels;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.DocDate;
import io.github.designdoc.HttpContract;
import io.github.designdoc.HttpHeader;
import io.github.designdoc.HttpResponse;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.OpenIssues;
import io.github.designdoc.Overview;
import io.github.designdoc.PerformanceConsiderations;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.RequestFlows;
import io.github.designdoc.Revision;
import io.github.designdoc.RevisionHistory;
import io.github.designdoc.RolloutPlan;
import io.github.designdoc.Section;
import io.github.designdoc.SecurityConsiderations;
import io.github.designdoc.TestingEntry;
import io.github.designdoc.TestingStrategy;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.testing.DesignDocArbitraries;
import io.github.designdoc.testing.FuzzHook;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;

/**
 * The proof {@link DocumentWriter#write} relies on to skip parsing what it wrote: a section {@link Inert}
 * calls inert reads back equal on its own, and a document {@link DocumentWriter#provenPlain} proves reads
 * back equal as a whole and is the text the whole check would have accepted. The generated text is mostly
 * plain words with, in about half the values, something that can change the blocks (a heading, a fence, a
 * marker, a list where none may be, deep nesting, blanks, tabs): the check must tell the two apart. The
 * tries here are the build's; the {@code write-proofs} profile runs them at 10,000 ({@code
 * -Ddesigndoc.fuzz.tries}, as for the fuzz suites, with the seed printed).
 */
@AddLifecycleHook(FuzzHook.class)
class WriteProofTest {
  private static final Settings SETTINGS = new Settings(MarkdownReader.Builder.DEFAULT_MAX_INPUT_LENGTH,
      MarkdownReader.Builder.DEFAULT_MAX_NESTING_DEPTH, MarkdownReader.Builder.DEFAULT_MAX_TABLE_CELLS, Map.of());
  private static final DocumentWriter WRITER = new DocumentWriter(SETTINGS);

  private static DesignDoc read(String text) {
    return new DocumentReader(SETTINGS, new Report()).read(text).document();
  }

  @Property(tries = 1000)
  void aProvenDocumentReadsBackEqualAndIsThePlainForm(@ForAll("docs") DesignDoc doc) {
    Optional<String> proven = WRITER.provenPlain(doc);
    Statistics.label("proven without a whole parse").collect(proven.isPresent());
    if (proven.isPresent()) {
      assertEquals(doc, read(proven.get()), () -> "proven, but reads back different:\n" + proven.get());
      assertEquals(WRITER.plain(doc), proven.get());
      assertEquals(proven.get(), WRITER.write(doc));
    }
  }

  @Property(tries = 1000)
  void anInertSectionReadsBackOnItsOwnAndInAnyDocument(@ForAll("sections") Section section,
      @ForAll("sections") Section before, @ForAll("sections") Section after) {
    boolean inert = Inert.section(section) && WRITER.sections().plainHeading(section);
    Statistics.label("inert").collect(inert);
    Statistics.label("inert kind").collect(inert ? section.kind().name() : "(not inert)");
    if (inert) {
      String body = WRITER.sections().plainBody(section, 3);
      assertTrue(WRITER.sections().readsBack(section, body, 3), () -> "inert, but reads back different:\n" + body);
      DesignDoc doc = DesignDoc.builder().title("T").sections(List.of(before, section, after)).build();
      String written;
      try {
        written = WRITER.write(doc);
      } catch (IllegalArgumentException e) {
        // a neighbour no Markdown holds: then the inert section must not be what is named
        assertFalse(e.getMessage().contains("section 1 "), e.getMessage());
        return;
      }
      assertEquals(doc, read(written), () -> "written as:\n" + written);
    }
  }

  @Property(tries = 300)
  void writeOfAGeneratedDocumentReadsBackEqual(@ForAll("adversarial") DesignDoc doc) {
    String written;
    try {
      written = WRITER.write(doc);
    } catch (IllegalArgumentException e) {
      return; // a value no Markdown holds: refused, never written wrong
    }
    assertEquals(doc, read(written), () -> "written as:\n" + written);
  }

  @Test
  void theTemplatesShapesAreInertAndTheirNearMissesAreNot() {
    assertTrue(Inert.line("Validate the token, then call the service (v2) at 10:30; retry twice."));
    assertTrue(Inert.body("First paragraph, with words.\n\n- a list item\n  - nested item\n1. numbered", true));
    assertFalse(Inert.body("- a list item", false), "a list beside a typed list merges with it");
    for (String bad : List.of("# Heading", "Text\n===", "Text\n---", "```\ncode", "<!-- designdoc:end -->",
        "> quote", "| a | b |", "[ref]: https://example.com", "text \n", " indented", "tab\there", "a\n \nb",
        "- ".repeat(30) + "deep", "***", "+plus")) {
      assertFalse(Inert.body(bad, true), bad);
    }
    for (String bad : List.of("", " lead", "trail ", "1. marker", "2) marker", "[ ] box", "<b>", "> quote",
        "two  blanks", "line\nbreak", "ideographic\u3000blank", "zero\u200bwidth", "tab\tin")) {
      assertFalse(Inert.line(bad), bad);
    }
    for (String bad : List.of("\u00a0no-break", "\u3000ideographic", "\u200bzero", "\ufeffmark", "\u2028sep")) {
      assertFalse(Inert.line(bad), bad);
    }
    for (String good : List.of("a | b", "a *b* and `c` [d](https://e.f) <i>", "a\\b", "Zürich façade", "→ next step",
        "— aside", "١٢ items", "Ünïcode")) {
      assertTrue(Inert.line(good), good);
    }
    assertFalse(Inert.heading("a#"));
    assertTrue(Inert.label("Metrics Store 1"));
    assertTrue(Inert.label("Kotlin/Runtime"));
    for (String bad : List.of("Name (Owner)", "a*b", "a_b", "`code`", "[link]", "a\\b", "Label:", "<b>")) {
      assertFalse(Inert.label(bad), bad);
    }
    assertTrue(Inert.words("(new) merges events"));
    assertFalse(Inert.words(" lead"));
    assertTrue(Inert.detail("Bridge replica caches\n  - Consumer alert\n  - Field zone"));
    assertTrue(Inert.detail("**Bold** step\n  - **version**: Log compaction"));
    assertFalse(Inert.detail("A\n  - *** rule"));
    assertTrue(Inert.detail("A\n- sub at the item's own column\n- another"));
    for (String bad : List.of("A\n   - three blanks", "A\n - one blank", "A\n  * star", "A\n  - ", "A\nB")) {
      assertFalse(Inert.detail(bad), bad);
    }
    RequestFlows flows = RequestFlows.builder().intro("Two flows.").items(List.of(
        RequestFlow.builder().name("Login").steps(List.of("Ask for the token", "Check it\n  - against the cache")).build(),
        RequestFlow.builder().name("Logout").intro("When the session ends.").steps(List.of("Drop the session"))
            .notes("Nothing else.").build())).build();
    assertTrue(Inert.section(flows));
    String body = WRITER.sections().plainBody(flows, 3);
    assertTrue(WRITER.sections().readsBack(flows, body, 3), body);
    assertFalse(Inert.section(flows.toBuilder().notes("Notes of the section need a marker.").build()));
    DataModels models = DataModels.builder().items(List.of(DataModel.builder().name("Session")
        .description("One per login.").fields(List.of(DataField.of("id", "uuid", "Key"), DataField.of("ttl", "", "")))
        .notes("Kept for a day.").build())).build();
    assertTrue(Inert.section(models));
    String modelBody = WRITER.sections().plainBody(models, 3);
    assertTrue(WRITER.sections().readsBack(models, modelBody, 3), modelBody);
    DataModels schemas = DataModels.builder().items(List.of(DataModel.builder().name("Session")
        .fields(List.of(DataField.of("id", "uuid", "Key"))).schemas(List.of(CodeBlock.of("proto",
        "message Session {\n  string id = 1;\n}"))).build())).build();
    assertTrue(Inert.section(schemas));
    String schemaBody = WRITER.sections().plainBody(schemas, 3);
    assertTrue(WRITER.sections().readsBack(schemas, schemaBody, 3), schemaBody);
    for (CodeBlock example : List.of(CodeBlock.of("yaml", "id: 1"), CodeBlock.of("json title", "{}"),
        CodeBlock.of("{\"id\": 1}"), CodeBlock.of("json", "{\"type\": \"ListenerNode\"}"))) {
      assertFalse(Inert.section(DataModels.builder().items(List.of(DataModel.builder().name("Session")
          .fields(List.of(DataField.of("id", "uuid", "Key"))).schemas(List.of(example)).build())).build()),
          example::toString);
    }
    assertFalse(Inert.section(DataModels.builder().items(List.of(DataModel.builder().name("Piped")
        .fields(List.of(DataField.of("a|b", "int", ""))).build())).build()), "a cell with a pipe");
    assertTrue(Inert.cell("2024-01-02"));
    assertFalse(Inert.cell("a | b"));
    assertFalse(Inert.cell("a \\| b"));
    assertTrue(Inert.body("Text.\n\n### A subheading\n\nMore.", true));
    assertFalse(Inert.body("Text.\n\n### A subheading", false), "a record heading in an intro");
    assertFalse(Inert.body("## A section heading", true));
  }

  @Test
  void theTemplateIsWrittenWithoutAWholeParseWhereItIsInert() {
    DesignDoc doc = DesignDoc.builder().title("Payment Retries").version("1.2").authors(List.of("Ada Lovelace"))
        .date(DocDate.of("2024-01-02")).otherMetadata(List.of(MetadataEntry.of("Reviewers", "Grace, Alan")))
        .sections(List.of(Overview.builder().text("Retries failed payments.\n\n- once\n- twice").build(),
            SecurityConsiderations.builder().items(List.of("Validate input", "Rate limits")).build(),
            OpenIssues.builder().items(List.of(OpenIssue.of("Which backoff?", OpenIssue.State.OPEN))).build(),
            CustomSection.of("Alternatives", "We could do nothing.")))
        .build();
    Optional<String> proven = WRITER.provenPlain(doc);
    assertTrue(proven.isPresent());
    assertEquals(doc, read(proven.get()));
  }

  // ------------------------------------------------------------------ generators

  private static final List<String> WORDS = List.of("the", "service", "Payment", "retry", "token", "v2", "10:30",
      "user's", "(new)", "a/b", "x-y", "50%", "ok,", "end.", "why?", "now;", "Café", "データ", "e=mc2", "+1", "1.5",
      "→", "—", "€", "½", "•", "١٢");
  private static final List<String> NOISE = List.of("#", "##", "*", "**", "_", "`", "```", "~~~", "<", "<!--", ">",
      "|", "[", "]", "[ ]", "\\", "&", "!", "---", "===", "***", "  ", "\t", "1.", "2)", "-", "+", "\u00a0", "\u3000",
      "\u200b", "\ufeff");
  private static final List<String> PREFIXES = List.of("- ", "* ", "1. ", "  - ", "    ", "> ", "# ", "### ", "```",
      "~~~", "<!-- designdoc:end -->", "<div>", "| ", "[x]: y ", "=== ", "--- ", "   ", "\t", "- [ ] ",
      "- - - - - - - - - - - - - - - - - - - - - - - ", " ");

  /** A word, or now and then a token that means something to Markdown. */
  private static Arbitrary<String> token(int noise) {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, Arbitraries.of(WORDS)),
        net.jqwik.api.Tuple.of(noise, Arbitraries.of(NOISE)));
  }

  /** A line of words, with noise in about one line in two. */
  static Arbitrary<String> line() {
    Arbitrary<String> plain = token(0).list().ofMinSize(1).ofMaxSize(8).map(t -> String.join(" ", t));
    Arbitrary<String> noisy = token(4).list().ofMinSize(1).ofMaxSize(8).map(t -> String.join(" ", t));
    Arbitrary<String> edge = Arbitraries.of("None.", "N/A", "1. one", "Overview", "Open Issues", "a#", "");
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, plain), net.jqwik.api.Tuple.of(5, noisy),
        net.jqwik.api.Tuple.of(1, edge));
  }

  /** A body of lines, some list items, some with a prefix that can open or close a block. */
  static Arbitrary<String> body() {
    Arbitrary<String> prefix = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, Arbitraries.just("")),
        net.jqwik.api.Tuple.of(4, Arbitraries.of("- ", "1. ", "  - ", "    - ")),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(PREFIXES)));
    Arbitrary<String> oneLine = Combinators.combine(prefix, line()).as(String::concat);
    Arbitrary<String> separator = Arbitraries.of("\n", "\n\n", "\n\n", "\n\n\n");
    return Combinators.combine(oneLine.list().ofMinSize(1).ofMaxSize(6), separator.list().ofSize(6))
        .as((lines, seps) -> {
          StringBuilder out = new StringBuilder(lines.get(0));
          for (int i = 1; i < lines.size(); i++) {
            out.append(seps.get(i)).append(lines.get(i));
          }
          return out.toString();
        });
  }

  @Provide
  Arbitrary<Section> sections() {
    Arbitrary<Optional<String>> intro = body().optional(0.3);
    Arbitrary<Optional<String>> notes = body().optional(0.2);
    Arbitrary<List<String>> items = line().list().ofMinSize(0).ofMaxSize(4);
    Arbitrary<Optional<String>> heading = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just(Optional.<String>empty())),
        net.jqwik.api.Tuple.of(1, line().map(Optional::of)));
    Arbitrary<Section> overview = Combinators.combine(heading, body()).as((h, t) -> {
      try {
        return (Section) Overview.builder().heading(h).text(t).build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        return Overview.builder().text(t).build();
      }
    });
    Arbitrary<Section> custom = Combinators.combine(line(), body()).as((h, t) -> {
      try {
        return (Section) CustomSection.of(h, t);
      } catch (IllegalArgumentException | IllegalStateException e) {
        return CustomSection.of("Notes", t);
      }
    });
    Arbitrary<Section> security = Combinators.combine(intro, items, notes).as((i, it, n) ->
        safe(() -> SecurityConsiderations.builder().intro(i).items(it).notes(n).build()));
    Arbitrary<Section> performance = Combinators.combine(intro, items, notes).as((i, it, n) ->
        safe(() -> PerformanceConsiderations.builder().intro(i).items(it).notes(n).build()));
    Arbitrary<Section> rollout = Combinators.combine(intro, items, notes).as((i, it, n) ->
        safe(() -> RolloutPlan.builder().intro(i).items(it).notes(n).build()));
    Arbitrary<Section> issues = Combinators.combine(intro, line().list().ofMaxSize(4), Arbitraries.of(
        OpenIssue.State.class), notes).as((i, it, state, n) -> safe(() -> OpenIssues.builder().intro(i)
        .items(it.stream().map(t -> OpenIssue.of(t, state)).toList()).notes(n).build()));
    Arbitrary<String> detail = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, line()), net.jqwik.api.Tuple.of(1,
        Combinators.combine(line(), line().list().ofMinSize(1).ofMaxSize(2), Arbitraries.of("  - ", "- ", "   - ",
            " - ", "    - ", "  * ", "* ", "1. ")).as((first, subs, marker) -> first + "\n" + marker + String.join("\n" + marker, subs))));
    Arbitrary<String> summary = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, line()), net.jqwik.api.Tuple.of(1,
        Combinators.combine(Arbitraries.of("(new) ", ": ", ", ", "*", "**", "`x` ", "- ", "# ", "> ", "[a] "), line())
            .as(String::concat)));
    Arbitrary<Component> component = Combinators.combine(line(), line().optional(0.5), summary.optional(0.5),
        detail.list().ofMaxSize(3)).as((name, owner, summary1, details) -> {
          try {
            return Component.builder().name(name).owner(owner.filter(o -> !o.isEmpty()))
                .summary(summary1.filter(o -> !o.isEmpty())).details(details).build();
          } catch (IllegalArgumentException | IllegalStateException e) {
            return Component.builder().name("Gateway").build();
          }
        });
    Arbitrary<String> plain = token(0).list().ofMinSize(1).ofMaxSize(6).map(t -> String.join(" ", t));
    Arbitrary<Component> plainComponent = Combinators.combine(plain, plain.optional(0.5), summary.optional(0.5),
        detail.list().ofMaxSize(3)).as((name, owner, summary1, details) -> {
          try {
            return Component.builder().name(name).owner(owner).summary(summary1.filter(o -> !o.isEmpty()))
                .details(details).build();
          } catch (IllegalArgumentException | IllegalStateException e) {
            return Component.builder().name("Gateway").build();
          }
        });
    Arbitrary<Section> components = Combinators.combine(intro, Arbitraries.oneOf(component, plainComponent).list()
        .ofMaxSize(3), notes).as((i, c, n) -> safe(() -> Components.builder().intro(i).items(c).notes(n).build()));
    Arbitrary<TestingEntry> entry = Combinators.combine(line(), line()).as((label, description) -> {
      try {
        return TestingEntry.of(label, description);
      } catch (IllegalArgumentException | IllegalStateException e) {
        return TestingEntry.of("Unit", description.isEmpty() ? "" : "Words");
      }
    });
    Arbitrary<Section> testing = Combinators.combine(intro, entry.list().ofMaxSize(3), notes).as((i, e, n) ->
        safe(() -> TestingStrategy.builder().intro(i).items(e).notes(n).build()));
    Arbitrary<Revision> revision = Combinators.combine(line().optional(0.7), line().optional(0.5), line())
        .as((date, author, changes) -> {
          try {
            Revision.Builder r = Revision.builder().changes(changes).author(author.filter(a -> !a.isEmpty()));
            date.filter(d -> !d.isEmpty()).ifPresent(r::date);
            return r.build();
          } catch (IllegalArgumentException | IllegalStateException e) {
            return Revision.builder().date("2024-01-02").changes("Words").build();
          }
        });
    Arbitrary<Section> history = Combinators.combine(intro, revision.list().ofMaxSize(3), notes).as((i, r, n) ->
        safe(() -> RevisionHistory.builder().intro(i).items(r).notes(n).build()));
    Arbitrary<RequestFlow> flow = Combinators.combine(Arbitraries.oneOf(plain, line()), body().optional(0.3),
        Arbitraries.oneOf(detail, plain).list().ofMaxSize(11), body().optional(0.3)).as((name, i, steps, n) -> {
          try {
            return RequestFlow.builder().name(name).intro(i).steps(steps).notes(n).build();
          } catch (IllegalArgumentException | IllegalStateException e) {
            return RequestFlow.builder().name("Login").steps(List.of("Ask")).build();
          }
        });
    Arbitrary<String> plainStep = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, plain), net.jqwik.api.Tuple.of(1,
        Combinators.combine(plain, plain.list().ofMinSize(1).ofMaxSize(2), Arbitraries.of("  - ", "- ", "- ", "   - "))
            .as((first, subs, marker) -> first + "\n" + marker + String.join("\n" + marker, subs))),
        net.jqwik.api.Tuple.of(1, Combinators.combine(plain, plain, Arbitraries.of("  - **", "  - **", "  - ***",
            "  - ** ", "  - *")).as((first, sub, marker) -> first + "\n" + marker + sub.replaceFirst(" ", "**: "))));
    Arbitrary<RequestFlow> plainFlow = Combinators.combine(plain, plain.optional(0.3), plainStep.list().ofMinSize(1)
        .ofMaxSize(4), Arbitraries.oneOf(plain, body()).optional(0.3)).as((name, i, steps, n) -> {
          try {
            return RequestFlow.builder().name(name).intro(i).steps(steps).notes(n).build();
          } catch (IllegalArgumentException | IllegalStateException e) {
            return RequestFlow.builder().name("Login").steps(List.of("Ask")).build();
          }
        });
    Arbitrary<Section> flows = Combinators.combine(intro, Arbitraries.oneOf(flow, plainFlow, plainFlow).list()
        .ofMinSize(1).ofMaxSize(3),
        notes.optional(0.3).map(o -> o.flatMap(x -> x))).as((i, f, n) ->
        safe(() -> RequestFlows.builder().intro(i).items(f).notes(n).build()));
    Arbitrary<DataField> field = Combinators.combine(Arbitraries.oneOf(plain, line()), Arbitraries.oneOf(plain,
        Arbitraries.of("", "string", "a|b", "int \\| null", "`x|y`")), Arbitraries.oneOf(plain, line()))
        .as((name, type, description) -> {
          try {
            return DataField.of(name, type, description);
          } catch (IllegalArgumentException | IllegalStateException e) {
            return DataField.of("id", "uuid", "");
          }
        });
    Arbitrary<CodeBlock> schema = Combinators.combine(Arbitraries.of("json", "JSON", "proto", "sql", "go", "ts", "",
        "yaml", "json title", "c++"), Arbitraries.of("{\n  \"type\": \"object\",\n  \"properties\": {\"id\": {\"type\": \"string\"}}\n}",
        "{\"id\": 1, \"name\": \"x\"}", "message A {\n  string id = 1;\n}", "CREATE TABLE t (id INT);", "{\"type\": \"ListenerNode\"}",
        "type A struct {\n\tID string\n}", "```\nnested fence\n```", "", "  indented\n\ttab", "# not a heading",
        "line\n\n\nafter blanks\n")).as((language, content) -> language.isEmpty() ? CodeBlock.of(content)
        : CodeBlock.of(language, content));
    Arbitrary<DataModel> model = Combinators.combine(Arbitraries.oneOf(plain, line()), plain.optional(0.3),
        field.list().ofMinSize(1).ofMaxSize(3), Arbitraries.oneOf(plain, body()).optional(0.3),
        schema.list().ofMaxSize(2).injectDuplicates(0.1))
        .as((name, description, fields, n, schemas) -> {
          try {
            return DataModel.builder().name(name).description(description).fields(fields).schemas(schemas).notes(n)
                .build();
          } catch (IllegalArgumentException | IllegalStateException e) {
            return DataModel.builder().name("Session").fields(List.of(DataField.of("id", "uuid", ""))).build();
          }
        });
    Arbitrary<Section> models = Combinators.combine(plain.optional(0.3), model.list().ofMinSize(1).ofMaxSize(3),
        notes.optional(0.2).map(o -> o.flatMap(x -> x))).as((i, m, n) ->
        safe(() -> DataModels.builder().intro(i).items(m).notes(n).build()));
    Arbitrary<String> content = Arbitraries.of("GET /v1/things", "GET /v1/things\nHeaders:\n  Accept: json",
        "{\n  \"id\": 1\n}", "message A {\n  string id = 1;\n}", "```\nnested fence\n```", "~~~", "",
        "  indented\n\ttab", "<!-- designdoc:end -->", "# not a heading", "line\n\n\nafter blanks\n");
    Arbitrary<ApiContract> http = Combinators.combine(plain, plain.optional(0.3), Arbitraries.of("GET", "POST", "G T",
        "%"), Arbitraries.of("/v1/things", "/v1/things/{id}", "https://h/p?q=1", "/a b"), Arbitraries.of(List.<HttpHeader>of(),
        List.of(HttpHeader.of("Authorization", "Bearer <token>")), List.of(HttpHeader.of("X:Y", ""))),
        Arbitraries.of("", "id: uuid", "{\n\"a\": 1\n}").optional(0.5), Arbitraries.of(List.<HttpResponse>of(),
        List.of(HttpResponse.of("200", "OK -> { id }"), HttpResponse.of("404", "Not Found"))))
        .as((title, description, method, path, headers, body, responses) -> {
          try {
            return (ApiContract) HttpContract.builder().title(title).description(description).method(method).path(path)
                .headers(headers).body(body.filter(b -> !b.isEmpty())).responses(responses).build();
          } catch (IllegalArgumentException | IllegalStateException e) {
            return HttpContract.builder().title("Get").method("GET").path("/x").build();
          }
        });
    Arbitrary<ApiContract> code = Combinators.combine(Arbitraries.oneOf(plain, line()), plain.optional(0.3),
        Arbitraries.of("", "json", "proto", "c++", "a b", "`x", "http"), content).as((title, description, language, c) -> {
          try {
            return (ApiContract) CodeContract.builder().title(title).description(description)
                .code(language.isEmpty() ? CodeBlock.of(c) : CodeBlock.of(language, c)).build();
          } catch (IllegalArgumentException | IllegalStateException e) {
            return CodeContract.builder().title("Code").code(CodeBlock.of("json", "{}")).build();
          }
        });
    Arbitrary<Section> contracts = Combinators.combine(plain.optional(0.3), Arbitraries.oneOf(http, code).list()
        .ofMinSize(1).ofMaxSize(3), notes.optional(0.2).map(o -> o.flatMap(x -> x))).as((i, c, n) ->
        safe(() -> ApiContracts.builder().intro(i).items(c).notes(n).build()));
    Arbitrary<Section> bareComponents = plainComponent.list().ofMinSize(1).ofMaxSize(3)
        .map(c -> safe(() -> Components.builder().items(c).build()));
    return Arbitraries.oneOf(overview, custom, security, performance, rollout, issues, components, bareComponents,
        flows, contracts, models, testing, history, DesignDocArbitraries.sections());
  }

  private static Section safe(java.util.function.Supplier<Section> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return CustomSection.of("Fallback", "Words.");
    }
  }

  @Provide
  Arbitrary<DesignDoc> docs() {
    Arbitrary<DesignDoc> tame = Combinators.combine(line(), line().optional(0.5), line().list().ofMaxSize(2),
        body().optional(0.2), sections().list().ofMaxSize(6)).as((title, version, authors, preamble, sections) -> {
          try {
            return DesignDoc.builder().title(title.isEmpty() ? "T" : title).version(version)
                .authors(authors.stream().filter(a -> !a.isEmpty()).toList()).preamble(preamble).sections(sections)
                .build();
          } catch (IllegalArgumentException | IllegalStateException e) {
            return DesignDoc.builder().title("T").sections(sections).build();
          }
        });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, tame),
        net.jqwik.api.Tuple.of(1, DesignDocArbitraries.designDocs()));
  }

  @Provide
  Arbitrary<DesignDoc> adversarial() {
    return docs();
  }
}
