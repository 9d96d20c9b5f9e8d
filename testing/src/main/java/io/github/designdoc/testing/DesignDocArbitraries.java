package io.github.designdoc.testing;

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
import io.github.designdoc.SectionKind;
import io.github.designdoc.SecurityConsiderations;
import io.github.designdoc.Status;
import io.github.designdoc.TestingEntry;
import io.github.designdoc.TestingStrategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of adversarial design documents and their parts.
 *
 * <p>Documents hold their {@linkplain #sectionLists() sections} in any order: kinds repeat, custom
 * sections come anywhere, and each section's heading, introduction and notes are often set (a heading
 * as the template has it, in another case, with a colon, as an alias such as {@code Summary} or
 * {@code Open Questions}, or any other line).
 *
 * <p>Text is built to break writers: pipes, backticks, {@code *} and {@code _}, {@code #}, {@code >},
 * {@code -} and {@code 1.} at line starts, HTML tags and comments, backslashes, entities, emoji and other
 * non-BMP characters, tabs, fenced code holding fences, tables, link reference definitions and very long
 * lines. Optional parts are often empty.
 *
 * <p>What they do not generate, because Markdown cannot hold it in that place: a Markdown body holding a
 * heading of level 1 to 3 (it would start a new section or flow), a setext underline or a bare thematic
 * break (lines of only {@code -}, {@code =}, {@code *} or {@code _}), an unclosed code fence or HTML
 * block, and a list item whose text starts with a task checkbox ({@code [ ]}); text with a line break
 * in a single-line field, which the model rejects; a custom section whose heading names a known section
 * (a reader takes it for that section); a title that names a section ({@code Summary}, {@code Goals},
 * ...); an open issue saying there are none ({@code None.}, {@code N/A}), which is no issue; and front
 * matter setting a key readers take into the model ({@code title}, {@code authors}, {@code status},
 * {@code date}).
 */
public final class DesignDocArbitraries {
  private DesignDocArbitraries() {}

  /** Headings, other than the template's titles, that Markdown readers take for a known section. */
  private static final Map<SectionKind, List<String>> ALIASES = aliases();

  /** Lookup keys of every heading that names a known section. */
  private static final Set<String> KNOWN_KEYS = knownKeys();

  /** Headings of sections the template does not name, as real documents have them. */
  private static final List<String> CUSTOM_HEADINGS = List.of("Goals", "Non-Goals", "Motivation", "Background",
      "Alternatives Considered", "Drawbacks", "Prior Art", "Local Development", "Appendix", "FAQ", "References");

  /** Open issue texts that say there are none, which a reader takes for no issue at all. */
  private static final Pattern NO_ISSUES = Pattern.compile(
      "(?i)\\W*(none|n/?a|nothing|no open (issues|questions)|tbd)\\W*(\\s.*)?", Pattern.DOTALL);

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
        Tuple.of(5, Arbitraries.of(WORDS)),
        Tuple.of(4, Arbitraries.of(PUNCTUATION)),
        Tuple.of(1, Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(6)));
  }

  /** A single line of adversarial text, possibly empty, without surrounding blanks. */
  public static Arbitrary<String> lines() {
    return Arbitraries.frequencyOf(
        Tuple.of(12, tokens().list().ofMinSize(0).ofMaxSize(10).map(DesignDocArbitraries::join)),
        Tuple.of(1, longLines()));
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
        Tuple.of(8, paragraph), Tuple.of(2, fence),
        Tuple.of(1, table), Tuple.of(2, special));
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

  /**
   * An endpoint as a contract's code block can state it exactly: a method in capitals (or {@code WS}),
   * a path with placeholders or an absolute URL with a query, and the headers, one-line body and
   * responses of the template's form. See {@link #endpointBlocks()}.
   */
  public static Arbitrary<HttpContract> blockEndpoints() {
    Arbitrary<HttpHeader> header = Combinators.combine(Arbitraries.of("Authorization", "Content-Type", "X-Request-Id"),
        Arbitraries.of("Bearer <token>", "application/json", "", "{id}")).as(HttpHeader::of);
    Arbitrary<HttpResponse> response = Combinators.combine(Arbitraries.of("200", "201", "204", "4xx", "4xx/5xx", "404"),
        Arbitraries.of("OK -> { session }", "", "Not Found", "error cases")).as(HttpResponse::of);
    return Builders.withBuilder(HttpContract::builder)
        .use(Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "WS")).in((b, v) -> b.method(v))
        .use(Arbitraries.of("/v1/things", "/v1/things/{id}", "/users/:id/keys", "https://api.example.com/v2/items?limit=10",
            "/stream", "wss://host/ws?token=t")).in((b, v) -> b.path(v))
        .use(header.list().ofMaxSize(2)).in((b, v) -> b.headers(v))
        .use(Arbitraries.of("{ \"name\": string }", "<xml/>").optional(0.4)).in((b, v) -> b.body(v))
        .use(response.list().ofMaxSize(3)).in((b, v) -> b.responses(v))
        .build(HttpContract.Builder::build);
  }

  /** A contract kept as a code block that states several endpoints, as a whole API in one block often does. */
  public static Arbitrary<CodeContract> endpointBlocks() {
    return Combinators.combine(names().optional(0.5), blockEndpoints().list().ofMinSize(2).ofMaxSize(4),
            Arbitraries.of("", "http", "text"))
        .as((title, endpoints, language) -> CodeContract.builder().title(title)
            .code(CodeBlock.of(language, endpointBlock(endpoints))).build());
  }

  /** The block text of endpoints: each in the template's form, indented by two, blank lines between. */
  static String endpointBlock(List<HttpContract> endpoints) {
    List<String> blocks = new ArrayList<>();
    for (HttpContract e : endpoints) {
      StringBuilder out = new StringBuilder(e.method()).append(' ').append(e.path());
      if (!e.headers().isEmpty()) {
        out.append("\nHeaders:");
        e.headers().forEach(h -> out.append("\n  ").append(h.name()).append(':')
            .append(h.value().isEmpty() ? "" : " " + h.value()));
      }
      e.body().ifPresent(b -> out.append("\nBody:\n  ").append(b));
      if (!e.responses().isEmpty()) {
        out.append("\nResponse:");
        e.responses().forEach(r -> out.append("\n  ").append(r.status())
            .append(r.description().isEmpty() ? "" : " " + r.description()));
      }
      blocks.add(out.toString());
    }
    return String.join("\n\n", blocks);
  }

  /** An API contract of either kind, code contracts stating several endpoints among them. */
  public static Arbitrary<ApiContract> apiContracts() {
    return Arbitraries.oneOf(httpContracts(), codeContracts(), endpointBlocks());
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
    return Combinators.combine(itemTexts().filter(t -> !NO_ISSUES.matcher(t).matches()),
        Arbitraries.of(OpenIssue.State.class)).as(OpenIssue::of);
  }

  /** A revision. */
  public static Arbitrary<Revision> revisions() {
    return Combinators.combine(dates().optional(0.8), names().optional(0.8), lines())
        .as((date, author, changes) -> Revision.builder().date(date).author(author).changes(changes).build());
  }

  /** A section the template does not name, with a heading that names no known section. */
  public static Arbitrary<CustomSection> customSections() {
    Arbitrary<String> heading = Arbitraries.frequencyOf(
        Tuple.of(4, names()),
        Tuple.of(1, Arbitraries.of(CUSTOM_HEADINGS)));
    return Combinators.combine(heading.filter(h -> !namesKnownSection(h)), markdownBlocks().optional(0.9))
        .as((title, body) -> CustomSection.of(title, body.orElse("")));
  }

  /**
   * A section's heading as its author might write it: empty (the template's title), the title in
   * another case or with a colon, a common alias ({@code Summary}, {@code Open Questions}, ...) or any
   * other line.
   */
  public static Arbitrary<Optional<String>> headings(SectionKind kind) {
    if (kind == SectionKind.CUSTOM) {
      return customSections().map(CustomSection::heading);
    }
    String title = kind.title();
    List<String> variants = new ArrayList<>(List.of(title, title.toLowerCase(Locale.ROOT),
        title.toUpperCase(Locale.ROOT), title + ":"));
    variants.addAll(ALIASES.getOrDefault(kind, List.of()));
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(Optional.<String>empty())),
        Tuple.of(3, Arbitraries.of(variants).map(Optional::of)),
        Tuple.of(1, names().filter(h -> !namesKnownSection(h)).map(Optional::of)));
  }

  /** The overview: a heading, and text that is often empty. */
  public static Arbitrary<Overview> overviews() {
    return Combinators.combine(headings(SectionKind.OVERVIEW), markdownBlocks().optional(0.7))
        .as((heading, text) -> Overview.builder().heading(heading).text(text.orElse("")).build());
  }

  /** A section of any kind, custom included, each part often empty. */
  public static Arbitrary<Section> sections() {
    return Arbitraries.oneOf(List.copyOf(SectionCache.BY_KIND.values()));
  }

  /** A section of this kind: a heading, and for an item section an intro, items and notes, each often empty. */
  public static Arbitrary<Section> sections(SectionKind kind) {
    return SectionCache.BY_KIND.get(Objects.requireNonNull(kind, "kind must not be null"));
  }

  /** One generator per kind, made once: jqwik reuses what it derives from a generator it has seen. */
  private static final class SectionCache {
    static final Map<SectionKind, Arbitrary<Section>> BY_KIND = byKind();
    /** Two or three sections of one kind. */
    static final Arbitrary<List<Section>> REPEATS = Arbitraries.oneOf(BY_KIND.values().stream()
        .map(a -> a.list().ofMinSize(2).ofMaxSize(3)).collect(Collectors.toList()));

    private static Map<SectionKind, Arbitrary<Section>> byKind() {
      Map<SectionKind, Arbitrary<Section>> map = new EnumMap<>(SectionKind.class);
      for (SectionKind kind : SectionKind.values()) {
        map.put(kind, newSections(kind));
      }
      return map;
    }
  }

  private static Arbitrary<Section> newSections(SectionKind kind) {
    Arbitrary<Optional<String>> heading = headings(kind);
    Arbitrary<Optional<String>> intro = markdownBlocks().optional(0.3);
    Arbitrary<Optional<String>> notes = markdownBlocks().optional(0.25);
    switch (kind) {
      case OVERVIEW:
        return overviews().map(Section.class::cast);
      case CUSTOM:
        return customSections().map(Section.class::cast);
      case COMPONENTS:
        return Combinators.combine(heading, intro, components().list().ofMaxSize(3), notes)
            .as((h, i, items, n) -> Components.builder().heading(h).intro(i).items(items).notes(n).build());
      case REQUEST_FLOWS:
        return Combinators.combine(heading, intro, requestFlows().list().ofMaxSize(3), notes)
            .as((h, i, items, n) -> RequestFlows.builder().heading(h).intro(i).items(items).notes(n).build());
      case API_CONTRACTS:
        return Combinators.combine(heading, intro, apiContracts().list().ofMaxSize(3), notes)
            .as((h, i, items, n) -> ApiContracts.builder().heading(h).intro(i).items(items).notes(n).build());
      case DATA_MODELS:
        return Combinators.combine(heading, intro, dataModels().list().ofMaxSize(3), notes)
            .as((h, i, items, n) -> DataModels.builder().heading(h).intro(i).items(items).notes(n).build());
      case SECURITY_CONSIDERATIONS:
        return Combinators.combine(heading, intro, itemTexts().list().ofMaxSize(4), notes)
            .as((h, i, items, n) -> SecurityConsiderations.builder().heading(h).intro(i).items(items).notes(n)
                .build());
      case PERFORMANCE_CONSIDERATIONS:
        return Combinators.combine(heading, intro, itemTexts().list().ofMaxSize(4), notes)
            .as((h, i, items, n) -> PerformanceConsiderations.builder().heading(h).intro(i).items(items).notes(n)
                .build());
      case TESTING_STRATEGY:
        return Combinators.combine(heading, intro, testingEntries().list().ofMaxSize(3), notes)
            .as((h, i, items, n) -> TestingStrategy.builder().heading(h).intro(i).items(items).notes(n).build());
      case ROLLOUT_PLAN:
        return Combinators.combine(heading, intro, itemTexts().list().ofMaxSize(3), notes)
            .as((h, i, items, n) -> RolloutPlan.builder().heading(h).intro(i).items(items).notes(n).build());
      case OPEN_ISSUES:
        return Combinators.combine(heading, intro, openIssues().list().ofMaxSize(4), notes)
            .as((h, i, items, n) -> OpenIssues.builder().heading(h).intro(i).items(items).notes(n).build());
      case REVISION_HISTORY:
        return Combinators.combine(heading, intro, revisions().list().ofMaxSize(3), notes)
            .as((h, i, items, n) -> RevisionHistory.builder().heading(h).intro(i).items(items).notes(n).build());
      default:
        throw new IllegalArgumentException("no generator for sections of kind " + kind);
    }
  }

  /**
   * Sections in document order: any kinds in any order, a kind often repeated, custom sections
   * anywhere; sometimes in the template's order, sometimes none at all.
   */
  public static Arbitrary<List<Section>> sectionLists() {
    Arbitrary<List<Section>> any = sections().list().ofMaxSize(8);
    Arbitrary<List<Section>> templateOrder = any.map(list -> {
      List<Section> sorted = new ArrayList<>(list);
      sorted.sort(Comparator.comparing(s -> s.kind() == SectionKind.CUSTOM ? -1 : s.kind().ordinal()));
      return sorted;
    });
    Arbitrary<List<Section>> repeated = Combinators.combine(any, SectionCache.REPEATS)
        .as(DesignDocArbitraries::interleave);
    // Without edge cases, which would make every other list empty; the empty list is one case in twenty.
    return Arbitraries.frequencyOf(Tuple.of(12, any), Tuple.of(3, templateOrder), Tuple.of(4, repeated),
        Tuple.of(1, Arbitraries.just(List.<Section>of()))).withoutEdgeCases();
  }

  /** YAML front matter, without its fences, that sets none of the keys readers take into the model. */
  public static Arbitrary<String> frontMatters() {
    Arbitrary<String> entry = Arbitraries.of("tags: [design, rfc]", "reviewers:\n  - Grace Hopper\n  - Ada",
        "ticket: \"ABC-123\"", "# a comment\ndraft: true", "layout: post", "weight: 10",
        "description: >\n  Folded text\n  over lines", "x-custom: {a: 1, b: [2, 3]}");
    return entry.list().ofMinSize(1).ofMaxSize(3).uniqueElements().map(e -> String.join("\n", e));
  }

  /** A whole design document: sections in any order, kinds repeated, every part often empty. */
  public static Arbitrary<DesignDoc> designDocs() {
    return Builders.withBuilder(DesignDoc::builder)
        .use(names().filter(t -> !namesCommonSection(t))).in((b, v) -> b.title(v))
        .use(names().optional(0.6)).in((b, v) -> b.version(v))
        .use(names().list().ofMaxSize(3)).in((b, v) -> b.authors(v))
        .use(dates().optional(0.7)).in((b, v) -> b.date(v))
        .use(statuses().optional(0.8)).in((b, v) -> b.status(v))
        .use(Combinators.combine(names(), lines()).as(MetadataEntry::of).list().ofMaxSize(3))
        .in((b, v) -> b.otherMetadata(v))
        .use(frontMatters().optional(0.15)).in((b, v) -> b.frontMatter(v))
        .use(markdownBlocks().optional(0.2)).in((b, v) -> b.preamble(v))
        .use(sectionLists()).in((b, v) -> b.sections(v))
        .build(DesignDoc.Builder::build);
  }

  private static List<Section> interleave(List<Section> rest, List<Section> same) {
    List<Section> out = new ArrayList<>(rest);
    int step = Math.max(1, (rest.size() + 1) / same.size());
    for (int i = same.size() - 1; i >= 0; i--) {
      out.add(Math.min(out.size(), i * step), same.get(i));
    }
    return out;
  }

  /** Whether a Markdown reader would take this heading for a known section. */
  private static boolean namesKnownSection(String heading) {
    String key = key(heading);
    return KNOWN_KEYS.contains(key) || key.equals("design document");
  }

  /** Whether a reader would take this first heading for a section rather than a title. */
  private static boolean namesCommonSection(String heading) {
    String key = key(heading);
    return namesKnownSection(heading) || List.of("goals", "motivation", "background", "introduction").contains(key);
  }

  private static String key(String heading) {
    String s = heading.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    while (s.endsWith(":")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  private static Map<SectionKind, List<String>> aliases() {
    Map<SectionKind, List<String>> map = new EnumMap<>(SectionKind.class);
    map.put(SectionKind.OVERVIEW, List.of("Summary", "Abstract", "TL;DR"));
    map.put(SectionKind.REQUEST_FLOWS, List.of("Flows"));
    map.put(SectionKind.API_CONTRACTS, List.of("API"));
    map.put(SectionKind.DATA_MODELS, List.of("Data Models", "Schemas"));
    map.put(SectionKind.SECURITY_CONSIDERATIONS, List.of("Security"));
    map.put(SectionKind.PERFORMANCE_CONSIDERATIONS, List.of("Performance"));
    map.put(SectionKind.TESTING_STRATEGY, List.of("Test Plan"));
    map.put(SectionKind.ROLLOUT_PLAN, List.of("Rollout"));
    map.put(SectionKind.OPEN_ISSUES, List.of("Open Questions", "Unresolved Questions"));
    map.put(SectionKind.REVISION_HISTORY, List.of("Changelog", "Implementation History"));
    return map;
  }

  private static Set<String> knownKeys() {
    Set<String> keys = new HashSet<>();
    for (SectionKind kind : SectionKind.values()) {
      if (kind.isTemplatePart()) {
        keys.add(key(kind.title()));
        keys.add(key(kind.id()));
        keys.add(key(kind.name()));
        keys.add(key(kind.name().replace('_', ' ')));
      }
    }
    for (List<String> aliases : aliases().values()) {
      aliases.forEach(a -> keys.add(key(a)));
    }
    List.of("tldr", "component overview", "request flow", "api contract", "data model", "data models and schemas",
        "testing", "change log", "metadata").forEach(keys::add);
    return Set.copyOf(keys);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static String join(List<String> tokens) {
    return strip(String.join(" ", tokens));
  }

  /** Without leading and trailing blanks ({@code [ \\t\\n\\r\\f]}); no regex, which was most of the generators' time. */
  private static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isBlank(s.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  /** Normalizes as the model does, so generated values equal what readers give back. */
  private static String normalize(String markdown) {
    // Leading blank lines go, the indentation of the first line with text stays; trailing blanks go.
    int start = 0;
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      if (c == '\n') {
        start = i + 1;
      } else if (c != ' ' && c != '\t') {
        break;
      }
    }
    int end = markdown.length();
    while (end > start && isBlank(markdown.charAt(end - 1))) {
      end--;
    }
    return markdown.substring(start, end);
  }

}
