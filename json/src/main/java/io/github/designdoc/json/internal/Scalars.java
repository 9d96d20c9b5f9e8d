package io.github.designdoc.json.internal;

import io.github.designdoc.DocDate;
import io.github.designdoc.Status;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/** Codecs of strings, enumerations, dates and statuses. */
final class Scalars {
  private Scalars() {}

  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final List<Status> KNOWN_STATUSES = List.of(Status.DRAFT, Status.IN_REVIEW, Status.APPROVED);

  /** Markdown or verbatim code: any string. */
  static final Codec<String> TEXT = text(s -> null);

  /** A single line, possibly blank: surrounding blanks are removed, a line break inside is an error. */
  static final Codec<String> LINE = text(Scalars::lineProblem);

  /** A single line that is not blank. */
  static final Codec<String> REQUIRED_LINE = text(Scalars::requiredLineProblem);

  /** The text of a {@code {"verbatim": ...}} date: a line that is not an ISO date. */
  private static final Codec<String> VERBATIM_DATE = text(s -> {
    String problem = requiredLineProblem(s);
    return problem != null ? problem : isIsoDate(stripBlanks(s))
        ? "the ISO-8601 date " + JsonInput.quote(stripBlanks(s)) + " is written as a string, not as {\"verbatim\": ...}"
        : null;
  });

  /** The text of a {@code {"custom": ...}} status: a line that is not a known status. */
  private static final Codec<String> CUSTOM_STATUS = text(s -> {
    String problem = requiredLineProblem(s);
    return problem != null ? problem : knownStatus(stripBlanks(s)) != null
        ? "the status " + JsonInput.quote(stripBlanks(s)) + " is written as a string, not as {\"custom\": ...}"
        : null;
  });

  private static final ObjectCodec<DocDate> VERBATIM_DATE_OBJECT = new ObjectCodec<>("a verbatim date",
      f -> DocDate.of(f.<String>one("verbatim")), Property.one("verbatim", VERBATIM_DATE, DocDate::text));

  private static final ObjectCodec<Status> CUSTOM_STATUS_OBJECT = new ObjectCodec<>("a custom status",
      f -> Status.of(f.<String>one("custom")), Property.one("custom", CUSTOM_STATUS, Status::text));

  /** A date: an ISO-8601 date as a string, any other text as {@code {"verbatim": "March 2024"}}. */
  static final Codec<DocDate> DATE = new Codec<>() {
    @Override
    public void write(JsonGenerator out, DocDate date) {
      if (isIsoDate(date.text())) {
        out.writeString(date.text());
      } else {
        VERBATIM_DATE_OBJECT.write(out, date);
      }
    }

    @Override
    public DocDate read(JsonInput in) {
      if (in.token() == JsonToken.VALUE_STRING) {
        String text = in.parser().getString();
        if (isIsoDate(text)) {
          return DocDate.of(LocalDate.parse(text));
        }
        in.error(ErrorCodes.INVALID_VALUE, "the date " + JsonInput.quote(text) + " is not an ISO-8601 date"
            + " (yyyy-MM-dd); write any other date as {\"verbatim\": " + JsonInput.quote(text) + "}");
        return null;
      }
      if (in.token() == JsonToken.START_OBJECT) {
        return VERBATIM_DATE_OBJECT.read(in);
      }
      in.wrongType("an ISO-8601 date string or a {\"verbatim\": ...} object");
      return null;
    }
  };

  /** A status: {@code "Draft"}, {@code "In Review"} or {@code "Approved"}, any other as {@code {"custom": ...}}. */
  static final Codec<Status> STATUS = new Codec<>() {
    @Override
    public void write(JsonGenerator out, Status status) {
      if (knownStatus(status.text()) != null) {
        out.writeString(status.text());
      } else {
        CUSTOM_STATUS_OBJECT.write(out, status);
      }
    }

    @Override
    public Status read(JsonInput in) {
      if (in.token() == JsonToken.VALUE_STRING) {
        String text = in.parser().getString();
        Status known = knownStatus(text);
        if (known != null) {
          return known;
        }
        in.error(ErrorCodes.INVALID_VALUE, "the status " + JsonInput.quote(text)
            + " is not one of \"Draft\", \"In Review\", \"Approved\"; write any other status as {\"custom\": "
            + JsonInput.quote(text) + "}");
        return null;
      }
      if (in.token() == JsonToken.START_OBJECT) {
        return CUSTOM_STATUS_OBJECT.read(in);
      }
      in.wrongType("a status string or a {\"custom\": ...} object");
      return null;
    }
  };

  /** An enumeration written as the lowerCamel form of its constants' names, such as {@code requestFlows}. */
  static final class EnumCodec<E extends Enum<E>> implements Codec<E> {
    private final Map<String, E> byName = new LinkedHashMap<>();
    private final String noun;

    EnumCodec(Class<E> type, String noun) {
      this.noun = noun;
      for (E constant : type.getEnumConstants()) {
        byName.put(lowerCamel(constant), constant);
      }
    }

    @Override
    public void write(JsonGenerator out, E value) {
      out.writeString(lowerCamel(value));
    }

    @Override
    public E read(JsonInput in) {
      String name = in.string();
      return name == null ? null : byName(in, name);
    }

    /** The constant of this name, or {@code null}. */
    E lookup(String name) {
      return byName.get(name);
    }

    /** The names, in the constants' order. */
    Iterable<String> names() {
      return byName.keySet();
    }

    /** The constant of this name, or {@code null} after reporting an unknown name at the current token. */
    E byName(JsonInput in, String name) {
      E value = byName.get(name);
      if (value == null) {
        in.error(ErrorCodes.INVALID_VALUE, "unknown " + noun + " " + JsonInput.quote(name) + "; expected one of "
            + String.join(", ", byName.keySet()));
      }
      return value;
    }
  }

  /** {@code REQUEST_FLOWS} as {@code requestFlows}. */
  static String lowerCamel(Enum<?> constant) {
    String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder out = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
    }
    return out.toString();
  }

  /** Whether the text is exactly an ISO-8601 calendar date that exists, such as {@code 2025-12-28}. */
  static boolean isIsoDate(String text) {
    if (!ISO_DATE.matcher(text).matches()) {
      return false;
    }
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Status knownStatus(String text) {
    for (Status known : KNOWN_STATUSES) {
      if (known.text().equals(text)) {
        return known;
      }
    }
    return null;
  }

  /** The problem with a text, or {@code null}. */
  private interface Check {
    String test(String text);
  }

  private static Codec<String> text(Check check) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator out, String value) {
        out.writeString(value);
      }

      @Override
      public String read(JsonInput in) {
        String text = in.string();
        if (text == null) {
          return null;
        }
        String problem = check.test(text);
        if (problem != null) {
          in.error(ErrorCodes.INVALID_VALUE, problem);
          return null;
        }
        return text;
      }
    };
  }

  private static String requiredLineProblem(String text) {
    String problem = lineProblem(text);
    return problem != null ? problem
        : isBlank(text) ? "expected text that is not blank, found " + JsonInput.quote(text) : null;
  }

  /** What breaks the single-line rule (a line break between non-blank text), or {@code null}. */
  private static String lineProblem(String text) {
    String line = stripBlanks(text);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\n' || c == '\r') {
        return "expected a single line of text, found a line break in " + JsonInput.quote(line);
      }
    }
    return null;
  }

  /** The text without surrounding blanks, as the model strips single lines. */
  private static String stripBlanks(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
