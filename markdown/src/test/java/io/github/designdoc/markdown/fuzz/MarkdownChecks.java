package io.github.designdoc.markdown.fuzz;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Section;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks run on each mutant, through the public API only, grouped in families (one property each).
 * A family stops at its first failing check and returns it.
 */
final class MarkdownChecks {
  /** One check; its name is what a failure report names. */
  enum Check {
    READ_THROWS("the lenient read never throws"),
    WRITE_THROWS("write(read(x).document()) never throws"),
    WRITE_READS_BACK("read(write(read(x).document())).document() equals read(x).document()"),
    WRITE_FIXED_POINT("write(read(w).document()) equals w for w = write(read(x).document())"),
    WRITE_WORDS("w = write(read(x).document()) renders every word x renders, but the key of a metadata field"
        + " it fills, the number of a request flow and a prefix of the title (written in the template's form)"),
    FORMAT_THROWS("format(x, read(x)) never throws"),
    FORMAT_READS_BACK("read(format(x, read(x))).document() equals read(x).document()"),
    FORMAT_HEADINGS("format(x, read(x)) keeps the headings of x (level and text, in order)"),
    FORMAT_FIXED_POINT("format(f, read(f)) equals f for f = format(x, read(x))"),
    FORMAT_WORDS("format(x, read(x)) renders every word x renders"),
    REWRITE_IDENTITY("rewrite(x, read(x), read(x).document()) equals x");

    final String statement;

    Check(String statement) {
      this.statement = statement;
    }
  }

  /** The families, each one property. */
  enum Family {
    READ(Check.READ_THROWS),
    WRITE(Check.WRITE_THROWS, Check.WRITE_READS_BACK, Check.WRITE_FIXED_POINT),
    WRITE_WORDS(Check.WRITE_WORDS),
    FORMAT(Check.FORMAT_THROWS, Check.FORMAT_READS_BACK, Check.FORMAT_HEADINGS, Check.FORMAT_FIXED_POINT),
    FORMAT_WORDS(Check.FORMAT_WORDS),
    REWRITE(Check.REWRITE_IDENTITY);

    final List<Check> checks;

    Family(Check... checks) {
      this.checks = List.of(checks);
    }
  }

  /** A failed check with what was seen. */
  record Failure(Check check, String detail, Throwable cause) {
    /** The same kind of failure: the same check and, for a throw, the same exception class. */
    boolean sameKind(Failure other) {
      return other != null && check == other.check
          && (cause == null ? other.cause == null : other.cause != null && cause.getClass() == other.cause.getClass());
    }

