/**
 * Soft rules over a {@link io.github.designdoc.DesignDoc}: placeholders left in, Approved with open
 * issues, revision order, dates in the future, duplicate names, HTTP methods and statuses, required
 * sections.
 *
 * <pre>{@code
 * List<Diagnostic> findings = Linter.create().lint(doc);
 * }</pre>
 */
package io.github.designdoc.lint;
