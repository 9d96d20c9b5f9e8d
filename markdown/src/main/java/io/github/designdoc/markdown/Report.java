package io.github.designdoc.markdown;

import io.github.designdoc.Diagnostic;
import io.github.designdoc.Location;
import io.github.designdoc.Severity;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;

/** The diagnostics of one read, with the stable codes listed in {@link MarkdownReader}. */
final class Report {
  static final String INPUT_TOO_LONG = "MD001";
  static final String NESTING_TOO_DEEP = "MD002";
  static final String INVALID_UTF8 = "MD003";
  static final String TABLE_TOO_LARGE = "MD004";
  static final String NO_TITLE = "MD005";
  static final String BEFORE_TITLE = "MD006";
  static final String CUSTOM_SECTION = "MD007";
  static final String DUPLICATE_SECTION = "MD008";
  static final String UNTYPED_CONTENT = "MD009";
  static final String CODE_CONTRACT = "MD010";
  static final String FRONT_MATTER_VALUE = "MD011";
  static final String MULTILINE_HEADING = "MD012";
  static final String PARSER_FAILURE = "MD013";
  static final String UNCLOSED_BLOCK = "MD014";

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  void add(Severity severity, String code, String message, int line, int column) {
    diagnostics.add(Diagnostic.of(severity, code, message, Location.at(Math.max(1, line), Math.max(1, column))));
  }

  /** A diagnostic at the start of a block. */
  void at(Node node, Severity severity, String code, String message) {
    add(severity, code, message, Source.firstLine(node) + 1, Source.column(node));
  }

  void info(Node node, String code, String message) {
    at(node, Severity.INFO, code, message);
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