    /** A coarse kind, to tell failures apart in a survey: the check, and what threw or which field differs. */
    String kind() {
      if (cause != null) {
        StackTraceElement[] trace = cause.getStackTrace();
        return check + " " + cause.getClass().getSimpleName() + (trace.length == 0 ? "" : " at " + trace[0].getClassName()
            .replaceAll(".*\\.", "") + "." + trace[0].getMethodName()) + " " + messageShape(cause);
      }
      if (detail.startsWith("documents differ: ")) {
        return check + " " + detail.substring(18).replaceAll("[:/].*", "");
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

    AssertionError toError(String prefix) {
      return new AssertionError(prefix + describe(), cause);
    }
  }

  private static final java.util.regex.Pattern FLOW_NUMBER = java.util.regex.Pattern.compile(
      "(?i)^#+ Flow ([0-9]+)(?![\\p{L}\\p{N}])");
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();

  private MarkdownChecks() {}

  /** The first failing check of the family on the mutant, if any. */
  static Optional<Failure> run(Family family, Mutant m) {
    return Optional.ofNullable(switch (family) {
      case READ -> read(m);
      case WRITE -> write(m);
      case WRITE_WORDS -> writeWords(m);
      case FORMAT -> format(m);
      case FORMAT_WORDS -> formatWords(m);
      case REWRITE -> rewrite(m);
    });
  }

  /** All failing families' first failures, for the survey. */
  static List<Failure> runAll(Mutant m) {
    List<Failure> failures = new ArrayList<>();
    for (Family f : Family.values()) {
      run(f, m).ifPresent(failures::add);
    }
    return failures;
  }

  private static Failure read(Mutant m) {
    try {
      READER.read(m.text());
    } catch (RuntimeException | StackOverflowError e) {
      return thrown(Check.READ_THROWS, "read(String)", e);
    }
    try {
      READER.read(new ByteArrayInputStream(m.bytes()));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // No I/O can fail on bytes in memory: an IOException here is bad input reported as the wrong thing.
      return thrown(Check.READ_THROWS, "read(InputStream)", e);
    }
    return null;
  }

  /** The read of the mutant through the entry point that fits it, or a READ_THROWS failure. */
  private static Object readOf(Mutant m) {
    try {
      return m.isBytes() ? READER.read(new ByteArrayInputStream(m.bytes())) : READER.read(m.text());
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return thrown(Check.READ_THROWS, m.isBytes() ? "read(InputStream)" : "read(String)", e);
    }
  }

  private static Failure write(Mutant m) {
    Object r = readOf(m);
    if (r instanceof Failure f) {
      return f;
    }
    DesignDoc doc = ((ReadResult) r).document();
    String w;
    try {
      w = WRITER.write(doc);
    } catch (RuntimeException | StackOverflowError e) {
      return thrown(Check.WRITE_THROWS, "write", e);
    }
    DesignDoc back;
    try {
      back = READER.read(w).document();
    } catch (RuntimeException | StackOverflowError e) {
      return thrown(Check.READ_THROWS, "read(write(..))", e);
    }
    if (!back.equals(doc)) {
      return new Failure(Check.WRITE_READS_BACK, Differences.of(doc, back) + "\n  written: " + quote(w), null);
    }
    String w2;
    try {
      w2 = WRITER.write(back);
    } catch (RuntimeException | StackOverflowError e) {
      return thrown(Check.WRITE_FIXED_POINT, "write of the read-back", e);
    }
    if (!w2.equals(w)) {
      return new Failure(Check.WRITE_FIXED_POINT, Differences.of(w, w2), null);
    }
    return null;
  }

  private static Failure writeWords(Mutant m) {
    Object r = readOf(m);
    if (r instanceof Failure f) {
      return f;
    }
    DesignDoc doc = ((ReadResult) r).document();
    String w;
    try {
      w = WRITER.write(doc);
    } catch (RuntimeException | StackOverflowError e) {
      return thrown(Check.WRITE_THROWS, "write", e);
    }
    Map<String, Integer> lost = Rendered.lost(m.text(), w);
    forgiveTemplateForms(doc, Rendered.headings(m.text()), lost);
    forgiveAuthorContacts(doc, m.text(), lost);
    forgiveAuthorRemarks((ReadResult) r, m.text(), lost);
    forgiveFrontMatterValues(doc, lost);
    return lost.isEmpty() ? null
        : new Failure(Check.WRITE_WORDS, "lost " + abbreviate(lost.toString()) + "\n  written: " + quote(w), null);
  }

  /**
   * The words of metadata keys that {@code write} may replace by the template's label: {@code write(doc)}
   * writes the template's look, so the key of a field it fills ({@code Authors:} with one author, {@code
   * Start Date:}, {@code Owner(s):}) becomes {@code Author}, {@code Authors}, {@code Date}, {@code Version}
   * or {@code Status}. Each field is filled by one entry (later ones are kept verbatim with their keys), so
   * for each field the doc fills, one occurrence of each word of its key forms is forgiven; any other lost
   * word, or a key word lost twice, is still a failure. Likewise the model holds no flow numbers, so {@code
   * write} numbers the flows from 1: one loss of {@code N} is forgiven for each heading {@code Flow N} of
   * the source ({@code headings} as {@link Rendered#headings}); and the title is written in the template's
   * form, so the prefix of the first heading that ends with the title ({@code # AIP-64 - Title}) may go.
   * ({@code format} keeps keys, numbers and the title's form as written.)
   */
  static void forgiveTemplateForms(DesignDoc doc, List<String> headings, Map<String, Integer> lost) {
    // The title form: a title read from a heading behind a prefix ("AIP-64 - Title") is written "## For Title"
    // (any heading that ends with the title: front matter renders as one more heading here).
    for (String heading : headings) {
      String text = heading.replaceFirst("^#+ ", "");
      if (text.endsWith(doc.title()) && text.length() > doc.title().length() && !doc.title().isEmpty()) {
        for (String word : text.substring(0, text.length() - doc.title().length()).split("[^\\p{L}\\p{N}]+")) {
          if (!word.isEmpty()) {
            lost.computeIfPresent(word, (k, n) -> n > 1 ? n - 1 : null);
          }
        }
      }
    }
    for (String heading : headings) {
      java.util.regex.Matcher flow = FLOW_NUMBER.matcher(heading);
      if (flow.find()) {
        lost.computeIfPresent(flow.group(1), (k, n) -> n > 1 ? n - 1 : null);
      }
    }
    List<String> words = new ArrayList<>();
    doc.version().ifPresent(v -> words.add("version"));
    if (!doc.authors().isEmpty()) {
      words.addAll(List.of("author", "authors", "owner", "owners", "s"));
    }
    // the key forms of MetadataReader.field, word by word
    doc.date().ifPresent(d -> words.addAll(List.of("date", "created", "creation", "start", "begin", "design",
        "discussion", "updated")));
    doc.status().ifPresent(s -> words.addAll(List.of("status", "state", "implementation")));
    for (String key : List.copyOf(lost.keySet())) {
      if (words.contains(key.toLowerCase(java.util.Locale.ROOT))) {
        lost.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
      }
    }
  }

  private static final java.util.regex.Pattern AUTHOR_LINE = java.util.regex.Pattern.compile(
      "(?im)^.{0,8}(?:authors?|author\\(s\\)|owners?|owner\\(s\\))\\W{0,4}:.*$");
  private static final java.util.regex.Pattern NESTED_ITEM = java.util.regex.Pattern.compile(
      "[ \\t]+(?:[-*+]|[0-9]{1,9}[.)])[ \\t]");
  private static final java.util.regex.Pattern CONTACT = java.util.regex.Pattern.compile(
      "\\(@[^()\\s]*\\)|<[^<>\\s]+@[^<>\\s]+>|\\([^()\\s]+@[^()\\s]+\\)|\\(<[^<>\\s]+@[^<>\\s]+>\\)");

  /**
   * The reader takes the person an author entry names ({@code Name (@handle)}, {@code Name <email>} are
   * {@code Name}), so {@code write} writes the names alone: the words of such a handle or address on an
   * author line of the source, or on the items nested below it (blank lines between them or not), are forgiven, once each, when the document
   * has authors.
   */
  static void forgiveAuthorContacts(DesignDoc doc, String source, Map<String, Integer> lost) {
    if (doc.authors().isEmpty() || lost.isEmpty()) {
      return;
    }
    java.util.regex.Matcher line = AUTHOR_LINE.matcher(source);
    while (line.find()) {
      // The entry's line and the nested items below it (an owner key with the people listed under it).
      StringBuilder entry = new StringBuilder(line.group());
      for (String next : source.substring(line.end()).lines().skip(1).toList()) {
        if (next.isBlank()) {
          continue; // a loose list: blank lines between the items
        }
        if (!NESTED_ITEM.matcher(next).lookingAt()) {
          break;
        }
        entry.append('\n').append(next);
      }
      java.util.regex.Matcher contact = CONTACT.matcher(entry);
      while (contact.find()) {
        for (String word : contact.group().split("[^\\p{L}\\p{N}]+")) {
          if (!word.isEmpty()) {
            lost.computeIfPresent(word, (k, n) -> n > 1 ? n - 1 : null);
          }
        }
      }
    }
  }

  /**
   * An author entry with text after its contact ({@code Ada <a@b.c> based on the work of Cy}) is read as
   * the person, and the read says so ({@code MD017}, at the entry's line): the words after each contact on
   * such a line, up to the next comma or semicolon, are forgiven once each. Without that diagnostic they
   * are not.
   */
  static void forgiveAuthorRemarks(ReadResult read, String source, Map<String, Integer> lost) {
    List<String> lines = source.lines().toList();
    for (io.github.designdoc.Diagnostic d : read.diagnostics()) {
      int at = d.location().line() - 1;
      if (!d.code().equals("MD017") || at < 0 || at >= lines.size()) {
        continue;
      }
      String line = lines.get(at);
      java.util.regex.Matcher contact = CONTACT.matcher(line);
      while (contact.find()) {
        String rest = line.substring(contact.end()).split("[,;]", 2)[0];
        for (String word : rest.split("[^\\p{L}\\p{N}]+")) {
          if (!word.isEmpty()) {
            lost.computeIfPresent(word, (k, n) -> n > 1 ? n - 1 : null);
          }
        }
      }
    }
  }

  /**
   * {@code write} writes a field the front matter gives in the front matter only, so a value the body
   * repeats ({@code **Status:** Approved} under {@code status: Approved}) is written once: the words of
   * the version, date, status and authors are forgiven once each when there is front matter.
   */
  static void forgiveFrontMatterValues(DesignDoc doc, Map<String, Integer> lost) {
    if (doc.frontMatter().isEmpty() || lost.isEmpty()) {
      return;
    }
    List<String> values = new ArrayList<>(doc.authors());
    doc.version().ifPresent(values::add);
    doc.date().ifPresent(d -> values.add(d.text()));
    doc.status().ifPresent(s -> values.add(s.text()));
    for (String value : values) {
      for (String word : value.split("[^\\p{L}\\p{N}]+")) {
        if (!word.isEmpty()) {
          lost.computeIfPresent(word, (k, n) -> n > 1 ? n - 1 : null);
        }
      }
    }
  }

  private static Failure format(Mutant m) {
    Object r = readOf(m);
    if (r instanceof Failure f) {
      return f;
    }
    ReadResult read = (ReadResult) r;
    String x = m.text();
    String f;
    try {
      f = WRITER.format(x, read);
    } catch (RuntimeException | StackOverflowError e) {
      return thrown(Check.FORMAT_THROWS, "format", e);
    }
    ReadResult back;
    try {
      back = READER.read(f);
    } catch (RuntimeException | StackOverflowError e) {
      return thrown(Check.READ_THROWS, "read(format(..))", e);
    }
    if (!back.document().equals(read.document())) {
      return new Failure(Check.FORMAT_READS_BACK,
          Differences.of(read.document(), back.document()) + "\n  formatted: " + quote(f), null);
    }
    List<String> before = Rendered.headings(x);
    List<String> after = Rendered.headings(f);
    if (!before.equals(after)) {
      return new Failure(Check.FORMAT_HEADINGS, Differences.ofLists(before, after) + "\n  formatted: " + quote(f),
          null);
    }
    String f2;
    try {
      f2 = WRITER.format(f, back);
    } catch (RuntimeException | StackOverflowError e) {
      return thrown(Check.FORMAT_FIXED_POINT, "format of the formatted text", e);
    }
    if (!f2.equals(f)) {
      return new Failure(Check.FORMAT_FIXED_POINT, Differences.of(f, f2), null);
    }
    return null;
  }

  private static Failure formatWords(Mutant m) {
    Object r = readOf(m);
    if (r instanceof Failure f) {
      return f;
    }
    String f;
    try {
      f = WRITER.format(m.text(), (ReadResult) r);
    } catch (RuntimeException | StackOverflowError e) {
      return thrown(Check.FORMAT_THROWS, "format", e);
    }
    Map<String, Integer> lost = Rendered.lost(m.text(), f);
    return lost.isEmpty() ? null
        : new Failure(Check.FORMAT_WORDS, "lost " + abbreviate(lost.toString()) + "\n  formatted: " + quote(f), null);
  }

  private static Failure rewrite(Mutant m) {
    Object r = readOf(m);
    if (r instanceof Failure f) {
      return f;
    }
    ReadResult read = (ReadResult) r;
    String out;
    try {
      out = WRITER.rewrite(m.text(), read, read.document());
    } catch (RuntimeException | StackOverflowError e) {
      return thrown(Check.REWRITE_IDENTITY, "rewrite", e);
    }
    return out.equals(m.text()) ? null : new Failure(Check.REWRITE_IDENTITY, Differences.of(m.text(), out), null);
  }

  private static Failure thrown(Check check, String where, Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    String at = trace.length == 0 ? "" : " at " + trace[0];
    return new Failure(check, where + " threw " + e.getClass().getName() + ": "
        + abbreviate(String.valueOf(e.getMessage())) + at, e);
  }

  static String quote(String s) {
    return "\"" + abbreviate(Mutant.escape(s)) + "\"";
  }

  static String abbreviate(String s) {
    return s.length() <= 1500 ? s : s.substring(0, 700) + " [... " + (s.length() - 1400) + " chars ...] "
        + s.substring(s.length() - 700);
  }

  /** Short descriptions of how two values differ. */
  static final class Differences {
    private Differences() {}

    static String of(DesignDoc a, DesignDoc b) {
      List<String> parts = new ArrayList<>();
      field(parts, "title", a.title(), b.title());
      field(parts, "version", a.version(), b.version());
      field(parts, "authors", a.authors(), b.authors());
      field(parts, "date", a.date(), b.date());
      field(parts, "status", a.status(), b.status());
      field(parts, "otherMetadata", a.otherMetadata(), b.otherMetadata());
      field(parts, "frontMatter", a.frontMatter(), b.frontMatter());
      field(parts, "preamble", a.preamble(), b.preamble());
      List<Section> sa = a.sections();
      List<Section> sb = b.sections();
      if (sa.size() != sb.size()) {
        parts.add("sections: " + sa.size() + " vs " + sb.size() + " " + kinds(sa) + " vs " + kinds(sb));
      }
      for (int i = 0; i < Math.min(sa.size(), sb.size()); i++) {
        field(parts, "sections/" + i, sa.get(i), sb.get(i));
      }
      if (parts.isEmpty()) {
        parts.add("documents differ but no field does: " + abbreviate(a.toString()) + " vs " + abbreviate(b.toString()));
      }
      return "documents differ: " + String.join("; ", parts.subList(0, Math.min(3, parts.size())));
    }

    private static List<String> kinds(List<Section> sections) {
      List<String> kinds = new ArrayList<>();
      sections.forEach(s -> kinds.add(s.kind() + ":" + s.heading()));
      return kinds;
    }

    private static void field(List<String> parts, String name, Object a, Object b) {
      if (!a.equals(b)) {
        parts.add(name + ": " + of(String.valueOf(a), String.valueOf(b)));
      }
    }

    static String ofLists(List<String> a, List<String> b) {
      int i = 0;
      while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
        i++;
      }
      return "headings differ at #" + i + ": " + (i < a.size() ? quote(a.get(i)) : "(none)") + " became "
          + (i < b.size() ? quote(b.get(i)) : "(none)") + " (" + a.size() + " vs " + b.size() + " headings)";
    }

    /** Where two texts first differ, with some context. */
    static String of(String a, String b) {
      int i = 0;
      int n = Math.min(a.length(), b.length());
      while (i < n && a.charAt(i) == b.charAt(i)) {
        i++;
      }
      int ea = a.length();
      int eb = b.length();
      while (ea > i && eb > i && a.charAt(ea - 1) == b.charAt(eb - 1)) {
        ea--;
        eb--;
      }
      int from = Math.max(0, i - 60);
      return abbreviate("at char " + i + ": \"" + Mutant.escape(a.substring(from, Math.min(a.length(), Math.max(ea, i) + 40)))
          .lines().reduce("", (x, y) -> x + y) + "\" vs \""
          + Mutant.escape(b.substring(from, Math.min(b.length(), Math.max(eb, i) + 40))).lines().reduce("", (x, y) -> x + y)
          + "\"");
    }
  }
}
