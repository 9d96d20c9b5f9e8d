/**
 * The Markdown module's machinery, not exported: the document reader and writer, one reader and writer
 * per template part ({@code MetadataReader}, {@code FrontMatter}, {@code SectionReader} and
 * {@code SectionWriter} for the sections, {@code ShapeReader} and {@code ShapeWriter} for list and table
 * items, {@code HttpBlock} for HTTP contracts), the faithful formatter and the minimal-diff rewriter.
 */
package io.github.designdoc.markdown.internal;
