/**
 * An index of a set of design documents: one {@link io.github.designdoc.index.DocIndex.Row row} per
 * document (title, status, authors, date, open issues, last revision, path), sorted and filtered, and
 * written as a GitHub Markdown table, CSV, JSON or one self-contained HTML page.
 */
package io.github.designdoc.index;
