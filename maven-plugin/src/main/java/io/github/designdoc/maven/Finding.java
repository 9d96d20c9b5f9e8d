package io.github.designdoc.maven;

import io.github.designdoc.Severity;
import java.util.Locale;

/**
 * One finding about one design doc, printed as {@code file:line:column: severity code message} (without
 * {@code :line:column} when it has no place in the text).
 */
record Finding(String file, int line, int column, Severity severity, String code, String message) {

  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line + ":" + Math.max(column, 1) : file;
    return where + ": " + severity.name().toLowerCase(Locale.ROOT) + " " + code + " " + message;
  }
}
