package io.github.designdoc.markdown.internal;

import io.github.designdoc.CustomSection;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.Section;
import io.github.designdoc.SectionKind;
import io.github.designdoc.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;

/**
 * Reads one document: front matter, title, metadata, preamble, then the sections at the document's
 * section level in document order, each known one through {@link SectionReader} and every other one
 * kept as a custom section. One instance per read.
 */
public final class DocumentReader {
  public static final String FALLBACK_TITLE = "Untitled";
  private static final Pattern LINK = Pattern.compile("^\\[([^\\[\\]]+)\\]\\([^()\\s]*(?:\\s+\"[^\"]*\")?\\)$");

  private final Settings settings;
  private final Report report;
  private final DesignDoc.Builder doc = DesignDoc.builder();
  private final boolean[] filled = new boolean[MetadataReader.Field.values().length];
  private final List<MetadataEntry> other = new ArrayList<>();
  private final List<Parsed.Place> places = new ArrayList<>();
  private Ranges ranges = new Ranges(0, new int[0], 0);
  private int level = 2;
  private Optional<String> titleEntry = Optional.empty();
  private int firstLine = -1;
  private int firstLineEnd = -1;

  public DocumentReader(Settings settings, Report report) {
    this.settings = settings;
    this.report = report;
  }

  /** A section heading and the blocks under it. */
  private static final class Segment {
    final Heading heading;
    final List<Node> blocks = new ArrayList<>();
    String text;
    SectionKind kind;

    Segment(Heading heading) {
      this.heading = heading;
    }
  }

