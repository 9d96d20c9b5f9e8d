package io.github.designdoc.markdown.internal;

import io.github.designdoc.Diagnostic;
import io.github.designdoc.Location;
import io.github.designdoc.Severity;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;

/** The diagnostics of one read, with the stable codes listed in {@code MarkdownReader}'s Javadoc. */
public final class Report {
  public static final String INPUT_TOO_LONG = "MD001";
  public static final String NESTING_TOO_DEEP = "MD002";
  public static final String INVALID_UTF8 = "MD003";
  public static final String TABLE_TOO_LARGE = "MD004";
  public static final String NO_TITLE = "MD005";
  public static final String BEFORE_TITLE = "MD006";
  public static final String CUSTOM_SECTION = "MD007";
  public static final String DUPLICATE_SECTION = "MD008";
  public static final String UNTYPED_CONTENT = "MD009";
  public static final String CODE_CONTRACT = "MD010";
  public static final String FRONT_MATTER_VALUE = "MD011";
  public static final String MULTILINE_HEADING = "MD012";
  public static final String PARSER_FAILURE = "MD013";
  public static final String UNCLOSED_BLOCK = "MD014";
  public static final String FRONT_MATTER_INVALID = "MD015";
  public static final String KEPT_VERBATIM = "MD016";
  public static final String AUTHOR_REMARK = "MD017";

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public void add(Severity severity, String code, String message, int line, int column) {
    diagnostics.add(Diagnostic.of(severity, code, message, Location.at(Math.max(1, line), Math.max(1, column))));
  }

  /** A diagnostic at the start of a block. */
  public void at(Node node, Severity severity, String code, String message) {
    add(severity, code, message, Source.firstLine(node) + 1, Source.column(node));
  }

  public void info(Node node, String code, String message) {
    at(node, Severity.INFO, code, message);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
