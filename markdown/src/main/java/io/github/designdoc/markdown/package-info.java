/**
 * Markdown for design documents: {@link io.github.designdoc.markdown.MarkdownReader} reads Markdown
 * into the {@link io.github.designdoc.DesignDoc} model, with diagnostics and a source map that tell
 * where, and {@link io.github.designdoc.markdown.MarkdownWriter} writes the model as Markdown: in the
 * template's look ({@code write}), as a faithful format of the text read ({@code format}), or as a
 * minimal-diff edit of it ({@code rewrite}).
 *
 * <pre>{@code
 * String text = Files.readString(Path.of("design.md"));
 * ReadResult result = MarkdownReader.create().read(text);
 * DesignDoc approved = result.document().toBuilder().status(Status.APPROVED).build();
 * String edited = MarkdownWriter.create().rewrite(text, result, approved); // only the status line changes
 * }</pre>
 */
package io.github.designdoc.markdown;
