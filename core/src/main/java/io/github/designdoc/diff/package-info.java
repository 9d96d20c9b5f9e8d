/**
 * What changed between two versions of a design document, in the template's terms: {@link
 * io.github.designdoc.diff.DocDiff} gives {@link io.github.designdoc.diff.Change}s, each with its JSON
 * pointer and, for documents read from text, its line in each version.
 */
package io.github.designdoc.diff;
