package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A software design document: every part of the design document template, in the template's order,
 * plus the sections the template does not name.
 *
 * <p>Immutable and null-hostile; build one with {@link #builder()} and change one with {@link
 * #toBuilder()}:
 *
 * <pre>{@code
 * DesignDoc doc = DesignDoc.builder()
 *     .title("Session Login")
 *     .author("Ada Lovelace")
 *     .date(LocalDate.of(2026, 3, 1))
 *     .status(Status.DRAFT)
 *     .overview("Adds password login to the web console.")
 *     .component(c -> c.name("Auth Service").owner("Go/Identity").detail("Issues session cookies"))
 *     .flow(f -> f.name("Login").step("User submits the form").step("Auth Service sets a cookie"))
 *     .httpContract(h -> h.method("POST").path("/api/login").response("200", "OK -> { session }"))
 *     .openIssue("Rate limits per IP or per account?")
 *     .revision("2026-03-01", "Ada Lovelace", "Initial draft")
 *     .build();
 * DesignDoc approved = doc.toBuilder().status(Status.APPROVED).build();
 * }</pre>
 *
 * <p>Text is normalized as the {@linkplain io.github.designdoc package} describes; a value that cannot
 * be represented (a blank title, a line break in a name) throws an {@link IllegalArgumentException}
 * naming the field, and {@code null} throws a {@link NullPointerException} naming the field.
 */
@Value.Immutable
public abstract class DesignDoc {
  DesignDoc() {}

  /** The feature's name: the template's {@code For <Feature Name>}. Single line, not blank. */
  public abstract String title();

  /** The document's version, such as {@code 0.1}. */
  public abstract Optional<String> version();

  /** The authors, in order. */
  public abstract List<String> authors();

  /** The document's date: an ISO-8601 date, or other text kept verbatim. */
  public abstract Optional<DocDate> date();

  /** The document's status: {@code Draft}, {@code In Review}, {@code Approved} or any other text. */
  public abstract Optional<Status> status();

  /** Further metadata entries (Reviewers, Ticket, Owners, ...) in their order. */
  public abstract List<MetadataEntry> otherMetadata();

  /** A YAML front matter block, verbatim, without its {@code ---} fences. */
  public abstract Optional<String> frontMatter();

  /** Markdown between the metadata and the first section, such as a table of contents. */
  public abstract Optional<String> preamble();

  /** What the feature does, why it is built and its key goals, as Markdown. */
  public abstract Optional<String> overview();

  /** The components involved, with their ownership. */
  public abstract List<Component> components();

  /** The main user and system flows. */
  public abstract List<RequestFlow> requestFlows();

  /** The API endpoints, messages and inter-service contracts. */
  public abstract List<ApiContract> apiContracts();

  /** The data structures, schema changes and message formats. */
  public abstract List<DataModel> dataModels();

  /** Security considerations, one Markdown item each. */
  public abstract List<String> securityConsiderations();

  /** Performance considerations, one Markdown item each. */
  public abstract List<String> performanceConsiderations();

  /** The testing strategy's entries, such as {@code Unit tests}. */
  public abstract List<TestingEntry> testingStrategy();

  /** The rollout plan's phases, in order, one Markdown item each. Free notes are in {@link #rolloutNotes()}. */
  public abstract List<String> rolloutPhases();

  /** The open issues. */
  public abstract List<OpenIssue> openIssues();

  /** The revision history, in the order written. */
  public abstract List<Revision> revisions();

  /**
   * The sections the template does not name, each placed after a known section; in document order
   * (ordered by {@link CustomSection#after()}, the given order kept among those after the same section).
   */
  public abstract List<CustomSection> customSections();

  /**
   * The prose around known sections' typed content: headings as written, introductions and notes. A
   * known section with an entry here is present even when it has no typed content. A heading equal to the
   * template's is not kept, nor an empty entry for a section that has typed content.
   */
  public abstract Map<SectionKind, SectionText> sectionTexts();

  /** The prose around a known section's typed content, if any. */
  public Optional<SectionText> sectionText(SectionKind kind) {
    return Optional.ofNullable(sectionTexts().get(Objects.requireNonNull(kind, "kind must not be null")));
  }

  /** The rollout plan's free notes (feature flags, migrations, compatibility), as Markdown. */
  public Optional<String> rolloutNotes() {
    return sectionText(SectionKind.ROLLOUT_PLAN).flatMap(SectionText::notes);
  }

  /**
   * Whether the document has this section: typed content, or prose in {@link #sectionTexts()}. The
   * metadata counts as present when any metadata is set.
   */
  public boolean hasSection(SectionKind kind) {
    return sectionTexts().containsKey(Objects.requireNonNull(kind, "kind must not be null")) || hasTypedContent(kind);
  }

  private boolean hasTypedContent(SectionKind kind) {
    switch (kind) {
      case METADATA:
        return version().isPresent() || !authors().isEmpty() || date().isPresent() || status().isPresent()
            || !otherMetadata().isEmpty();
      case OVERVIEW:
        return overview().isPresent();
      case COMPONENTS:
        return !components().isEmpty();
      case REQUEST_FLOWS:
        return !requestFlows().isEmpty();
      case API_CONTRACTS:
        return !apiContracts().isEmpty();
      case DATA_MODELS:
        return !dataModels().isEmpty();
      case SECURITY:
        return !securityConsiderations().isEmpty();
      case PERFORMANCE:
        return !performanceConsiderations().isEmpty();
      case TESTING_STRATEGY:
        return !testingStrategy().isEmpty();
      case ROLLOUT_PLAN:
        return !rolloutPhases().isEmpty();
      case OPEN_ISSUES:
        return !openIssues().isEmpty();
      case REVISION_HISTORY:
        return !revisions().isEmpty();
      default:
        throw new AssertionError(kind);
    }
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialized with this document, for edits. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The design document template's own content as a model: {@code <Feature Name>}, {@code <author>},
   * the status {@code Draft | In Review | Approved} and the template's example parts.
   */
  public static DesignDoc template() {
    return Template.DOC;
  }

  @Value.Check
  DesignDoc normalize() {
    String title = Text.requiredLine("title", title());
    Optional<String> version = Text.optionalLine("version", version());
    List<String> authors = Text.lines("authors", authors(), true);
    Optional<String> frontMatter = frontMatter().map(CodeBlock::code);
    Optional<String> preamble = Text.optionalMarkdown("preamble", preamble());
    Optional<String> overview = Text.optionalMarkdown("overview", overview());
    List<String> security = Text.markdowns("securityConsiderations", securityConsiderations());
    List<String> performance = Text.markdowns("performanceConsiderations", performanceConsiderations());
    List<String> phases = Text.markdowns("rolloutPhases", rolloutPhases());
    if (!(title.equals(title()) && version.equals(version()) && authors.equals(authors())
        && frontMatter.equals(frontMatter()) && preamble.equals(preamble()) && overview.equals(overview())
        && security.equals(securityConsiderations()) && performance.equals(performanceConsiderations())
        && phases.equals(rolloutPhases()))) {
      return builder().from(this).title(title).version(version).authors(authors).frontMatter(frontMatter)
          .preamble(preamble).overview(overview).securityConsiderations(security)
          .performanceConsiderations(performance).rolloutPhases(phases).build();
    }
    // on normalized text only, since an empty overview or item decides whether a section has typed content
    List<CustomSection> customs = canonicalCustomSections();
    Map<SectionKind, SectionText> texts = canonicalSectionTexts();
    if (customs.equals(customSections()) && texts.equals(sectionTexts())) {
      return this;
    }
    return builder().from(this).customSections(customs).sectionTexts(texts).build();
  }

  /**
   * Custom sections in document order: ordered by the known section they follow, keeping the given order
   * among those that follow the same one (a stable sort), so that two documents that read the same are
   * equal.
   */
  private List<CustomSection> canonicalCustomSections() {
    List<CustomSection> customs = customSections();
    for (int i = 1; i < customs.size(); i++) {
      if (customs.get(i - 1).after().compareTo(customs.get(i).after()) > 0) {
        List<CustomSection> sorted = new java.util.ArrayList<>(customs);
        sorted.sort(java.util.Comparator.comparing(CustomSection::after));
        return sorted;
      }
    }
    return customs;
  }

  /**
   * Section texts without what says nothing: a heading equal to the template's ({@link SectionKind#title()})
   * is dropped, and so is an empty entry for a section that has typed content (it is present anyway).
   */
  private Map<SectionKind, SectionText> canonicalSectionTexts() {
    boolean same = true;
    Map<SectionKind, SectionText> texts = new java.util.EnumMap<>(SectionKind.class);
    for (Map.Entry<SectionKind, SectionText> entry : sectionTexts().entrySet()) {
      SectionText text = entry.getValue();
      if (text.heading().filter(h -> h.equals(entry.getKey().title())).isPresent()) {
        text = text.toBuilder().heading(Optional.empty()).build();
        same = false;
      }
      if (text.isEmpty() && hasTypedContent(entry.getKey())) {
        same = false;
        continue;
      }
      texts.put(entry.getKey(), text);
    }
    return same ? sectionTexts() : texts;
  }

  /**
   * Builds a {@link DesignDoc}. Besides a setter for every part, it has methods that read like the
   * document, such as {@code component(c -> c.name("Gateway"))} and {@code openIssue("...")}.
   */
  public static final class Builder extends ImmutableDesignDoc.Builder {
    Builder() {}

    /** Adds an author. */
    public Builder author(String author) {
      return addAuthor(author);
    }

    /** Sets the date. */
    public Builder date(LocalDate date) {
      return date(DocDate.of(date));
    }

    /** Sets the date from an ISO-8601 date or any other text, kept verbatim. */
    public Builder date(String date) {
      return date(DocDate.of(date));
    }

    /** Sets the status from its text: a known status or any other, kept verbatim. */
    public Builder status(String status) {
      return status(Status.of(status));
    }

    /** Adds a further metadata entry, such as {@code metadata("Reviewers", "Grace Hopper")}. */
    public Builder metadata(String key, String value) {
      return addOtherMetadata(MetadataEntry.of(key, value));
    }

    /** Adds a component built inline. */
    public Builder component(Consumer<Component.Builder> component) {
      return addComponent(build(component, Component.builder()).build());
    }

    /** Adds a request flow built inline. */
    public Builder flow(Consumer<RequestFlow.Builder> flow) {
      return addRequestFlow(build(flow, RequestFlow.builder()).build());
    }

    /** Adds an HTTP contract built inline. */
    public Builder httpContract(Consumer<HttpContract.Builder> contract) {
      return addApiContract(build(contract, HttpContract.builder()).build());
    }

    /** Adds a contract kept as a code block, built inline. */
    public Builder codeContract(Consumer<CodeContract.Builder> contract) {
      return addApiContract(build(contract, CodeContract.builder()).build());
    }

    /** Adds a data model built inline. */
    public Builder dataModel(Consumer<DataModel.Builder> model) {
      return addDataModel(build(model, DataModel.builder()).build());
    }

    /** Adds a security consideration, as Markdown. */
    public Builder security(String consideration) {
      return addSecurityConsideration(consideration);
    }

    /** Adds a performance consideration, as Markdown. */
    public Builder performance(String consideration) {
      return addPerformanceConsideration(consideration);
    }

    /** Adds a testing strategy entry, such as {@code testing("Unit tests", "Parser edge cases")}. */
    public Builder testing(String label, String description) {
      return addTestingStrategy(TestingEntry.of(label, description));
    }

    /** Adds the next rollout phase, as Markdown. */
    public Builder phase(String phase) {
      return addRolloutPhase(phase);
    }

    /** Adds an unresolved open issue. */
    public Builder openIssue(String issue) {
      return addOpenIssue(OpenIssue.open(issue));
    }

    /** Adds a resolved open issue. */
    public Builder resolvedIssue(String issue) {
      return addOpenIssue(OpenIssue.resolved(issue));
    }

    /** Adds a revision; a blank date or author is left empty. */
    public Builder revision(String date, String author, String changes) {
      Revision.Builder revision = Revision.builder().author(author).changes(changes);
      if (!Objects.requireNonNull(date, "revision date must not be null").isBlank()) {
        revision.date(date);
      }
      return addRevision(revision.build());
    }

    /** Adds a revision. */
    public Builder revision(LocalDate date, String author, String changes) {
      return addRevision(Revision.builder().date(DocDate.of(date)).author(author).changes(changes).build());
    }

    /** Adds a section the template does not name, after the open issues. */
    public Builder section(String heading, String body) {
      return addCustomSection(CustomSection.of(heading, body));
    }

    /** Adds a section the template does not name, after the given known section. */
    public Builder section(SectionKind after, String heading, String body) {
      return addCustomSection(CustomSection.builder().after(after).heading(heading).body(body).build());
    }

    /** Sets the prose around a known section's typed content, replacing any set before. */
    public Builder sectionText(SectionKind kind, Consumer<SectionText.Builder> text) {
      return putSectionText(kind, build(text, SectionText.builder()).build());
    }

    private static <B> B build(Consumer<B> consumer, B builder) {
      Objects.requireNonNull(consumer, "builder function must not be null").accept(builder);
      return builder;
    }
  }
}
