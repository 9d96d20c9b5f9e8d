package io.github.designdoc.cli;

import io.github.designdoc.Diagnostic;
import io.github.designdoc.Severity;
import io.github.designdoc.TextRange;

/** A diagnostic of one file, with where it is in the file's text. */
final class Finding {
  final String file;
  final Diagnostic diagnostic;
  final Severity severity;
  /** 1-based; 1:1 when the diagnostic has no place in the text. */
  final int line;
  final int column;
  /** The range of the part concerned, when the source map knows it; else null. */
  final TextRange range;
  /** Where the range ends (1-based, exclusive column), when there is a range. */
  final int endLine;
  final int endColumn;

  Finding(String file, Diagnostic diagnostic, Severity severity, TextRange range, String text) {
    this.file = file;
    this.diagnostic = diagnostic;
    this.severity = severity;
    boolean located = diagnostic.location().hasLine();
    this.line = located ? diagnostic.location().line() : range != null ? range.line() : 1;
    this.column = located ? Math.max(1, diagnostic.location().column()) : range != null ? range.column() : 1;
    this.range = range != null && range.line() == line && range.column() == column && text != null
        && range.end() <= text.length() ? range : null;
    if (this.range != null) {
      int l = line;
      int c = column;
      for (int i = this.range.offset(); i < this.range.end(); i++) {
        if (text.charAt(i) == '\n') {
          l++;
          c = 1;
        } else {
          c++;
        }
      }
      this.endLine = l;
      this.endColumn = c;
    } else {
      this.endLine = 0;
      this.endColumn = 0;
    }
  }

  String code() {
    return diagnostic.code();
  }

  String pointer() {
    return diagnostic.location().pointer().orElse(null);
  }
}
