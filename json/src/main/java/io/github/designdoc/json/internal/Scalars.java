package io.github.designdoc.json.internal;

import io.github.designdoc.DataField;
import io.github.designdoc.DocDate;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.Status;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * Codecs of strings, dates and statuses. The rules for text (what is blank, what is a line break, what
 * is an ISO date or a known status) are the model's own: each value is checked by the model, and its
 * message is reported at the value.
 */
final class Scalars {
  private Scalars() {}

  private static final java.util.regex.Pattern DASH_RULE =
      java.util.regex.Pattern.compile("[ \\t]*-[ \\t]*-[ \\t]*-[ \\t-]*(?:\\n|$)");

  /**
   * Whether the text starts with a rule of dashes; asked only of text that does not start with a space
   * or tab, so only text starting with {@code -} can.
   */
  private static boolean startsWithDashRule(String t) {
    return !t.isEmpty() && t.charAt(0) == '-' && DASH_RULE.matcher(t).lookingAt();
  }

  /** Markdown or verbatim code: any string. */
  static final Codec<String> TEXT = text(null);

  /**
   * Text the Markdown writer puts inside a code fence (a code block's content, an HTTP contract's body):
   * any text but U+0000, which Markdown reads as U+FFFD.
   */
  static final Codec<String> FENCED = text(t -> t.indexOf('\u0000') >= 0
      ? "must not hold U+0000 (at index " + t.indexOf('\u0000') + "): Markdown reads it as U+FFFD" : null);

  /** Markdown that stands as blocks of its own (a section's text, intro or notes): see {@link MarkdownBlocks}. */
  static final Codec<String> BLOCKS = text(both(MarkdownBlocks::sectionTextProblem, MarkdownHolds::markerProblem));

  /** A request flow's intro or notes: see {@link MarkdownBlocks#flowTextProblem}. */
  static final Codec<String> FLOW_BLOCKS = text(both(MarkdownBlocks::flowTextProblem, MarkdownHolds::markerProblem));

  /** Other Markdown (a list item, a description, an open issue): no line that is a Markdown writer's marker. */
  static final Codec<String> MARKDOWN = text(MarkdownHolds::markerProblem);

  /**
   * A list item of its own (a security or performance consideration, a rollout phase): Markdown that does not
   * start with a space or tab, which Markdown drops, or a rule of dashes, which Markdown reads as a rule, and
   * holds no marker line.
   */
  static final Codec<String> ITEM = text(both(t -> !t.isEmpty() && (t.charAt(0) == ' ' || t.charAt(0) == '\t')
      ? "must not start with a blank: Markdown drops it"
      : startsWithDashRule(t) ? "must not start with a rule of dashes: Markdown would not read it back"
      : null, MarkdownHolds::markerProblem));

  /** Front matter: YAML without a line that would end it in Markdown ({@link MarkdownHolds#frontMatterProblem}). */
  static final Codec<String> FRONT_MATTER = text(MarkdownHolds::frontMatterProblem);

  /**
   * A component's detail: Markdown that is not blank (Markdown has no empty nested bullet that reads back)
   * and does not start with a space or tab, which Markdown drops, or a rule of dashes ({@code ---},
   * {@code - - -}), which Markdown reads as one more list.
   */
  static final Codec<String> DETAIL = text(both(t -> t.isBlank() ? "must not be blank: Markdown keeps no empty detail"
      : t.charAt(0) == ' ' || t.charAt(0) == '\t' ? "must not start with a blank: Markdown drops it"
      : startsWithDashRule(t) ? "must not start with a rule of dashes: Markdown would not read it back"
      : null, MarkdownHolds::markerProblem));

  /** A request flow's step: Markdown that does not start with a space or tab, which Markdown drops. */
  static final Codec<String> STEP = text(both(t -> !t.isEmpty() && (t.charAt(0) == ' ' || t.charAt(0) == '\t')
      ? "must not start with a blank: Markdown drops it" : null, MarkdownHolds::markerProblem));

  /** The preamble: Markdown blocks without a heading. */
  static final Codec<String> PREAMBLE = text(both(MarkdownBlocks::preambleProblem, MarkdownHolds::markerProblem));

  /** A single line, possibly blank: surrounding blanks are removed, a line break inside is an error. */
  static final Codec<String> LINE = text(Scalars::lineProblem);

  /** A single line that is not blank. */
  static final Codec<String> REQUIRED_LINE = text(Scalars::requiredLineProblem);

  /** The text of a {@code {"verbatim": ...}} date: a line that is not an ISO date. */
  private static final Codec<String> VERBATIM_DATE = text(s -> {
    DocDate date;
    try {
      date = DocDate.of(s);
    } catch (IllegalArgumentException e) {
      return rule(e);
    }
    return date.isParsed() ? "holds the ISO-8601 date " + JsonInput.quote(date.text())
        + ", which is written as a string, not as {\"verbatim\": ...}" : edgeProblem(date.text());
  });

  /** The text of a {@code {"custom": ...}} status: a line that is not a known status. */
  private static final Codec<String> CUSTOM_STATUS = text(s -> {
    Status status;
    try {
      status = Status.of(s);
    } catch (IllegalArgumentException e) {
      return rule(e);
    }
    return isTemplateStatus(status) ? "holds the status " + JsonInput.quote(status.text())
        + ", which is written as a string, not as {\"custom\": ...}" : edgeProblem(status.text());
  });

  static final ObjectCodec<DocDate> VERBATIM_DATE_OBJECT = new ObjectCodec<>(DocDate.class, "a verbatim date",
      f -> DocDate.of(f.<String>one("verbatim")), Property.one("verbatim", VERBATIM_DATE, DocDate::text));

