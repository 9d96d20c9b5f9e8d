package io.github.designdoc.json.internal;

import io.github.designdoc.Diagnostic;
import io.github.designdoc.Location;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/** Turns Jackson's syntax and limit errors into diagnostics. */
public final class JacksonErrors {
  private JacksonErrors() {}

  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  private static final Pattern UNKNOWN_SOURCE = Pattern.compile("\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)|\\s*\\[Source: [^\\]]*\\]");
  private static final Pattern LIMIT_SETTING =
      Pattern.compile("`StreamReadConstraints\\.getMax(NestingDepth|StringLength|DocumentLength)\\(\\)`");

  /** Records Jackson's error on the input, at the position Jackson reports. */
  static void record(JsonInput in, JacksonException e) {
    in.error(code(e), message(e), location(in.parser(), e));
  }

  /** A diagnostic of Jackson's error when no input is open yet. */
  public static Diagnostic diagnostic(JacksonException e) {
    return Diagnostic.error(code(e), message(e), location(null, e));
  }

  private static String code(JacksonException e) {
    return e instanceof StreamConstraintsException ? ErrorCodes.LIMIT : ErrorCodes.SYNTAX;
  }

  private static Location location(JsonParser parser, JacksonException e) {
    String pointer = "";
    if (parser != null) {
      try {
        pointer = parser.streamReadContext().pathAsPointer().toString();
      } catch (RuntimeException unknown) {
        pointer = "";
      }
    }
    TokenStreamLocation at = e.getLocation();
    if (at == null && parser != null) {
      at = parser.currentLocation();
    }
    return JsonInput.locate(pointer, at);
  }

  /** Jackson's message without its source description, pointing at this reader's settings for limits. */
  static String message(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      message = e.getClass().getSimpleName();
    }
    message = SOURCE.matcher(message).replaceAll("line $1, column $2");
    message = UNKNOWN_SOURCE.matcher(message).replaceAll("");
    message = LIMIT_SETTING.matcher(message).replaceAll("JsonReader.Builder.max$1");
    return message.replaceAll("\\s+", " ").strip();
  }
}
