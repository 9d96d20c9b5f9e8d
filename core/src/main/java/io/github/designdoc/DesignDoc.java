package io.github.designdoc;

import io.github.designdoc.internal.ContractText;
import io.github.designdoc.internal.Stated;
import io.github.designdoc.internal.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A software design document: its title and metadata, then its {@link #sections() sections} in
 * document order, each a part of the design document template or a {@link CustomSection}.
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
 *     .requestFlow(f -> f.name("Login").step("User submits the form").step("Auth Service sets a cookie"))
 *     .httpContract(h -> h.method("POST").path("/api/login").response("200", "OK -> { session }"))
 *     .openIssue("Rate limits per IP or per account?")
 *     .revision("2026-03-01", "Ada Lovelace", "Initial draft")
 *     .build();
 * DesignDoc approved = doc.toBuilder().status(Status.APPROVED).build();
 * }</pre>
 *
 * <p>The accessors named after a template part ({@link #components()}, {@link #openIssues()}, ...) give
 * the items of every section of that kind, in document order. Text is normalized as the {@linkplain
 * io.github.designdoc package} describes; a value that cannot be represented (a blank title, a line
 * break in a name) throws an {@link IllegalArgumentException} naming the field, and {@code null} throws
 * a {@link NullPointerException} naming the field.
 */
@Value.Immutable(builder = false)
public abstract class DesignDoc {
  DesignDoc() {}

  /** The feature's name: the template's {@code For <Feature Name>}. Single line, not blank. */
  @Value.Parameter
  public abstract String title();

  /** The document's version, such as {@code 0.1}. */
  @Value.Parameter
  public abstract Optional<String> version();

  /** The authors, in order. */
  @Value.Parameter
  public abstract List<String> authors();

  /** The document's date: an ISO-8601 date, or other text kept verbatim. */
  @Value.Parameter
  public abstract Optional<DocDate> date();

  /** The document's status: {@code Draft}, {@code In Review}, {@code Approved} or any other text. */
  @Value.Parameter
  public abstract Optional<Status> status();

  /** Further metadata entries (Reviewers, Ticket, Owners, ...) in their order. */
  @Value.Parameter
  public abstract List<MetadataEntry> otherMetadata();

  /** A YAML front matter block, verbatim, without its {@code ---} fences. */
  @Value.Parameter
  public abstract Optional<String> frontMatter();

  /** Markdown between the metadata and the first section, such as a table of contents. */
  @Value.Parameter
  public abstract Optional<String> preamble();

  /** The sections in document order; a kind may appear more than once. */
  @Value.Parameter
  public abstract List<Section> sections();

  /** The sections of one type, such as {@code sections(OpenIssues.class)}, in document order. */
  public final <S extends Section> List<S> sections(Class<S> type) {
    Objects.requireNonNull(type, "type must not be null");
    List<S> out = new ArrayList<>();
    for (Section s : sections()) {
      if (type.isInstance(s)) {
        out.add(type.cast(s));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The first section of a kind, if any. */
  public final Optional<Section> section(SectionKind kind) {
    Objects.requireNonNull(kind, "kind must not be null");
    return sections().stream().filter(s -> s.kind() == kind).findFirst();
  }

  /** Whether the document has a section of this kind, empty or not. */
  public final boolean hasSection(SectionKind kind) {
    return section(kind).isPresent();
  }

  /** The text of the first overview that has any. */
  public final Optional<String> overview() {
    return sections(Overview.class).stream().map(Overview::text).filter(t -> !t.isEmpty()).findFirst();
  }

  /**
   * The components the document states: the items of every {@link Components} section, then, in
   * document order, those each such section's intro and notes state in the same shapes (bold bullets under {@code ###} group headings;
   * when it has no items, one {@code ###} heading per component), and those {@link CustomSection}s and
   * the notes of other sections state (the list under a {@code Components} heading, the rows of a table
   * whose first column is {@code Component}). A derived view: the kept text is not changed, and the
   * editable items alone are {@code sections(Components.class)}, each section's {@link
   * Components#items() items}.
   */
  @Value.Lazy
  public List<Component> components() {
    List<Component> out = new ArrayList<>(items(Components.class));
    for (Section s : sections()) {
      if (s instanceof Components c) {
        String text = c.intro().orElse("") + "\n\n" + c.notes().orElse("");
        out.addAll(c.items().isEmpty() ? Stated.sectionComponents(text) : Stated.boldBullets(text));
      } else if (s instanceof CustomSection custom) {
        out.addAll(Stated.components(custom.body()));
      } else if (s instanceof ItemSection<?> items) {
        items.notes().map(Stated::components).ifPresent(out::addAll);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The request flows the document states: the items of every {@link RequestFlows} section, then, in
   * document order, the named flows their notes, the {@link CustomSection}s and the notes of other sections state: a
   * numbered list of steps under a heading that names a flow ({@code Install Flow}, {@code Workflow},
   * {@code Example flow of ...}), under a story of a {@code User Stories} heading, or after a paragraph
   * that announces steps ({@code ... the following steps:}). A bulleted list or a checklist is no flow.
   * A derived view: the editable items alone are {@code sections(RequestFlows.class)}, each section's
   * {@link RequestFlows#items() items}.
   */
  @Value.Lazy
  public List<RequestFlow> requestFlows() {
    List<RequestFlow> out = new ArrayList<>(items(RequestFlows.class));
    for (Section s : sections()) {
      if (s instanceof RequestFlows flows) {
        flows.notes().map(Stated::flows).ifPresent(out::addAll);
      } else if (s instanceof CustomSection custom) {
        out.addAll(Stated.flows(custom.body()));
      } else if (s instanceof ItemSection<?> items) {
        items.notes().map(Stated::flows).ifPresent(out::addAll);
      }
    }
    return List.copyOf(out);
  }

  /** The contracts of every {@link ApiContracts} section. */
  public final List<ApiContract> apiContracts() {
    return items(ApiContracts.class);
  }

  /**
   * The endpoints the document states, in order: those of its {@link ApiContracts} sections
   * ({@link ApiContracts#endpoints()}), and, since documents that do not follow the template state their
   * API in sections of their own, those the {@link CustomSection}s state in the same forms.
   */
  public final List<HttpContract> endpoints() {
    List<HttpContract> endpoints = new ArrayList<>();
    for (Section s : sections()) {
      if (s instanceof ApiContracts api) {
        endpoints.addAll(api.endpoints());
      } else if (s instanceof CustomSection custom) {
        endpoints.addAll(ContractText.scan(custom.body()).endpoints());
      }
    }
    return List.copyOf(endpoints);
  }

  /**
   * The named operations (rpcs, calls, commands, messages) the document states, in order: those of its
   * {@link ApiContracts} sections ({@link ApiContracts#operations()}) and of its {@link CustomSection}s.
   */
  public final List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Section s : sections()) {
      if (s instanceof ApiContracts api) {
        operations.addAll(api.operations());
      } else if (s instanceof CustomSection custom) {
        operations.addAll(ContractText.scan(custom.body()).operations());
      }
    }
    return List.copyOf(operations);
  }

  /**
   * The data models the document states: the items of every {@link DataModels} section, then, in
   * document order, the models stated elsewhere in the same forms. Schema blocks: each type a block defines in a
   * language that names its types (protobuf {@code message}, SQL {@code CREATE TABLE}, Go {@code type
   * Name struct}, TypeScript {@code interface}, C and Rust {@code struct}), named by the type, in any
   * section; a JSON object kept as an {@link CodeContract} that states no endpoint or operation, or
   * in the text of a data model or API section, named by the type its {@code "type"} names or by its
   * title or heading (never when presented as an example). Field tables with a name and a type column
   * under their own heading, named by it. A derived view: the kept text is not changed, and the
   * editable items alone are {@code sections(DataModels.class)}, each section's {@link
   * DataModels#items() items}.
   */
  @Value.Lazy
  public List<DataModel> dataModels() {
    List<DataModel> out = new ArrayList<>(items(DataModels.class));
    for (Section s : sections()) {
      if (s instanceof DataModels models) {
        models.intro().map(t -> Stated.models(t, true)).ifPresent(out::addAll);
        models.notes().map(t -> Stated.models(t, true)).ifPresent(out::addAll);
      } else if (s instanceof ApiContracts api) {
        api.intro().map(t -> Stated.models(t, true)).ifPresent(out::addAll);
        for (ApiContract contract : api.items()) {
          contract.description().map(t -> Stated.models(t, false)).ifPresent(out::addAll);
          if (contract instanceof CodeContract code) {
            out.addAll(Stated.models(code));
          }
        }
        api.notes().map(t -> Stated.models(t, true)).ifPresent(out::addAll);
      } else if (s instanceof CustomSection custom) {
        out.addAll(Stated.models(custom.body(), false));
      } else if (s instanceof ItemSection<?> items) {
        items.notes().map(t -> Stated.models(t, false)).ifPresent(out::addAll);
      }
    }
    return List.copyOf(out);
  }

  /** The considerations of every {@link SecurityConsiderations} section. */
  public final List<String> securityConsiderations() {
    return items(SecurityConsiderations.class);
  }

  /** The considerations of every {@link PerformanceConsiderations} section. */
  public final List<String> performanceConsiderations() {
    return items(PerformanceConsiderations.class);
  }

  /** The entries of every {@link TestingStrategy} section. */
  public final List<TestingEntry> testingStrategy() {
    return items(TestingStrategy.class);
  }

  /** The phases of every {@link RolloutPlan} section. */
  public final List<String> rolloutPhases() {
    return items(RolloutPlan.class);
  }

  /** The issues of every {@link OpenIssues} section. */
  public final List<OpenIssue> openIssues() {
    return items(OpenIssues.class);
  }

  /**
   * The revisions the document states: the items of every {@link RevisionHistory} section, then, for a
   * revision history kept as text (a list with details nested under its dated items, as in a KEP's
   * {@code Implementation History}), its dated items: date, author in parentheses, and the item's first
   * line as the changes. A derived view: the editable items alone are {@code
   * sections(RevisionHistory.class)}, each section's {@link RevisionHistory#items() items}.
   */
  @Value.Lazy
  public List<Revision> revisions() {
    List<Revision> out = new ArrayList<>(items(RevisionHistory.class));
    for (Section s : sections()) {
      if (s instanceof RevisionHistory history && history.items().isEmpty()) {
        out.addAll(Stated.revisions(history.intro().orElse("") + "\n\n" + history.notes().orElse("")));
      }
    }
    return List.copyOf(out);
  }

  /** The sections the template does not name. */
  public final List<CustomSection> customSections() {
    return sections(CustomSection.class);
  }

  private <T, S extends ItemSection<T>> List<T> items(Class<S> type) {
    List<T> out = null;
    for (Section s : sections()) {
      if (type.isInstance(s)) {
        List<T> items = type.cast(s).items();
        if (out == null) {
          out = items;
        } else {
          if (!(out instanceof ArrayList)) {
            out = new ArrayList<>(out);
          }
          out.addAll(items);
        }
      }
    }
    return out == null ? List.of() : out instanceof ArrayList ? Collections.unmodifiableList(out) : out;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialized with this document, for edits; its sections keep their order. */
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
    if (title.equals(title()) && version.equals(version()) && authors.equals(authors())
        && frontMatter.equals(frontMatter()) && preamble.equals(preamble())) {
      return this;
    }
    return ImmutableDesignDoc.of(title, version, authors, date(), status(), otherMetadata(), frontMatter, preamble,
        sections());
  }

  /**
   * Builds a {@link DesignDoc} with methods that read like the document. A method named after a part
   * ({@code component(..)}, {@code openIssue(..)}, {@code revision(..)}) adds to the first section of
   * that kind, creating it at its place in the template's order when there is none; so a document built
   * in code comes out in the template's order, and an edited one keeps its order.
   */
  public static final class Builder {
    private String title;
    private Optional<String> version = Optional.empty();
    private final List<String> authors = new ArrayList<>();
    private Optional<DocDate> date = Optional.empty();
    private Optional<Status> status = Optional.empty();
    private final List<MetadataEntry> otherMetadata = new ArrayList<>();
    private Optional<String> frontMatter = Optional.empty();
    private Optional<String> preamble = Optional.empty();
    private final SectionList sections = new SectionList();

    Builder() {}

    /** Replaces everything with the parts of {@code doc}. */
    public Builder from(DesignDoc doc) {
      Objects.requireNonNull(doc, "doc must not be null");
      title = doc.title();
      version = doc.version();
      authors.clear();
      authors.addAll(doc.authors());
      date = doc.date();
      status = doc.status();
      otherMetadata.clear();
      otherMetadata.addAll(doc.otherMetadata());
      frontMatter = doc.frontMatter();
      preamble = doc.preamble();
      sections.clear();
      doc.sections().forEach(sections::add);
      return this;
    }

    /** Sets the title. */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title must not be null");
      return this;
    }

    /** Sets the version, such as {@code 0.1}. */
    public Builder version(String version) {
      this.version = Optional.of(Objects.requireNonNull(version, "version must not be null"));
      return this;
    }

    /** Sets or clears the version. */
    public Builder version(Optional<String> version) {
      this.version = Objects.requireNonNull(version, "version must not be null");
      return this;
    }

    /** Adds an author. */
    public Builder author(String author) {
      authors.add(Objects.requireNonNull(author, "author must not be null"));
      return this;
    }

    /** Replaces the authors. */
    public Builder authors(List<String> authors) {
      Objects.requireNonNull(authors, "authors must not be null");
      List<String> copy = List.copyOf(authors);
      this.authors.clear();
      this.authors.addAll(copy);
      return this;
    }

    /** Sets the date. */
    public Builder date(LocalDate date) {
      return date(DocDate.of(date));
    }

    /** Sets the date from an ISO-8601 date or any other text, kept verbatim. */
    public Builder date(String date) {
      return date(DocDate.of(date));
    }

    /** Sets the date. */
    public Builder date(DocDate date) {
      this.date = Optional.of(Objects.requireNonNull(date, "date must not be null"));
      return this;
    }

    /** Sets or clears the date. */
    public Builder date(Optional<DocDate> date) {
      this.date = Objects.requireNonNull(date, "date must not be null");
      return this;
    }

    /** Sets the status. */
    public Builder status(Status status) {
      this.status = Optional.of(Objects.requireNonNull(status, "status must not be null"));
      return this;
    }

    /** Sets the status from its text: a known status or any other, kept verbatim. */
    public Builder status(String status) {
      return status(Status.of(status));
    }

    /** Sets or clears the status. */
    public Builder status(Optional<Status> status) {
      this.status = Objects.requireNonNull(status, "status must not be null");
      return this;
    }

    /** Adds a further metadata entry, such as {@code metadata("Reviewers", "Grace Hopper")}. */
    public Builder metadata(String key, String value) {
      return metadata(MetadataEntry.of(key, value));
    }

    /** Adds a further metadata entry. */
    public Builder metadata(MetadataEntry entry) {
      otherMetadata.add(Objects.requireNonNull(entry, "metadata entry must not be null"));
      return this;
    }

    /** Replaces the further metadata entries. */
    public Builder otherMetadata(List<MetadataEntry> entries) {
      List<MetadataEntry> copy = List.copyOf(Objects.requireNonNull(entries, "entries must not be null"));
      otherMetadata.clear();
      otherMetadata.addAll(copy);
      return this;
    }

    /** Sets the YAML front matter, verbatim, without its {@code ---} fences. */
    public Builder frontMatter(String yaml) {
      this.frontMatter = Optional.of(Objects.requireNonNull(yaml, "front matter must not be null"));
      return this;
    }

    /** Sets or clears the YAML front matter. */
    public Builder frontMatter(Optional<String> yaml) {
      this.frontMatter = Objects.requireNonNull(yaml, "front matter must not be null");
      return this;
    }

    /** Sets the Markdown between the metadata and the first section. */
    public Builder preamble(String markdown) {
      this.preamble = Optional.of(Objects.requireNonNull(markdown, "preamble must not be null"));
      return this;
    }

    /** Sets or clears the preamble. */
    public Builder preamble(Optional<String> markdown) {
      this.preamble = Objects.requireNonNull(markdown, "preamble must not be null");
      return this;
    }

    /** Sets the text of the first overview, creating one where there is none. */
    public Builder overview(String overview) {
      Objects.requireNonNull(overview, "overview must not be null");
      sections.setOverview(overview);
      return this;
    }

    /** Adds a component built inline. */
    public Builder component(Consumer<Component.Builder> component) {
      return component(build(component, Component.builder()).build());
    }

    /** Adds a component. */
    public Builder component(Component component) {
      sections.addItem(SectionKind.COMPONENTS, Objects.requireNonNull(component, "component must not be null"));
      return this;
    }

    /** Adds a request flow built inline. */
    public Builder requestFlow(Consumer<RequestFlow.Builder> flow) {
      return requestFlow(build(flow, RequestFlow.builder()).build());
    }

    /** Adds a request flow. */
    public Builder requestFlow(RequestFlow flow) {
      sections.addItem(SectionKind.REQUEST_FLOWS, Objects.requireNonNull(flow, "request flow must not be null"));
      return this;
    }

    /** Adds an HTTP contract built inline. */
    public Builder httpContract(Consumer<HttpContract.Builder> contract) {
      return apiContract(build(contract, HttpContract.builder()).build());
    }

    /** Adds a contract kept as a code block, built inline. */
    public Builder codeContract(Consumer<CodeContract.Builder> contract) {
      return apiContract(build(contract, CodeContract.builder()).build());
    }

    /** Adds an API contract. */
    public Builder apiContract(ApiContract contract) {
      sections.addItem(SectionKind.API_CONTRACTS, Objects.requireNonNull(contract, "API contract must not be null"));
      return this;
    }

    /** Adds a data model built inline. */
    public Builder dataModel(Consumer<DataModel.Builder> model) {
      return dataModel(build(model, DataModel.builder()).build());
    }

    /** Adds a data model. */
    public Builder dataModel(DataModel model) {
      sections.addItem(SectionKind.DATA_MODELS, Objects.requireNonNull(model, "data model must not be null"));
      return this;
    }

    /** Adds a security consideration, as Markdown. */
    public Builder securityConsideration(String consideration) {
      sections.addItem(SectionKind.SECURITY_CONSIDERATIONS,
          Objects.requireNonNull(consideration, "security consideration must not be null"));
      return this;
    }

    /** Adds a performance consideration, as Markdown. */
    public Builder performanceConsideration(String consideration) {
      sections.addItem(SectionKind.PERFORMANCE_CONSIDERATIONS,
          Objects.requireNonNull(consideration, "performance consideration must not be null"));
      return this;
    }

    /** Adds a testing strategy entry, such as {@code testingEntry("Unit tests", "Parser edge cases")}. */
    public Builder testingEntry(String label, String description) {
      sections.addItem(SectionKind.TESTING_STRATEGY, TestingEntry.of(label, description));
      return this;
    }

    /** Adds the next rollout phase, as Markdown. */
    public Builder rolloutPhase(String phase) {
      sections.addItem(SectionKind.ROLLOUT_PLAN, Objects.requireNonNull(phase, "rollout phase must not be null"));
      return this;
    }

    /** Adds an unresolved open issue. */
    public Builder openIssue(String issue) {
      return openIssue(OpenIssue.open(issue));
    }

    /** Adds an open issue, open or resolved. */
    public Builder openIssue(OpenIssue issue) {
      sections.addItem(SectionKind.OPEN_ISSUES, Objects.requireNonNull(issue, "open issue must not be null"));
      return this;
    }

    /** Adds a revision; a blank date or author is left empty. */
    public Builder revision(String date, String author, String changes) {
      Revision.Builder revision = Revision.builder().changes(Objects.requireNonNull(changes, "changes must not be null"));
      if (!Objects.requireNonNull(date, "revision date must not be null").isBlank()) {
        revision.date(date);
      }
      if (!Objects.requireNonNull(author, "revision author must not be null").isBlank()) {
        revision.author(author);
      }
      return revision(revision.build());
    }

    /** Adds a revision. */
    public Builder revision(LocalDate date, String author, String changes) {
      return revision(date.toString(), author, changes);
    }

    /** Adds a revision. */
    public Builder revision(Revision revision) {
      sections.addItem(SectionKind.REVISION_HISTORY, Objects.requireNonNull(revision, "revision must not be null"));
      return this;
    }

    /** Adds a section the template does not name, after the sections added so far. */
    public Builder section(String heading, String body) {
      return section(CustomSection.of(heading, body));
    }

    /** Adds a section after the sections added so far. */
    public Builder section(Section section) {
      sections.add(Objects.requireNonNull(section, "section must not be null"));
      return this;
    }

    /** Replaces the sections. */
    public Builder sections(List<? extends Section> sections) {
      List<Section> copy = List.copyOf(Objects.requireNonNull(sections, "sections must not be null"));
      this.sections.clear();
      copy.forEach(this.sections::add);
      return this;
    }

    /**
     * The document.
     *
     * @throws IllegalStateException if no title is set
     * @throws IllegalArgumentException if a value cannot be represented, naming the field
     */
    public DesignDoc build() {
      if (title == null) {
        throw new IllegalStateException("a design document needs a title: call title(..) before build()");
      }
      return ImmutableDesignDoc.of(title, version, authors, date, status, otherMetadata, frontMatter, preamble,
          sections.build());
    }

    private static <B> B build(Consumer<B> consumer, B builder) {
      Objects.requireNonNull(consumer, "builder function must not be null").accept(builder);
      return builder;
    }
  }
}
