package io.github.designdoc.lint;

import io.github.designdoc.Diagnostic;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.ReadResult;
import io.github.designdoc.SourceMap;
import java.util.Optional;
import io.github.designdoc.SectionKind;
import io.github.designdoc.Severity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a {@link DesignDoc} against the {@link LintRule lint rules} and returns findings, never
 * throwing for anything a document holds.
 *
 * <p>Immutable and thread-safe; configure one with {@link #builder()}:
 *
 * <pre>{@code
 * Linter linter = Linter.builder()
 *     .requiredSections(EnumSet.of(SectionKind.OVERVIEW, SectionKind.OPEN_ISSUES))
 *     .disable(LintRule.FUTURE_DATE)
 *     .build();
 * for (Diagnostic finding : linter.lint(doc)) {
 *   System.out.println(finding);
 * }
 * }</pre>
 *
 * <p>Each finding is a {@link Diagnostic} whose code is the rule's {@link LintRule#id() id} and whose
 * location is a JSON pointer to the part of the document it concerns, such as
 * {@code /sections/2/items/1/name}; {@link #lint(ReadResult)} adds the line and column it was read from.
 */
public final class Linter {
  /** The sections the template has, all of which are required by default. */
  public static final Set<SectionKind> TEMPLATE_SECTIONS =
      Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(SectionKind.CUSTOM)));

  private final Set<SectionKind> requiredSections;
  private final Map<LintRule, Severity> severities;
  private final Clock clock;

  private Linter(Builder builder) {
    this.requiredSections = Collections.unmodifiableSet(EnumSet.copyOf(builder.requiredSections));
    this.severities = Collections.unmodifiableMap(new EnumMap<>(builder.severities));
    this.clock = builder.clock;
  }

  /** A linter with every rule on, the template's sections required, and the system clock. */
  public static Linter create() {
    return builder().build();
  }

  /** A builder starting from the defaults of {@link #create()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The sections this linter requires. */
  public Set<SectionKind> requiredSections() {
    return requiredSections;
  }

  /** The rules this linter checks, with the severity of their findings. */
  public Map<LintRule, Severity> severities() {
    return severities;
  }

  /**
   * The findings for a document, in rule order.
   *
   * @throws NullPointerException if {@code doc} is null
   */
  public List<Diagnostic> lint(DesignDoc doc) {
    Objects.requireNonNull(doc, "doc must not be null");
    Findings findings = new Findings(severities);
    LocalDate today = LocalDate.now(clock);
    Rules.placeholders(doc, findings);
    Rules.approvedWithOpenIssues(doc, findings);
    Rules.revisionOrder(doc, findings);
    Rules.futureDates(doc, today, findings);
    Rules.duplicates(doc, findings);
    Rules.http(doc, findings);
    Rules.missingSections(doc, requiredSections, findings);
    return findings.list();
  }

  /**
   * The reader's diagnostics followed by the findings for the document read, each finding located by
   * the read's {@link SourceMap}: the line and column of the part it concerns, or of the nearest
   * enclosing part, and of the title for findings about the whole document.
   *
   * @throws NullPointerException if {@code read} is null
   */
  public List<Diagnostic> lint(ReadResult read) {
    Objects.requireNonNull(read, "read must not be null");
    SourceMap map = read.sourceMap();
    List<Diagnostic> out = new ArrayList<>(read.diagnostics());
    for (Diagnostic finding : lint(read.document())) {
      Optional<String> pointer = finding.location().pointer();
      out.add(pointer.isEmpty() ? finding
          : Diagnostic.of(finding.severity(), finding.code(), finding.message(), map.locate(pointer.get())));
    }
    return List.copyOf(out);
  }

  /** Configures a {@link Linter}. */
  public static final class Builder {
    private Set<SectionKind> requiredSections = EnumSet.copyOf(TEMPLATE_SECTIONS);
    private final Map<LintRule, Severity> severities = new EnumMap<>(LintRule.class);
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {
      for (LintRule rule : LintRule.values()) {
        severities.put(rule, rule.defaultSeverity());
      }
    }

    /**
     * The sections a document must have; the template's sections by default.
     *
     * @throws IllegalArgumentException if the set holds {@link SectionKind#CUSTOM}
     */
    public Builder requiredSections(Set<SectionKind> sections) {
      Objects.requireNonNull(sections, "sections must not be null");
      if (sections.contains(SectionKind.CUSTOM)) {
        throw new IllegalArgumentException("a custom section cannot be required: name the template parts");
      }
      this.requiredSections = sections.isEmpty() ? EnumSet.noneOf(SectionKind.class) : EnumSet.copyOf(sections);
      return this;
    }

    /** Turns a rule off. */
    public Builder disable(LintRule rule) {
      severities.remove(Objects.requireNonNull(rule, "rule must not be null"));
      return this;
    }

    /** Turns a rule on with the given severity for its findings. */
    public Builder severity(LintRule rule, Severity severity) {
      severities.put(Objects.requireNonNull(rule, "rule must not be null"),
          Objects.requireNonNull(severity, "severity must not be null"));
      return this;
    }

    /** The clock that says what "today" is, for dates in the future; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /** The linter. */
    public Linter build() {
      return new Linter(this);
    }
  }

  /** Collects findings of the enabled rules. */
  static final class Findings {
    private final Map<LintRule, Severity> severities;
    private final List<Diagnostic> list = new ArrayList<>();

    Findings(Map<LintRule, Severity> severities) {
      this.severities = severities;
    }

    boolean enabled(LintRule rule) {
      return severities.containsKey(rule);
    }

    void add(LintRule rule, String pointer, String message) {
      Severity severity = severities.get(rule);
      if (severity != null) {
        list.add(Diagnostic.of(severity, rule.id(), message, io.github.designdoc.Location.pointer(pointer)));
      }
    }

    List<Diagnostic> list() {
      return List.copyOf(list);
    }
  }
}
