package io.github.designdoc.json.internal;

/** The codes of the diagnostics the JSON reader reports; the public Javadoc of {@code JsonReader} lists them. */
public final class ErrorCodes {
  private ErrorCodes() {}

  /** Not well-formed JSON, or input that ends early. */
  public static final String SYNTAX = "json-syntax";
  /** A read limit exceeded: nesting depth, string length or document length. */
  public static final String LIMIT = "json-limit";
  /** A property the format does not have in that place. */
  public static final String UNKNOWN_PROPERTY = "json-unknown-property";
  /** A property given twice in one object. */
  public static final String DUPLICATE_PROPERTY = "json-duplicate-property";
  /** A required property that is missing. */
  public static final String MISSING_PROPERTY = "json-missing-property";
  /** A value of the wrong JSON type, such as a number where a string belongs. */
  public static final String WRONG_TYPE = "json-wrong-type";
  /** A value of the right type that the format or the model rejects. */
  public static final String INVALID_VALUE = "json-invalid-value";
  /** A missing, malformed or unsupported format version. */
  public static final String FORMAT_VERSION = "json-format-version";
  /** Anything after the document. */
  public static final String TRAILING_CONTENT = "json-trailing-content";
  /** An info: the document is in format 1, read and converted to the current model. */
  public static final String FORMAT_1 = "json-format-1";
  /** Reading stopped after too many errors. */
  public static final String TOO_MANY_ERRORS = "json-too-many-errors";
}
