/**
 * Soft rules over a {@link io.github.designdoc.DesignDoc}: placeholders left in, Approved with open
 * issues, revision order, dates in the future, duplicate names, HTTP methods and statuses, required
 * sections.
 *
 * <p>Each finding's location is a JSON pointer to the part it concerns, such as
 * {@code /sections/2/items/1/name} (the second item of the document's third section), or {@code ""}
 * for the whole document; linting a {@link io.github.designdoc.ReadResult} adds the line and column
 * the part was read from.
 *
 * <pre>{@code
 * List<Diagnostic> findings = Linter.create().lint(doc);
 * List<Diagnostic> located = Linter.create().lint(MarkdownReader.create().read(path));
 * }</pre>
 */
package io.github.designdoc.lint;