  public Parsed read(String input) {
    int bom = input.startsWith("\uFEFF") ? 1 : 0;
    String text = bom == 1 ? input.substring(1) : input;
    int[] removed = new int[0];
    if (text.indexOf('\r') >= 0) {
      StringBuilder out = new StringBuilder(text.length());
      int[] crs = new int[16];
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          if (n == crs.length) {
            crs = java.util.Arrays.copyOf(crs, n * 2);
          }
          crs[n++] = out.length();
        } else {
          out.append(c == '\r' ? '\n' : c);
        }
      }
      text = out.toString();
      removed = java.util.Arrays.copyOf(crs, n);
    }
    ranges = new Ranges(bom, removed, input.length());
    Optional<FrontMatter> frontMatter = FrontMatter.find(text);
    String body = text;
    if (frontMatter.isPresent()) {
      doc.frontMatter(frontMatter.get().raw());
      StringBuilder blank = new StringBuilder(text.length());
      for (int i = 0; i < frontMatter.get().end(); i++) {
        blank.append(text.charAt(i) == '\n' ? '\n' : ' ');
      }
      body = blank.append(text, frontMatter.get().end(), text.length()).toString();
      frontMatter.get().error().ifPresent(e -> report.add(Severity.WARNING, Report.FRONT_MATTER_INVALID,
          "front matter is not valid YAML (" + e + "); kept verbatim, no value read from it", 1, 1));
    }
    Node root = parse(body);
    if (root == null) {
      return fallback(frontMatter, text);
    }
    Optional<String> closer = closer(root.getLastChild());
    if (closer.isPresent()) {
      report.at(root.getLastChild(), Severity.WARNING, Report.UNCLOSED_BLOCK, "code fence or HTML block is not closed "
          + "before the end of the document; read as closed by a last line \"" + closer.get() + "\"");
      body = body + (body.endsWith("\n") ? "" : "\n") + closer.get();
      root = parse(body);
      if (root == null) {
        return fallback(frontMatter, text);
      }
    }
    Source src = new Source(body);
    ranges.source(src);
    frontMatter.ifPresent(f -> ranges.put("/frontMatter", 0, f.end()));
    checkDepth(root);
    List<Node> blocks = new ArrayList<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
      blocks.add(n);
    }
    try {
      List<Section> sections = readBlocks(src, blocks, frontMatter);
      doc.otherMetadata(other).sections(sections);
      return new Parsed(doc.build(), report.diagnostics(), ranges.build(), places, level);
    } catch (RuntimeException e) {
      // a safety net: no input should get here, but if one does it is reported, not thrown
      report.add(Severity.ERROR, Report.PARSER_FAILURE, "document could not be read: " + e, 1, 1);
      return fallback(frontMatter, text);
    }
  }

  /** The empty {@code Untitled} document of an input that was not read. */
  public static Parsed empty(Report report) {
    return new Parsed(DesignDoc.builder().title(FALLBACK_TITLE).build(), report.diagnostics(),
        io.github.designdoc.SourceMap.empty(), List.of(), 2);
  }

  private Parsed fallback(Optional<FrontMatter> frontMatter, String text) {
    DesignDoc.Builder b = DesignDoc.builder().title(FALLBACK_TITLE);
    frontMatter.ifPresent(f -> b.frontMatter(f.raw()));
    DesignDoc fallback = b.preamble(text.length() <= settings.maxInputLength() ? text : "").build();
    return new Parsed(fallback, report.diagnostics(), io.github.designdoc.SourceMap.empty(), List.of(), 2);
  }

  private Node parse(String body) {
    try {
      return settings.parser().parse(body);
    } catch (IllegalArgumentException e) {
      report.add(Severity.ERROR, Report.TABLE_TOO_LARGE, "tables hold more than " + settings.maxTableCells()
          + " cells; tables are read as plain Markdown (" + e.getMessage() + ")", 1, 1);
    } catch (RuntimeException | StackOverflowError e) {
      report.add(Severity.ERROR, Report.PARSER_FAILURE, "Markdown parser failed: " + e, 1, 1);
      return null;
    }
    try {
      return settings.plainParser().parse(body);
    } catch (RuntimeException | StackOverflowError e) {
      report.add(Severity.ERROR, Report.PARSER_FAILURE, "Markdown parser failed: " + e, 1, 1);
      return null;
    }
  }

  /**
   * The line that closes the document's last block when it is a code fence or an HTML block left open
   * (which would swallow everything written after it), else empty.
   */
  public static Optional<String> closer(Node last) {
    if (last instanceof FencedCodeBlock) {
      FencedCodeBlock fence = (FencedCodeBlock) last;
      if (fence.getClosingFenceLength() == null) {
        return Optional.of(" ".repeat(fence.getFenceIndent())
            + fence.getFenceCharacter().repeat(fence.getOpeningFenceLength()));
      }
    } else if (last instanceof HtmlBlock) {
      String html = ((HtmlBlock) last).getLiteral();
      String lower = html.stripLeading().toLowerCase(Locale.ROOT);
      String end = null;
      for (String tag : new String[] {"script", "pre", "style", "textarea"}) {
        if (lower.startsWith("<" + tag) && !lower.contains("</script>") && !lower.contains("</pre>")
            && !lower.contains("</style>") && !lower.contains("</textarea>")) {
          end = "</" + tag + ">";
        }
      }
      if (lower.startsWith("<!--") && !lower.substring(4).contains("-->")) {
        end = "-->";
      } else if (lower.startsWith("<![cdata[") && !lower.contains("]]>")) {
        end = "]]>";
      } else if (lower.startsWith("<?") && !lower.substring(2).contains("?>")) {
        end = "?>";
      } else if (lower.startsWith("<!") && lower.length() > 2 && Character.isLetter(lower.charAt(2))
          && !lower.contains(">")) {
        end = ">";
      }
      return Optional.ofNullable(end);
    }
    return Optional.empty();
  }

  /** Reports nesting at the limit, walking the tree without recursion. */
  private void checkDepth(Node root) {
    int limit = settings.maxNestingDepth();
    int depth = 0;
    Node node = root;
    while (true) {
      if (depth >= limit) {
        report.at(node, Severity.ERROR, Report.NESTING_TOO_DEEP, "blocks nested " + depth
            + " deep reach the limit of " + limit + "; deeper content is read as text");
        return;
      }
      Node child = node.getFirstChild();
      if (child != null) {
        node = child;
        depth++;
        continue;
      }
      while (node != root && node.getNext() == null) {
        node = node.getParent();
        depth--;
      }
      if (node == root) {
        return;
      }
      node = node.getNext();
    }
  }

  private String titleText(String heading) {
    Matcher m = LINK.matcher(heading.strip());
    return m.matches() ? m.group(1).strip() : heading.strip();
  }

  private List<Section> readBlocks(Source src, List<Node> blocks, Optional<FrontMatter> frontMatter) {
    int first = 0;
    while (first < blocks.size() && !(blocks.get(first) instanceof Heading)) {
      first++;
    }
    int titleIndex = -1;
    Optional<String> title = Optional.empty();
    if (first < blocks.size()) {
      Heading h = (Heading) blocks.get(first);
      String text = src.headingText(h);
      Heading next = first + 1 < blocks.size() && blocks.get(first + 1) instanceof Heading
          ? (Heading) blocks.get(first + 1) : null;
      if (h.getLevel() == 1 && Headings.key(text).equals("design document") && next != null && next.getLevel() == 2
          && (src.headingText(next).startsWith("For ") || !settings.headings().namesSection(src.headingText(next)))) {
        String n = src.headingText(next);
        titleIndex = first + 1;
        text = n.startsWith("For ") && !blank(n.substring(4)) ? n.substring(4) : n;
        level = firstHeadingLevel(blocks, first + 2) == 1 ? 1 : 2; // the template's sections are H2s
      } else if (!settings.headings().namesSection(Headings.marked(text).text())) {
        titleIndex = first;
        level = h.getLevel() > 1 ? h.getLevel() : sectionLevel(blocks, first + 1);
      } else {
        level = sectionLevel(blocks, first);
      }
      if (titleIndex >= 0) {
        if (!blank(titleText(text))) {
          title = Optional.of(titleText(text));
          ranges.put("/title", blocks.get(titleIndex));
        }
      }
    }
    if (!blocks.isEmpty()) {
      firstLine = Source.spanStart(blocks.get(0));
      firstLineEnd = src.lineEnd(Source.firstLine(blocks.get(0)));
    }
    // the blocks before the first heading: metadata, then preamble
    int i = 0;
    if (i < first && readMetadata(src, blocks.get(i))) {
      i++;
    }
    List<Node> beforeTitle = blocks.subList(i, first);
    if (!beforeTitle.isEmpty() && titleIndex >= 0) {
      report.info(beforeTitle.get(0), Report.BEFORE_TITLE, "content before the title is kept in the preamble");
    }
    List<Segment> segments = new ArrayList<>();
    Segment front = new Segment(null);
    segments.add(front);
    int from = titleIndex >= 0 ? titleIndex + 1 : first;
    for (int k = from; k < blocks.size(); k++) {
      Node block = blocks.get(k);
      if (block instanceof Heading && ((Heading) block).getLevel() <= level) {
        segments.add(new Segment((Heading) block));
      } else {
        segments.get(segments.size() - 1).blocks.add(block);
      }
    }
    classify(src, segments);
    readFront(src, beforeTitle, front.blocks, titleIndex >= 0);
    SectionReader reader = new SectionReader(src, report, level + 1, ranges);
    List<Section> sections = new ArrayList<>();
    for (Segment s : segments.subList(1, segments.size())) {
      String at = "/sections/" + sections.size();
      Node last = s.blocks.isEmpty() ? s.heading : s.blocks.get(s.blocks.size() - 1);
      ranges.put(at, s.heading, last);
      ranges.put(at + "/heading", s.heading);
      if (s.kind == null && metadataSection(s.text) && !s.blocks.isEmpty() && readMetadata(src, s.blocks.get(0))) {
        // a section of its own for the metadata ("## Meta"): its entries are the document's, the rest its body
        s.blocks.remove(0);
      }
      places.add(new Parsed.Place(ranges.original(src.start(s.heading)),
          s.blocks.isEmpty() ? -1 : ranges.original(src.start(s.blocks.get(0))), ranges.original(src.end(last))));
      Section section = null;
      if (s.kind != null) {
        Optional<String> heading = s.text.equals(s.kind.title()) ? Optional.empty() : Optional.of(s.text);
        try {
          section = reader.read(s.kind, heading, s.blocks, at);
        } catch (IllegalArgumentException e) {
          report.at(s.heading, Severity.WARNING, Report.KEPT_VERBATIM, "section \"" + s.text
              + "\" could not be read as a " + s.kind.title() + " section (" + e.getMessage()
              + "); kept as a custom section");
        }
      }
      if (section == null) {
        ranges.put(at + "/body", s.blocks);
        section = CustomSection.of(s.text, src.text(s.blocks));
      }
      sections.add(section);
    }
    fill(frontMatter, title);
    return sections;
  }

  /** Whether a custom section's heading names it the metadata's ({@code Meta}, {@code Metadata}). */
  static boolean metadataSection(String heading) {
    String key = Headings.key(heading);
    return key.equals("meta") || key.equals("metadata");
  }

  private static int firstHeadingLevel(List<Node> blocks, int from) {
    for (int i = from; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Heading) {
        return ((Heading) blocks.get(i)).getLevel();
      }
    }
    return 2;
  }

  /**
   * The section level after a title or from the first section: 1 when the first heading from there is
   * an H1; else 2 if an H2 follows; else the shallowest level that does.
   */
  private static int sectionLevel(List<Node> blocks, int from) {
    int min = Integer.MAX_VALUE;
    boolean firstHeading = true;
    for (int i = from; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Heading) {
        int level = ((Heading) blocks.get(i)).getLevel();
        if (firstHeading && level == 1) {
          return 1;
        }
        firstHeading = false;
        if (level == 2) {
          return 2;
        }
        min = Math.min(min, level);
      }
    }
    return min == Integer.MAX_VALUE ? 2 : min;
  }

  /** Whether the model takes the text as blank (whitespace and control characters only, Unicode's included). */
  private static boolean blank(String text) {
    return io.github.designdoc.internal.Text.isBlank(text);
  }

  /** Decides each segment's section and drops the rule the writer puts before the revision history. */
  private void classify(Source src, List<Segment> segments) {
    Set<SectionKind> seen = EnumSet.noneOf(SectionKind.class);
    for (int i = 1; i < segments.size(); i++) {
      Segment s = segments.get(i);
      String raw = src.headingText(s.heading);
      if (Source.firstLine(s.heading) != Source.lastLine(s.heading) && !raw.isEmpty()) {
        report.info(s.heading, Report.MULTILINE_HEADING, "heading spans several lines; read as one line");
      }
      Headings.Marked marked = Headings.marked(raw);
      s.text = marked.text().isBlank() ? raw : marked.text().strip();
      Optional<SectionKind> kind = marked.kind().isPresent() ? marked.kind() : settings.headings().kindOf(s.text);
      boolean custom = marked.custom() || kind.isEmpty() || kind.get() == SectionKind.CUSTOM;
      if (blank(s.text)) {
        s.text = "(untitled section)";
        custom = true;
      }
      if (custom) {
        if (!marked.custom() && kind.isEmpty()) {
          report.info(s.heading, Report.CUSTOM_SECTION, "section \"" + s.text
              + "\" is not a known section; kept as a custom section");
        }
      } else {
        s.kind = kind.get();
        if (!seen.add(s.kind)) {
          report.info(s.heading, Report.DUPLICATE_SECTION, "another \"" + s.kind.title()
              + "\" section; read as one more section of that kind");
        }
        List<Node> previous = segments.get(i - 1).blocks;
        if (s.kind == SectionKind.REVISION_HISTORY && !previous.isEmpty()
            && previous.get(previous.size() - 1) instanceof ThematicBreak) {
          previous.remove(previous.size() - 1);
        }
      }
    }
  }

  private boolean readMetadata(Source src, Node block) {
    return readMetadata(src, new MetadataReader(src).entries(block));
  }

  private boolean readMetadata(Source src, Optional<List<MetadataReader.Entry>> entries) {
    if (entries.isEmpty()) {
      return false;
    }
    List<String> pointers = MetadataReader.apply(entries.get(), doc, filled, other);
    for (int k = 0; k < pointers.size(); k++) {
      MetadataReader.Entry e = entries.get().get(k);
      String p = pointers.get(k);
      if (p.equals("/authors")) {
        List<String> authors = MetadataReader.authorEntries(e.value());
        for (int a = 0; a < authors.size(); a++) {
          ranges.put("/authors/" + a, e.start(), e.end());
          String remark = MetadataReader.remark(authors.get(a));
          if (!remark.isEmpty()) {
            int line = src.lineOf(e.start());
            report.add(Severity.INFO, Report.AUTHOR_REMARK, "author " + (a + 1) + " is read as \""
                + MetadataReader.person(authors.get(a)) + "\"; the text after the contact (\""
                + abbreviate(remark) + "\") is not part of the authors, so write leaves it out (format keeps it)",
                line + 1, e.start() - src.lineStart(line) + 1);
          }
        }
      }
      ranges.put(p, e.start(), e.end());
    }
    return true;
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  private void readFront(Source src, List<Node> beforeTitle, List<Node> front, boolean titled) {
    int i = 0;
    // the metadata: one block, or (as in many RFC templates) one paragraph per entry; the first block may
    // also be a byline, or a list whose items after its leading entries are preamble
    Node restItem = null;
    if (titled && !front.isEmpty()) {
      Optional<MetadataReader.Block> first = new MetadataReader(src).first(front.get(0));
      if (first.isPresent() && readMetadata(src, first.map(MetadataReader.Block::entries))) {
        restItem = first.get().rest();
        i = restItem == null ? 1 : 0;
      }
    }
    while (titled && restItem == null && i > 0 && i < front.size() && readMetadata(src, front.get(i))) {
      i++;
    }
    if (restItem == null && i < front.size() && front.get(i) instanceof ThematicBreak) {
      i++;
    }
    List<Node> rest = front.subList(i, front.size());
    String before = src.text(beforeTitle);
    String after = restItem == null ? src.text(rest) : rest(src, restItem, rest);
    String preamble = before.isBlank() ? after : after.isBlank() ? before
        : join(before, beforeTitle.get(beforeTitle.size() - 1), after);
    doc.preamble(preamble);
    Node a = !beforeTitle.isEmpty() ? beforeTitle.get(0) : rest.isEmpty() ? null
        : restItem != null ? restItem : rest.get(0);
    Node b = !rest.isEmpty() ? rest.get(rest.size() - 1) : beforeTitle.isEmpty() ? null : beforeTitle.get(
        beforeTitle.size() - 1);
    if (a != null && !preamble.isBlank()) {
      ranges.put("/preamble", a, b);
    }
  }

  /**
   * The preamble from the items of the metadata list after its entries: those lines as written, then the
   * blocks after the list as {@link Source#text} gives them (without the writer's markers, which the
   * reader drops everywhere).
   */
  private static String rest(Source src, Node restItem, List<Node> rest) {
    List<Node> tail = rest.subList(1, rest.size());
    if (tail.stream().noneMatch(src::isMarker)) {
      return src.lines(Source.firstLine(restItem), Source.lastLine(rest.get(rest.size() - 1)));
    }
    String items = src.lines(Source.firstLine(restItem), Source.lastLine(rest.get(0)));
    String blocks = src.text(tail);
    return blocks.isBlank() ? items : join(items, rest.get(0), blocks);
  }

  /** Two parts of the preamble that the title heading or a marker kept apart ({@link Source#separator}). */
  private static String join(String first, Node firstLast, String second) {
    return first + Source.separator(firstLast, second) + second;
  }


  /** True when a heading is the given title behind a prefix that ends in a colon or dash ("AIP-64 - Title"). */
  static boolean restates(String heading, String title) {
    String h = heading.strip().toLowerCase(Locale.ROOT);
    String t = title.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty() || h.length() <= t.length() || !h.endsWith(t)) {
      return false;
    }
    String prefix = h.substring(0, h.length() - t.length()).stripTrailing();
    return prefix.length() > 1 && (prefix.endsWith(":") || prefix.endsWith("-") || prefix.endsWith("\u2013")
        || prefix.endsWith("\u2014"));
  }

  /** Fills what the body leaves unset from the front matter's known keys. */
  private void fill(Optional<FrontMatter> frontMatter, Optional<String> title) {
    doc.title(title.orElse(FALLBACK_TITLE));
    FrontValues front = frontMatter.map(FrontValues::of).orElse(null);
    if (title.isPresent() && front != null && front.title().isPresent()
        && restates(title.get(), front.title().get())) {
      // a heading that restates the front matter's title behind a number ("TEP-0130: Pipeline-level Service")
      doc.title(front.title().get());
    }
    if (title.isEmpty() && (front == null || front.title().isEmpty())) {
      // a Title or Feature Name entry names the document when nothing else does
      for (int i = 0; i < other.size() && titleEntry.isEmpty(); i++) {
        String key = Headings.key(other.get(i).key());
        if ((key.equals("title") || key.equals("feature name")) && !other.get(i).value().isBlank()) {
          titleEntry = Optional.of(MetadataReader.unbold(other.get(i).value()));
          ranges.copy("/otherMetadata/" + i, "/title");
          doc.title(titleEntry.get());
          title = titleEntry;
        }
      }
    }
    if (title.isEmpty() && firstLine >= 0) {
      ranges.put("/title", firstLine, firstLineEnd);
    }
    if (frontMatter.isEmpty() || frontMatter.get().error().isPresent()) {
      if (title.isEmpty()) {
        report.add(Severity.WARNING, Report.NO_TITLE, "no title found; the title is \"" + FALLBACK_TITLE + "\"", 1, 1);
      }
      return;
    }
    FrontMatter f = frontMatter.get();
    List<String> used = new ArrayList<>();
    FrontValues values = FrontValues.of(f);
    if (title.isEmpty()) {
      if (values.title().isPresent()) {
        doc.title(values.title().get());
        ranges.put("/title", 0, f.end());
        used.add("title");
      } else {
        report.add(Severity.WARNING, Report.NO_TITLE, "no title found; the title is \"" + FALLBACK_TITLE + "\"", 1, 1);
      }
    }
    int field = MetadataReader.Field.VERSION.ordinal();
    if (!filled[field] && values.version().isPresent()) {
      doc.version(values.version().get());
      ranges.put("/version", 0, f.end());
      used.add("version");
    }
    field = MetadataReader.Field.AUTHORS.ordinal();
    if (!filled[field] && !values.authors().isEmpty()) {
      doc.authors(values.authors());
      for (int a = 0; a < values.authors().size(); a++) {
        ranges.put("/authors/" + a, 0, f.end());
      }
      used.add("authors");
    }
    field = MetadataReader.Field.DATE.ordinal();
    if (!filled[field] && values.date().isPresent()) {
      doc.date(values.date().get());
      ranges.put("/date", 0, f.end());
      used.add("date");
    }
    field = MetadataReader.Field.STATUS.ordinal();
    if (!filled[field] && values.status().isPresent()) {
      doc.status(values.status().get());
      ranges.put("/status", 0, f.end());
      used.add("status");
    }
    if (!used.isEmpty()) {
      report.add(Severity.INFO, Report.FRONT_MATTER_VALUE, "front matter gives " + String.join(", ", used), 1, 1);
    }
  }
}
