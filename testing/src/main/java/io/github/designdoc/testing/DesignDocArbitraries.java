package io.github.designdoc.testing;

import io.github.designdoc.ApiContract;
import io.github.designdoc.CodeBlock;
import io.github.designdoc.CodeContract;
import io.github.designdoc.Component;
import io.github.designdoc.CustomSection;
import io.github.designdoc.DataField;
import io.github.designdoc.DataModel;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.DocDate;
import io.github.designdoc.HttpContract;
import io.github.designdoc.HttpHeader;
import io.github.designdoc.HttpResponse;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.Revision;
import io.github.designdoc.SectionKind;
import io.github.designdoc.SectionText;
import io.github.designdoc.Status;
import io.github.designdoc.TestingEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Generators of adversarial design documents and their parts.
 *
 * <p>Text is built to break writers: pipes, backticks, {@code *} and {@code _}, {@code #}, {@code >},
 * {@code -} and {@code 1.} at line starts, HTML tags and comments, backslashes, entities, emoji and other
 * non-BMP characters, tabs, fenced code holding fences, tables, link reference definitions and very long
 * lines. Optional parts are often empty.
 *
 * <p>What they do not generate, because Markdown cannot hold it in that place: a Markdown body holding a
 * heading of level 1 to 3 (it would start a new section or flow), a setext underline or a bare thematic
 * break (lines of only {@code -}, {@code =}, {@code *} or {@code _}), an unclosed code fence or HTML
 * block, and a list item whose text starts with a task checkbox ({@code [ ]}); and text with a line break
 * in a single-line field, which the model rejects.
 */
public final class DesignDocArbitraries {
  private DesignDocArbitraries() {}

  private static final List<String> WORDS = List.of("alpha", "Beta", "gamma_delta", "x", "42", "naïve", "日本語",
      "😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "👩‍💻", "Ünïcödé", "snake_case_name", "CamelCase", "a*b*c", "under_score_", "e=mc^2",
      "route/{id}", "user@example.com");

  private static final List<String> PUNCTUATION = List.of("|", "\\|", "||", "`", "``", "*", "**", "_", "__", "~",
      "~~", "#", "##", "\\", "\\\\", "<", ">", "<b>", "</b>", "<div>", "<br>", "<br/>", "<!-- c -->", "&",
      "&amp;", "&#35;", "&nbsp;", "[", "]", "[x]", "[ ]", "(", ")", "[link](https://example.com/a_b)",
      "![img](a.png)", "<https://example.com>", "{", "}", ":", "->", "!", "\"", "'", "$", "%", "^", "=", "+",
      "-", "1.", "2)", "\t", "*emph*", "**strong**", "`code`", "``co`de``", "***", "---", "[^1]", "[ref][]",
      "\\*", "\\_", "\\`", "\\#", "'single'", "\"double\"");

  /** A word or a run of adversarial punctuation. */
  public static Arbitrary<String> tokens() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.of(WORDS)),
        net.jqwik.api.Tuple.of(4, Arbitraries.of(PUNCTUATION)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(6)));
  }

  /** A single line of adversarial text, possibly empty, without surrounding blanks. */
  public static Arbitrary<String> lines() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, tokens().list().ofMinSize(0).ofMaxSize(10).map(DesignDocArbitraries::join)),
        net.jqwik.api.Tuple.of(1, longLines()));
  }

  /** A single line of adversarial text that is not blank. */
  public static Arbitrary<String> names() {
    return Combinators.combine(Arbitraries.of(WORDS), lines(), Arbitraries.integers().between(0, 2))
        .as((word, line, where) -> strip(where == 0 ? word + " " + line : where == 1 ? line + " " + word : word));
  }

  /** A very long single line, of a few thousand characters. */
  public static Arbitrary<String> longLines() {
    return Combinators.combine(tokens().list().ofMinSize(2).ofMaxSize(6), Arbitraries.integers().between(100, 600))
        .as((parts, times) -> strip(String.join(" ", parts).repeat(times).replace('\n', ' ')))
        .map(s -> s.isEmpty() ? "long" : s);
  }

  /** A line of Markdown that may start with a block marker ({@code >}, {@code -}, {@code 1.}, {@code ####}, ...). */
  public static Arbitrary<String> markdownLines() {
    Arbitrary<String> prefix = Arbitraries.of("", "", "", "#### ", "##### ", "###### ", "#tag ", "#1 ", "1. ",
        "2) ", "10. ", "- ", "* ", "+ ", "> ", "> > ", "| ", "<div>", "<span>", "  ", "\t", "- [ ] ", "- [x] ",
        "<!-- note --> ", "&gt; ", "\\# ", "\\- ", "1\\. ");
    return Combinators.combine(prefix, Arbitraries.of(WORDS), lines())
        .as((p, word, line) -> strip(p + word + " " + line).isEmpty() ? word : p + strip(word + " " + line));
  }

  /** A block of Markdown: paragraphs, lists, quotes, fenced code, tables, HTML and link definitions. */
  public static Arbitrary<String> markdownBlocks() {
    Arbitrary<String> paragraph = markdownLines().list().ofMinSize(1).ofMaxSize(4)
        .map(lines -> String.join("\n", lines));
    Arbitrary<String> fence = Combinators.combine(Arbitraries.of("```", "~~~", "````"),
            Arbitraries.of("", "json", "java", "yaml", "text"), lines().list().ofMinSize(0).ofMaxSize(4))
        .as((marker, lang, body) -> marker + lang + "\n"
            + body.stream().map(l -> l.replace(marker.substring(0, 3), "'''")).collect(Collectors.joining("\n"))
            + (body.isEmpty() ? "" : "\n") + marker);
    Arbitrary<String> table = Combinators.combine(names(), names(), lines(), lines())
        .as((a, b, c, d) -> "| " + cell(a) + " | " + cell(b) + " |\n|---|---|\n| " + cell(c) + " | " + cell(d) + " |");
    Arbitrary<String> special = Arbitraries.of("<!-- a comment -->", "<!-- toc -->\n- [Summary](#summary)\n<!-- /toc -->",
        "[ref]: https://example.com/ref", "<details>\n<summary>More</summary>\n\nHidden *text*\n\n</details>",
        "Term  \nwith a hard break", "Footnote[^1].\n\n[^1]: The note.", "    indented code\n    more code");
    Arbitrary<String> block = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, paragraph), net.jqwik.api.Tuple.of(2, fence),
        net.jqwik.api.Tuple.of(1, table), net.jqwik.api.Tuple.of(2, special));
    return block.list().ofMinSize(1).ofMaxSize(4).map(blocks -> normalize(String.join("\n\n", blocks)))
        .filter(s -> !s.isEmpty());
  }

  /**
   * Markdown for a list item (a step, a detail, an open issue): a first line that starts with a word, then
   * maybe further blocks.
   */
  public static Arbitrary<String> itemTexts() {
    Arbitrary<String> rest = markdownBlocks().optional(0.3).map(o -> o.map(s -> "\n\n" + s).orElse(""));
    Arbitrary<String> second = markdownLines().optional(0.2).map(o -> o.map(s -> "\n" + s).orElse(""));
    return Combinators.combine(Arbitraries.of(WORDS), lines(), second, rest)
        .as((word, line, next, more) -> normalize(word + " " + line + next + more));
  }

  /** A date: an ISO-8601 date or verbatim text such as {@code March 2024} or {@code <date>}. */
  public static Arbitrary<DocDate> dates() {
    Arbitrary<DocDate> iso = Arbitraries.integers().between(0, 20000)
        .map(days -> DocDate.of(LocalDate.of(1990, 1, 1).plusDays(days)));
    Arbitrary<DocDate> verbatim = Arbitraries.oneOf(Arbitraries.of("March 2024", "<date>", "2024-02-30",
        "Q3 | 2025", "2025/01/02", "TBD"), names()).map(DocDate::of);
    return Arbitraries.oneOf(iso, verbatim);
  }

  /** A status: one the template knows, or any other text. */
  public static Arbitrary<Status> statuses() {
    return Arbitraries.oneOf(Arbitraries.of(Status.DRAFT, Status.IN_REVIEW, Status.APPROVED),
        Arbitraries.of("Draft | In Review | Approved", "Superseded", "implementable", "approved").map(Status::of),
        names().map(Status::of));
  }

  /** A component. */
  public static Arbitrary<Component> components() {
    return Combinators.combine(names(), names().optional(0.5), names().optional(0.3),
            itemTexts().list().ofMaxSize(3))
        .as((name, owner, summary, details) -> Component.builder().name(name).owner(owner).summary(summary)
            .details(details).build());
  }

  /** A request flow. */
  public static Arbitrary<RequestFlow> requestFlows() {
    return Combinators.combine(names(), markdownBlocks().optional(0.2), itemTexts().list().ofMaxSize(5),
            markdownBlocks().optional(0.2))
        .as((name, intro, steps, notes) -> RequestFlow.builder().name(name).intro(intro).steps(steps).notes(notes)
            .build());
  }

  /** An HTTP contract. */
  public static Arbitrary<HttpContract> httpContracts() {
    Arbitrary<HttpHeader> header = Combinators.combine(names(), lines()).as(HttpHeader::of);
    Arbitrary<HttpResponse> response = Combinators.combine(
            Arbitraries.oneOf(Arbitraries.of("200", "201", "204", "4xx", "4xx/5xx", "5XX", "404"), names()), lines())
        .as(HttpResponse::of);
    Arbitrary<String> body = lines().list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("\n", l));
    return Builders.withBuilder(HttpContract::builder)
        .use(names().optional(0.5)).in((b, v) -> b.title(v))
        .use(markdownBlocks().optional(0.2)).in((b, v) -> b.description(v))
        .use(Arbitraries.oneOf(Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "METHOD", "get"), names()))
        .in((b, v) -> b.method(v))
        .use(Arbitraries.oneOf(Arbitraries.of("/api/endpoint", "/v1/users/{id}", "/a|b", "/q?x=`1`"), names()))
        .in((b, v) -> b.path(v))
        .use(header.list().ofMaxSize(3)).in((b, v) -> b.headers(v))
        .use(body.optional(0.5)).in((b, v) -> b.body(v))
        .use(response.list().ofMaxSize(3)).in((b, v) -> b.responses(v))
        .build(HttpContract.Builder::build);
  }

  /** A code block in some language. */
  public static Arbitrary<CodeBlock> codeBlocks() {
    return Combinators.combine(Arbitraries.of("json", "yaml", "xml", "protobuf", "c++", "").optional(0.7),
            lines().list().ofMinSize(1).ofMaxSize(6))
        .as((lang, body) -> {
          String content = String.join("\n", body);
          return lang.filter(l -> !l.isEmpty()).map(l -> CodeBlock.of(l, content)).orElse(CodeBlock.of(content));
        });
  }

  /** A contract kept as a code block. */
  public static Arbitrary<CodeContract> codeContracts() {
    return Combinators.combine(names().optional(0.5), markdownBlocks().optional(0.2), codeBlocks())
        .as((title, description, code) -> CodeContract.builder().title(title).description(description).code(code)
            .build());
  }

  /** An API contract of either kind. */
  public static Arbitrary<ApiContract> apiContracts() {
    return Arbitraries.oneOf(httpContracts(), codeContracts());
  }

  /** A data model. */
  public static Arbitrary<DataModel> dataModels() {
    Arbitrary<DataField> field = Combinators.combine(lines(), lines(), lines()).as(DataField::of);
    return Combinators.combine(names().optional(0.6), markdownBlocks().optional(0.3), field.list().ofMaxSize(4),
            codeBlocks().list().ofMaxSize(2))
        .as((name, description, fields, schemas) -> DataModel.builder().name(name).description(description)
            .fields(fields).schemas(schemas).build());
  }

  /** A testing strategy entry. */
  public static Arbitrary<TestingEntry> testingEntries() {
    return Combinators.combine(names(), itemTexts().optional(0.8))
        .as((label, description) -> TestingEntry.of(label, description.orElse("")));
  }

  /** An open issue in any state. */
  public static Arbitrary<OpenIssue> openIssues() {
    return Combinators.combine(itemTexts(), Arbitraries.of(OpenIssue.State.class)).as(OpenIssue::of);
  }

  /** A revision. */
  public static Arbitrary<Revision> revisions() {
    return Combinators.combine(dates().optional(0.8), names().optional(0.8), lines())
        .as((date, author, changes) -> Revision.builder().date(date).author(author).changes(changes).build());
  }

  /** A section the template does not name. */
  public static Arbitrary<CustomSection> customSections() {
    return Combinators.combine(names(), markdownBlocks().optional(0.9), Arbitraries.of(SectionKind.class))
        .as((heading, body, after) -> CustomSection.builder().heading(heading).body(body.orElse("")).after(after)
            .build());
  }

  /** Prose around a known section's typed content. */
  public static Arbitrary<SectionText> sectionTexts() {
    return Combinators.combine(names().optional(0.3), markdownBlocks().optional(0.4), markdownBlocks().optional(0.3))
        .as((heading, intro, notes) -> SectionText.builder().heading(heading).intro(intro).notes(notes).build());
  }

  /** A whole design document: every part, each often empty. */
  public static Arbitrary<DesignDoc> designDocs() {
    Arbitrary<Map<SectionKind, SectionText>> texts = Arbitraries.maps(
        Arbitraries.of(SectionKind.class).filter(k -> k != SectionKind.METADATA), sectionTexts()).ofMaxSize(4);
    return Builders.withBuilder(DesignDoc::builder)
        .use(names()).in((b, v) -> b.title(v))
        .use(names().optional(0.6)).in((b, v) -> b.version(v))
        .use(names().list().ofMaxSize(3)).in((b, v) -> b.authors(v))
        .use(dates().optional(0.7)).in((b, v) -> b.date(v))
        .use(statuses().optional(0.8)).in((b, v) -> b.status(v))
        .use(Combinators.combine(names(), lines()).as(MetadataEntry::of).list().ofMaxSize(3))
        .in((b, v) -> b.otherMetadata(v))
        .use(markdownBlocks().optional(0.2)).in((b, v) -> b.preamble(v))
        .use(markdownBlocks().optional(0.7)).in((b, v) -> b.overview(v))
        .use(components().list().ofMaxSize(3)).in((b, v) -> b.components(v))
        .use(requestFlows().list().ofMaxSize(3)).in((b, v) -> b.requestFlows(v))
        .use(apiContracts().list().ofMaxSize(3)).in((b, v) -> b.apiContracts(v))
        .use(dataModels().list().ofMaxSize(3)).in((b, v) -> b.dataModels(v))
        .use(itemTexts().list().ofMaxSize(4)).in((b, v) -> b.securityConsiderations(v))
        .use(itemTexts().list().ofMaxSize(4)).in((b, v) -> b.performanceConsiderations(v))
        .use(testingEntries().list().ofMaxSize(3)).in((b, v) -> b.testingStrategy(v))
        .use(itemTexts().list().ofMaxSize(3)).in((b, v) -> b.rolloutPhases(v))
        .use(openIssues().list().ofMaxSize(4)).in((b, v) -> b.openIssues(v))
        .use(revisions().list().ofMaxSize(3)).in((b, v) -> b.revisions(v))
        .use(customSections().list().ofMaxSize(3)).in((b, v) -> b.customSections(v))
        .use(texts).in((b, v) -> b.sectionTexts(v))
        .build(DesignDoc.Builder::build);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static String join(List<String> tokens) {
    return strip(String.join(" ", tokens));
  }

  private static String strip(String s) {
    return s.replaceAll("^[ \\t\\n\\r\\f]+|[ \\t\\n\\r\\f]+$", "");
  }

  /** Normalizes as the model does, so generated values equal what readers give back. */
  private static String normalize(String markdown) {
    return Optional.of(markdown).map(s -> s.replaceAll("^(?:[ \\t]*\\n)+", "").replaceAll("[ \\t\\n\\r\\f]+$", ""))
        .get();
  }
}
