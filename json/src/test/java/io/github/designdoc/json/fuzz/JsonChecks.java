package io.github.designdoc.json.fuzz;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.json.JsonReader;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The checks on each JSON mutant, through the public API only. */
final class JsonChecks {
  enum Check {
    JSON_THROWS("JsonReader.read throws nothing but DesignDocFormatException"),
    JSON_ERROR_UNLOCATED("every error of a rejection has a line and column from 1 (and a pointer, but for syntax"
        + " and limit errors)"),
    MARKDOWN_WRITE_THROWS("MarkdownWriter.write of an accepted document never throws"),
    MARKDOWN_READS_BACK("MarkdownReader.read(write(doc)).document() equals the accepted doc");

    final String statement;

    Check(String statement) {
      this.statement = statement;
    }
  }

  /** READ: the reader's checks; MARKDOWN: the Markdown writer's checks on what the reader accepts. */
  enum Family {
    READ, MARKDOWN
  }

  record Failure(Check check, String detail, Throwable cause) {
    boolean sameKind(Failure other) {
      return other != null && check == other.check
          && (cause == null ? other.cause == null : other.cause != null && cause.getClass() == other.cause.getClass());
    }

    String kind() {
      if (cause != null) {
        StackTraceElement[] t = cause.getStackTrace();
        return check + " " + cause.getClass().getSimpleName()
            + (t.length == 0 ? "" : " at " + t[0].getClassName().replaceAll(".*\\.", "") + "." + t[0].getMethodName())
            + " " + messageShape(cause);
      }
      if (check == Check.JSON_ERROR_UNLOCATED) {
        return check + " " + detail.replaceAll(" .*", "");
      }
      if (check == Check.MARKDOWN_READS_BACK) {
        return check + " " + detail.replaceAll("^documents differ: ", "").replaceAll("[:/].*", "");
      }
      return check.toString();
    }

    /** The message without quoted values and numbers: what kind of value could not be handled. */
    private static String messageShape(Throwable e) {
      String m = String.valueOf(e.getMessage());
      m = m.replaceAll("\"[^\"]*\"", "Q").replaceAll("[0-9]+", "N");
      return m.length() > 80 ? m.substring(m.length() - 80) : m;
    }

    String describe() {
      return check + " (" + check.statement + "): " + detail;
    }
  }

  /** Codes whose errors need not point at a value: the text is not JSON, or is too big. */
  private static final Set<String> UNPOINTED = Set.of("json-syntax", "json-limit", "json-trailing-content",
      "json-too-many-errors");

  private static final JsonReader JSON = JsonReader.create();
  private static final MarkdownReader MARKDOWN = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();

  private JsonChecks() {}

  static Optional<Failure> run(Family family, JsonMutant m) {
    Object read = read(m);
    if (family == Family.READ) {
      return Optional.ofNullable(read instanceof Failure f ? f : null);
    }
    if (read == null || read instanceof Failure) {
      return Optional.empty(); // rejected; a wrong rejection is the READ family's failure
    }
    return Optional.ofNullable(markdown((DesignDoc) read));
  }

  /** The document read, null if rejected as it should be, or the failure. */
  private static Object read(JsonMutant m) {
    DesignDoc doc = null;
    if (!m.isBytes()) {
      try {
        doc = JSON.read(m.text());
      } catch (DesignDocFormatException e) {
        Failure f = located(e, "read(String)");
        if (f != null) {
          return f;
        }
      } catch (RuntimeException | StackOverflowError e) {
        return thrown(Check.JSON_THROWS, "read(String)", e);
      }
    }
    DesignDoc fromBytes = null;
    try {
      fromBytes = JSON.read(new ByteArrayInputStream(m.bytes()));
    } catch (IOException e) {
      // No I/O can fail on bytes in memory: an IOException here is bad input reported as the wrong thing.
      return thrown(Check.JSON_THROWS, "read(InputStream) of bytes in memory", e);
    } catch (DesignDocFormatException e) {
      Failure f = located(e, "read(InputStream)");
      if (f != null) {
        return f;
      }
    } catch (RuntimeException | StackOverflowError e) {
      return thrown(Check.JSON_THROWS, "read(InputStream)", e);
    }
    return m.isBytes() ? fromBytes : doc;
  }

