package io.github.designdoc;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What part of the design document template a {@link Section} plays, in the template's order, and
 * {@link #CUSTOM} for a section the template does not name.
 *
 * <p>Each kind has one name everywhere: the {@link Section} type ({@link SecurityConsiderations}), its
 * {@link #id() id} ({@code securityConsiderations}), which is the section's {@code kind} in the JSON
 * format and the name of {@link DesignDoc}'s accessor for its items
 * ({@link DesignDoc#securityConsiderations()}), and its {@link #title() title} in the template
 * ({@code Security Considerations}).
 */
public enum SectionKind {
  /** What the feature does and why: {@link Overview}. */
  OVERVIEW("overview", "Overview"),
  /** The components and their ownership: {@link Components}. */
  COMPONENTS("components", "Components"),
  /** The main user and system flows: {@link RequestFlows}. */
  REQUEST_FLOWS("requestFlows", "Request Flows"),
  /** Endpoints, messages and inter-service contracts: {@link ApiContracts}. */
  API_CONTRACTS("apiContracts", "API Contracts"),
  /** Data structures, schemas and message formats: {@link DataModels}. */
  DATA_MODELS("dataModels", "Data Models / Schemas"),
  /** {@link SecurityConsiderations}. */
  SECURITY_CONSIDERATIONS("securityConsiderations", "Security Considerations"),
  /** {@link PerformanceConsiderations}. */
  PERFORMANCE_CONSIDERATIONS("performanceConsiderations", "Performance Considerations"),
  /** {@link TestingStrategy}. */
  TESTING_STRATEGY("testingStrategy", "Testing Strategy"),
  /** The phases of the rollout: {@link RolloutPlan}. */
  ROLLOUT_PLAN("rolloutPlan", "Rollout Plan"),
  /** {@link OpenIssues}. */
  OPEN_ISSUES("openIssues", "Open Issues"),
  /** {@link RevisionHistory}. */
  REVISION_HISTORY("revisionHistory", "Revision History"),
  /** A section the template does not name, such as {@code Goals}: {@link CustomSection}. */
  CUSTOM("custom", "Custom");

  private final String id;
  private final String title;

  SectionKind(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The kind's stable id, such as {@code requestFlows}: the {@code kind} of a section in JSON. */
  public String id() {
    return id;
  }

  /** The section's heading in the template, such as {@code Data Models / Schemas}. */
  public String title() {
    return title;
  }

  /** Whether this is one of the template's parts, that is, not {@link #CUSTOM}. */
  public boolean isTemplatePart() {
    return this != CUSTOM;
  }

  /**
   * The kind with this id, or with this constant name ({@code REQUEST_FLOWS}), or with this title, case
   * ignored; empty if none.
   */
  public static Optional<SectionKind> find(String name) {
    Objects.requireNonNull(name, "name must not be null");
    String key = name.strip();
    for (SectionKind kind : values()) {
      if (kind.id.equalsIgnoreCase(key) || kind.name().equalsIgnoreCase(key) || kind.title.equalsIgnoreCase(key)
          || kind.name().replace('_', '-').equalsIgnoreCase(key)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
