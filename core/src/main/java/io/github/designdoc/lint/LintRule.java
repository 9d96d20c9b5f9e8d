package io.github.designdoc.lint;

import io.github.designdoc.Severity;

/**
 * The soft rules a {@link Linter} checks. Each has a stable {@link #id()}, used as the
 * {@link io.github.designdoc.Diagnostic#code() code} of its findings, and a default severity.
 */
public enum LintRule {
  /** A template placeholder is left in, such as {@code <author>} or {@code <Feature Name>}. */
  PLACEHOLDER("placeholder", Severity.WARNING),
  /** The status is Approved but open issues are unresolved. */
  APPROVED_WITH_OPEN_ISSUES("approved-with-open-issues", Severity.ERROR),
  /** The revision history is not in date order. */
  REVISION_ORDER("revision-order", Severity.WARNING),
  /** A date lies in the future. */
  FUTURE_DATE("future-date", Severity.WARNING),
  /** Two components have the same name. */
  DUPLICATE_COMPONENT("duplicate-component", Severity.ERROR),
  /** Two data models have the same name. */
  DUPLICATE_DATA_MODEL("duplicate-data-model", Severity.ERROR),
  /** An HTTP contract's method is not one of the standard methods (GET, POST, ...). */
  HTTP_METHOD("http-method", Severity.WARNING),
  /** A response status is neither a status code ({@code 404}) nor a range ({@code 4xx}). */
  HTTP_STATUS("http-status", Severity.WARNING),
  /** A required section is missing. */
  MISSING_SECTION("missing-section", Severity.WARNING);

  private final String id;
  private final Severity severity;

  LintRule(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  /** The rule's stable id, such as {@code missing-section}. */
  public String id() {
    return id;
  }

  /** The severity of the rule's findings unless the linter is configured otherwise. */
  public Severity defaultSeverity() {
    return severity;
  }
}
