package io.github.designdoc;

/**
 * The parts of the design document template, in the template's order.
 *
 * <p>Used to place {@link CustomSection custom sections} among the known ones and to carry the prose
 * around a known section's typed content ({@link SectionText}).
 */
public enum SectionKind {
  /** The metadata block under the title (version, authors, date, status). */
  METADATA("Metadata"),
  /** The overview. */
  OVERVIEW("Overview"),
  /** The components and their ownership. */
  COMPONENTS("Components"),
  /** The request flows. */
  REQUEST_FLOWS("Request Flows"),
  /** The API contracts. */
  API_CONTRACTS("API Contracts"),
  /** The data models and schemas. */
  DATA_MODELS("Data Models / Schemas"),
  /** The security considerations. */
  SECURITY("Security Considerations"),
  /** The performance considerations. */
  PERFORMANCE("Performance Considerations"),
  /** The testing strategy. */
  TESTING_STRATEGY("Testing Strategy"),
  /** The rollout plan. */
  ROLLOUT_PLAN("Rollout Plan"),
  /** The open issues. */
  OPEN_ISSUES("Open Issues"),
  /** The revision history. */
  REVISION_HISTORY("Revision History");

  private final String title;

  SectionKind(String title) {
    this.title = title;
  }

  /** The section's heading in the template, such as {@code Data Models / Schemas}. */
  public String title() {
    return title;
  }
}
