package io.github.designdoc.json.internal;

import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A JSON parser seen by the format's codecs: the current token, where it is (JSON pointer, line and
 * column) and the errors found so far. Reading goes on after an error where the JSON stays well formed,
 * so one read reports every error it can; past {@link #MAX_ERRORS} it stops.
 */
public final class JsonInput {
  /** How many errors one read reports before it stops. */
  public static final int MAX_ERRORS = 100;

  private final JsonParser parser;
  private final List<Diagnostic> errors = new ArrayList<>();
  private FormatVersion version = FormatVersion.CURRENT;

  /** An input reading from this parser, which must stand on the first token of the value to read. */
  public JsonInput(JsonParser parser) {
    this.parser = Objects.requireNonNull(parser, "parser must not be null");
  }

  /** The underlying parser. */
  public JsonParser parser() {
    return parser;
  }

  /** The token the parser stands on. */
  JsonToken token() {
    return parser.currentToken();
  }

  /** Moves to the next token. */
  JsonToken next() {
    return parser.nextToken();
  }

  /** The JSON pointer of the current value, such as {@code /components/0/name}. */
  String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  /** The pointer, line and column of the current token. */
  public Location location() {
    return locate(pointer(), parser.currentTokenLocation());
  }

  /** A location of this pointer at a position Jackson reports. */
  public static Location locate(String pointer, TokenStreamLocation at) {
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    return Location.of(pointer, line, column);
  }

  /** The format version of the document being read: the current one until its formatVersion is read. */
  FormatVersion version() {
    return version;
  }

  /** Records the document's format version. */
  void version(FormatVersion version) {
    this.version = version;
  }

  /** Records an error at the current token. */
  void error(String code, String message) {
    error(code, message, location());
  }

  /**
   * Records an error.
   *
   * @throws DesignDocFormatException with every error so far once there are too many to go on
   */
  public void error(String code, String message, Location at) {
    errors.add(Diagnostic.error(code, message, at));
    if (errors.size() >= MAX_ERRORS) {
      errors.add(Diagnostic.error(ErrorCodes.TOO_MANY_ERRORS,
          "stopped reading after " + MAX_ERRORS + " errors", at));
      throw failure();
    }
  }

  /** How many errors were recorded so far. */
  int errorCount() {
    return errors.size();
  }

  /** Whether any error was recorded. */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The exception carrying every error recorded. */
  public DesignDocFormatException failure() {
    return new DesignDocFormatException(errors);
  }

  /** Records that the current value has the wrong type, and skips it. */
  void wrongType(String expected) {
    error(ErrorCodes.WRONG_TYPE, "expected " + expected + ", found " + describe(token()));
    skip();
  }

  /** Skips the current value, with its children. */
  void skip() {
    parser.skipChildren();
  }

  /** The current value as a string, or {@code null} after reporting that it is not one. */
  String string() {
    if (token() == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    wrongType("a string");
    return null;
  }

  /** Whether the current token starts an object; reports and skips anything else. */
  boolean startObject(String expected) {
    if (token() == JsonToken.START_OBJECT) {
      return true;
    }
    wrongType(expected);
    return false;
  }

  /** Whether the current token starts an array; reports and skips anything else. */
  boolean startArray(String expected) {
    if (token() == JsonToken.START_ARRAY) {
      return true;
    }
    wrongType(expected);
    return false;
  }

  /**
   * Moves to the next property of the object being read. Returns its name with the parser on the
   * property name, or {@code null} at the end of the object.
   */
  String nextProperty() {
    JsonToken t = next();
    return t == JsonToken.PROPERTY_NAME ? parser.currentName() : null;
  }

  /** How a token is named in messages: {@code a string}, {@code an object}, ... */
  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : "'" + token.asString() + "'";
    }
  }

  /** A text shortened for a message, in quotes. */
  static String quote(String text) {
    String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