  static final ObjectCodec<Status> CUSTOM_STATUS_OBJECT = new ObjectCodec<>(Status.class, "a custom status",
      f -> Status.of(f.<String>one("custom")), Property.one("custom", CUSTOM_STATUS, Status::text));

  /** A date: an ISO-8601 date as a string, any other text as {@code {"verbatim": "March 2024"}}. */
  static final Codec<DocDate> DATE = new Codec<>() {
    @Override
    public void write(JsonGenerator out, DocDate date) {
      if (isIsoString(date.text())) {
        out.writeString(date.text());
      } else {
        VERBATIM_DATE_OBJECT.write(out, date);
      }
    }

    @Override
    public DocDate read(JsonInput in) {
      if (in.token() == JsonToken.VALUE_STRING) {
        String text = in.parser().getString();
        if (isIsoString(text)) {
          return DocDate.of(text);
        }
        String message = "the date " + JsonInput.quote(text) + " is not an ISO-8601 date"
            + " (yyyy-MM-dd); write any other date as {\"verbatim\": " + JsonInput.quote(text) + "}";
        DocDate handled = in.handledWeirdString(DocDate.class, text, message);
        if (handled == null) {
          in.error(ErrorCodes.INVALID_VALUE, message);
        }
        return handled;
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
      if (isTemplateStatus(status)) {
        out.writeString(status.text());
      } else {
        CUSTOM_STATUS_OBJECT.write(out, status);
      }
    }

    @Override
    public Status read(JsonInput in) {
      if (in.token() == JsonToken.VALUE_STRING) {
        String text = in.parser().getString();
        for (Status known : new Status[] {Status.DRAFT, Status.IN_REVIEW, Status.APPROVED}) {
          if (known.text().equals(text)) {
            return known;
          }
        }
        String message = "the status " + JsonInput.quote(text)
            + " is not one of \"Draft\", \"In Review\", \"Approved\"; write any other status as {\"custom\": "
            + JsonInput.quote(text) + "}";
        Status handled = in.handledWeirdString(Status.class, text, message);
        if (handled == null) {
          in.error(ErrorCodes.INVALID_VALUE, message);
        }
        return handled;
      }
      if (in.token() == JsonToken.START_OBJECT) {
        return CUSTOM_STATUS_OBJECT.read(in);
      }
      in.wrongType("a status string or a {\"custom\": ...} object");
      return null;
    }
  };

  /** Whether the text is exactly an ISO-8601 calendar date that exists, as the model reads it. */
  static boolean isIsoString(String text) {
    try {
      DocDate date = DocDate.of(text);
      return date.isParsed() && date.text().equals(text);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether the status is one of the template's own, {@link Status#DRAFT} and the others. */
  static boolean isTemplateStatus(Status status) {
    return status == Status.DRAFT || status == Status.IN_REVIEW || status == Status.APPROVED;
  }

  /** What the model says is wrong with a value, without the model's name for the field: {@code must not be blank}. */
  static String rule(IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    int must = message.indexOf(" must ");
    return must < 0 ? message : message.substring(must + 1);
  }

  /** The model's complaint about a text, or {@code null}. */
  private interface Check {
    String test(String text);
  }

  /** The first check's complaint, else the second's. */
  private static Check both(Check first, Check second) {
    return t -> {
      String problem = first.test(t);
      return problem != null ? problem : second.test(t);
    };
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
        if (text == null || check == null) {
          return text;
        }
        String problem = check.test(text);
        if (problem != null) {
          in.error(ErrorCodes.INVALID_VALUE, in.valueName() + " " + problem);
          return null;
        }
        return text;
      }
    };
  }

  /** The model's single-line rule: a line break between non-blank text. */
  static String lineProblem(String text) {
    if (isPlainLine(text)) {
      return null;
    }
    try {
      return edgeProblem(DataField.of(text, "", "").name());
    } catch (IllegalArgumentException e) {
      return rule(e);
    }
  }

  /** The model's rule for a single line that must not be blank. */
  static String requiredLineProblem(String text) {
    if (isPlainLine(text)) {
      return null;
    }
    try {
      return edgeProblem(MetadataEntry.of(text, "").key());
    } catch (IllegalArgumentException e) {
      return rule(e);
    }
  }

  /**
   * Whether the text is a line that the model keeps as it is and Markdown writes as it is, so that
   * neither rule has anything to say: not empty, no line break ({@code \n}, {@code \r}, {@code U+2028},
   * {@code U+2029}), and neither its first nor its last character whitespace, a space or a control
   * character. Most lines are; the others go through the rules themselves.
   */
  private static boolean isPlainLine(String text) {
    int length = text.length();
    if (length == 0 || isEdgeBlank(text.codePointAt(0)) || isEdgeBlank(text.codePointBefore(length))) {
      return false;
    }
    // indexOf scans a String's bytes at once, and finds no U+2028 in text of Latin-1 characters without looking
    return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
  }

  private static boolean isEdgeBlank(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp);
  }

  /**
   * Markdown's rule for a line as the model keeps it: Markdown strips whitespace ({@link Character#isWhitespace},
   * such as {@code U+3000} or {@code U+000B}) from both ends of a heading, a metadata value or a cell, so a
   * line that starts or ends with one could not be written as Markdown that reads back equal.
   */
  private static String edgeProblem(String line) {
    if (line.isEmpty() || line.strip().length() == line.length()) {
      return null;
    }
    int cp = Character.isWhitespace(line.codePointAt(0)) ? line.codePointAt(0) : line.codePointBefore(line.length());
    return "must not start or end with the blank U+" + String.format("%04X", cp)
        + ", which Markdown drops: remove it";
  }
}
