/**
 * Markdown for design documents: {@link io.github.designdoc.markdown.MarkdownReader} reads Markdown
 * into the {@link io.github.designdoc.DesignDoc} model, with diagnostics that tell where, and {@link
 * io.github.designdoc.markdown.MarkdownWriter} writes the model as Markdown in the template's layout.
 *
 * <pre>{@code
 * ReadResult result = MarkdownReader.create().read(Path.of("design.md"));
 * DesignDoc doc = result.document();
 * String markdown = MarkdownWriter.create().write(doc);
 * }</pre>
 */
package io.github.designdoc.markdown;