  private static Failure located(DesignDocFormatException e, String where) {
    List<Diagnostic> errors = e.errors();
    if (errors.isEmpty()) {
      return new Failure(Check.JSON_ERROR_UNLOCATED, "(no-errors) " + where + " threw with no error diagnostic: "
          + e.getMessage(), null);
    }
    for (Diagnostic d : errors) {
      boolean lineOk = d.location().line() >= 1 && d.location().column() >= 1;
      boolean pointerOk = UNPOINTED.contains(d.code()) || d.location().pointer().isPresent();
      if (!lineOk || !pointerOk) {
        return new Failure(Check.JSON_ERROR_UNLOCATED, d.code() + " " + where + ": " + (lineOk ? "no pointer"
            : "line " + d.location().line() + " column " + d.location().column()) + " in " + d, null);
      }
    }
    return null;
  }

  private static Failure markdown(DesignDoc doc) {
    String md;
    try {
      md = WRITER.write(doc);
    } catch (RuntimeException | StackOverflowError e) {
      return thrown(Check.MARKDOWN_WRITE_THROWS, "MarkdownWriter.write", e);
    }
    DesignDoc back;
    try {
      back = MARKDOWN.read(md).document();
    } catch (RuntimeException | StackOverflowError e) {
      return thrown(Check.MARKDOWN_READS_BACK, "MarkdownReader.read", e);
    }
    if (!back.equals(doc)) {
      return new Failure(Check.MARKDOWN_READS_BACK, Differences.of(doc, back) + "\n  markdown: \""
          + abbreviate(JsonMutant.escape(md)) + "\"", null);
    }
    return null;
  }

  private static Failure thrown(Check check, String where, Throwable e) {
    StackTraceElement[] t = e.getStackTrace();
    return new Failure(check, where + " threw " + e.getClass().getName() + ": " + abbreviate(String.valueOf(e.getMessage()))
        + (t.length == 0 ? "" : " at " + t[0]), e);
  }

  static String abbreviate(String s) {
    return s.length() <= 1500 ? s : s.substring(0, 700) + " [... " + (s.length() - 1400) + " chars ...] "
        + s.substring(s.length() - 700);
  }

  /** How two documents differ, briefly. */
  static final class Differences {
    private Differences() {}

    static String of(DesignDoc a, DesignDoc b) {
      StringBuilder out = new StringBuilder("documents differ: ");
      int found = 0;
      Object[][] fields = {
          {"title", a.title(), b.title()}, {"version", a.version(), b.version()},
          {"authors", a.authors(), b.authors()}, {"date", a.date(), b.date()}, {"status", a.status(), b.status()},
          {"otherMetadata", a.otherMetadata(), b.otherMetadata()}, {"frontMatter", a.frontMatter(), b.frontMatter()},
          {"preamble", a.preamble(), b.preamble()}, {"sections", a.sections().size(), b.sections().size()}};
      for (Object[] f : fields) {
        if (!f[1].equals(f[2]) && found++ < 3) {
          out.append(f[0]).append(": ").append(text(String.valueOf(f[1]), String.valueOf(f[2]))).append("; ");
        }
      }
      for (int i = 0; i < Math.min(a.sections().size(), b.sections().size()); i++) {
        if (!a.sections().get(i).equals(b.sections().get(i)) && found++ < 3) {
          out.append("sections/").append(i).append(": ")
              .append(text(a.sections().get(i).toString(), b.sections().get(i).toString())).append("; ");
        }
      }
      return out.toString();
    }

    static String text(String a, String b) {
      int i = 0;
      while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
        i++;
      }
      int from = Math.max(0, i - 50);
      return abbreviate("at char " + i + ": \"" + JsonMutant.escape(a.substring(from, Math.min(a.length(), i + 50)))
          + "\" vs \"" + JsonMutant.escape(b.substring(from, Math.min(b.length(), i + 50))) + "\"");
    }
  }
}
