package io.github.designdoc;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
  /** Something worth knowing, such as content kept as Markdown because it did not fit a typed part. */
  INFO,
  /** Something likely wrong that does not stop reading. */
  WARNING,
  /** Something wrong: strict reading fails on it. */
  ERROR
}
