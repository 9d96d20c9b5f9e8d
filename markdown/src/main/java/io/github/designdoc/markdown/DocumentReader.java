package io.github.designdoc.markdown;

import io.github.designdoc.CustomSection;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.SectionKind;
import io.github.designdoc.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;

/**
 * Reads one document: front matter, title, metadata, preamble, then the sections at the document's
 * section level, each known one through {@link SectionReader} and every other one kept as a custom
 * section. One instance per read.
 */
final class DocumentReader {
  static final String FALLBACK_TITLE = "Untitled";

  private final MarkdownReader.Settings settings;
  private final Report report;
  private final DesignDoc.Builder doc = DesignDoc.builder();

  DocumentReader(MarkdownReader.Settings settings, Report report) {
    this.settings = settings;
    this.report = report;
  }

  /** A segment of the document: a section heading (or none, for the front) and the blocks under it. */
  private static final class Segment {
    final Heading heading;
    final List<Node> blocks = new ArrayList<>();
    String text;
    SectionKind kind;
    SectionKind after;

    Segment(Heading heading) {
      this.heading = heading;
    }
  }

  DesignDoc read(String input) {
    String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    Optional<FrontMatter> frontMatter = FrontMatter.find(text);
    String body = text;
    if (frontMatter.isPresent()) {
      doc.frontMatter(frontMatter.get().raw());
      body = "\n".repeat(frontMatter.get().lineCount() - 1) + text.substring(frontMatter.get().end());
    }
    Node root = parse(body);
    if (root == null) {
      return fallback(frontMatter, text);
    }
    Optional<String> closer = closer(root.getLastChild(), body);
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
    checkDepth(root);
    List<Node> blocks = new ArrayList<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
      blocks.add(n);
    }
    try {
      readBlocks(src, blocks, frontMatter);
      return doc.build();
    } catch (RuntimeException e) {
      // a safety net: no input should get here, but if one does it is reported, not thrown
      report.add(Severity.ERROR, Report.PARSER_FAILURE, "document could not be read: " + e, 1, 1);
      return fallback(frontMatter, text);
    }
  }

  private DesignDoc fallback(Optional<FrontMatter> frontMatter, String text) {
    DesignDoc.Builder b = DesignDoc.builder().title(FALLBACK_TITLE);
    frontMatter.ifPresent(f -> b.frontMatter(f.raw()));
    return b.preamble(text.length() <= settings.maxInputLength() ? text : "").build();
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
  private static Optional<String> closer(Node last, String body) {
    if (last instanceof FencedCodeBlock) {
      FencedCodeBlock fence = (FencedCodeBlock) last;
      if (fence.getClosingFenceLength() == null) {
        return Optional.of(" ".repeat(fence.getFenceIndent())
            + fence.getFenceCharacter().repeat(fence.getOpeningFenceLength()));
      }
    } else if (last instanceof HtmlBlock) {
      String html = ((HtmlBlock) last).getLiteral();
      String lower = html.stripLeading().toLowerCase(java.util.Locale.ROOT);
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
    // Walks the tree by its parent links: no recursion, no stack, no boxing.
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

  private void readBlocks(Source src, List<Node> blocks, Optional<FrontMatter> frontMatter) {
    int first = 0;
    while (first < blocks.size() && !(blocks.get(first) instanceof Heading)) {
      first++;
    }
    List<Node> beforeTitle = blocks.subList(0, first);
    int level = 2;
    int titleIndex = first;
    Optional<String> title = Optional.empty();
    if (first < blocks.size()) {
      Heading h = (Heading) blocks.get(first);
      String text = src.headingText(h);
      if (h.getLevel() == 1 && Headings.key(text).equals("design document") && first + 1 < blocks.size()
          && blocks.get(first + 1) instanceof Heading && ((Heading) blocks.get(first + 1)).getLevel() == 2) {
        String next = src.headingText((Heading) blocks.get(first + 1));
        if (next.startsWith("For ") || settings.headings().kindOf(next).isEmpty()) {
          titleIndex = first + 1;
          text = next.startsWith("For ") && !next.substring(4).isBlank() ? next.substring(4).strip() : next;
        }
      } else if (h.getLevel() > 1) {
        level = h.getLevel();
      } else {
        level = sectionLevel(blocks, first + 1);
      }
      if (!text.isBlank()) {
        title = Optional.of(text);
      }
    }
    if (!beforeTitle.isEmpty() && first < blocks.size()) {
      report.info(beforeTitle.get(0), Report.BEFORE_TITLE, "content before the title is kept in the preamble");
    }
    List<Segment> segments = new ArrayList<>();
    Segment front = new Segment(null);
    segments.add(front);
    for (int i = Math.min(titleIndex + 1, blocks.size()); i < blocks.size(); i++) {
      Node block = blocks.get(i);
      if (block instanceof Heading && ((Heading) block).getLevel() <= level) {
        segments.add(new Segment((Heading) block));
      } else {
        segments.get(segments.size() - 1).blocks.add(block);
      }
    }
    classify(src, segments);
    readFront(src, beforeTitle, front.blocks);
    SectionReader sections = new SectionReader(src, report, level + 1);
    for (Segment s : segments.subList(1, segments.size())) {
      if (s.kind != null) {
        DesignDoc.Builder part = DesignDoc.builder().title(FALLBACK_TITLE);
        try {
          sections.read(s.kind, s.text.equals(s.kind.title()) ? Optional.empty() : Optional.of(s.text), s.blocks, part);
          SectionReader.copy(part.build(), s.kind, doc);
        } catch (IllegalArgumentException e) {
          report.at(s.heading, Severity.WARNING, Report.CUSTOM_SECTION, "section \"" + s.text
              + "\" could not be read as the " + s.kind.title() + " section (" + e.getMessage()
              + "); kept as a custom section");
          doc.addCustomSection(CustomSection.builder().heading(s.text).body(src.text(s.blocks)).after(s.after)
              .build());
        }
      } else {
        doc.addCustomSection(CustomSection.builder().heading(s.text).body(src.text(s.blocks)).after(s.after).build());
      }
    }
    fill(frontMatter, title);
  }

  /**
   * The section level under an H1 title: 2, unless no H2 follows; then the shallowest level that does
   * (headings that skip a level, or further H1s only).
   */
  private static int sectionLevel(List<Node> blocks, int from) {
    int min = Integer.MAX_VALUE;
    for (int i = from; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Heading) {
        int level = ((Heading) blocks.get(i)).getLevel();
        if (level == 2) {
          return 2;
        }
        min = Math.min(min, level);
      }
    }
    return min == Integer.MAX_VALUE ? 2 : min;
  }

  /** Decides each segment's section and drops the rule the writer puts before the revision history. */
  private void classify(Source src, List<Segment> segments) {
    Set<SectionKind> seen = EnumSet.noneOf(SectionKind.class);
    SectionKind last = SectionKind.METADATA;
    for (int i = 1; i < segments.size(); i++) {
      Segment s = segments.get(i);
      String raw = src.headingText(s.heading);
      if (Source.firstLine(s.heading) != Source.lastLine(s.heading) && !raw.isEmpty()) {
        report.info(s.heading, Report.MULTILINE_HEADING, "heading spans several lines; read as one line");
      }
      Headings.Marked marked = Headings.marked(raw);
      s.text = marked.text().isBlank() ? raw : marked.text();
      Optional<SectionKind> kind = marked.kind().isPresent() ? marked.kind() : settings.headings().kindOf(s.text);
      boolean custom = marked.custom() || kind.isEmpty() || kind.get() == SectionKind.METADATA;
      if (!custom && seen.contains(kind.get())) {
        report.info(s.heading, Report.DUPLICATE_SECTION, "a second \"" + kind.get().title()
            + "\" section is kept as a custom section");
        custom = true;
      }
      if (s.text.isBlank()) {
        s.text = "(untitled section)";
        custom = true;
      }
      if (custom) {
        s.after = marked.custom() ? marked.kind().get() : last;
        if (!marked.custom() && kind.isEmpty()) {
          report.info(s.heading, Report.CUSTOM_SECTION, "section \"" + s.text
              + "\" is not a known section; kept as a custom section");
        }
      } else {
        s.kind = kind.get();
        s.after = last; // where it is kept, should it not read as this section
        seen.add(s.kind);
        last = s.kind;
        List<Node> previous = segments.get(i - 1).blocks;
        if (s.kind == SectionKind.REVISION_HISTORY && !previous.isEmpty()
            && previous.get(previous.size() - 1) instanceof ThematicBreak) {
          previous.remove(previous.size() - 1);
        }
      }
    }
  }

  private void readFront(Source src, List<Node> beforeTitle, List<Node> front) {
    int i = 0;
    if (i < front.size() && new MetadataReader(src).read(front.get(i), doc)) {
      i++;
    }
    if (i < front.size() && front.get(i) instanceof ThematicBreak) {
      i++;
    }
    String before = src.text(beforeTitle);
    String after = src.text(front.subList(i, front.size()));
    doc.preamble(before.isBlank() ? after : after.isBlank() ? before : before + "\n\n" + after);
  }

  /** Fills what the body leaves unset from the front matter's known keys. */
  private void fill(Optional<FrontMatter> frontMatter, Optional<String> title) {
    DesignDoc partial = doc.title(title.orElse(FALLBACK_TITLE)).build();
    if (frontMatter.isEmpty()) {
      if (title.isEmpty()) {
        report.add(Severity.WARNING, Report.NO_TITLE, "no heading found; the title is \"" + FALLBACK_TITLE + "\"", 1, 1);
      }
      return;
    }
    FrontMatter f = frontMatter.get();
    List<String> used = new ArrayList<>();
    try {
      if (title.isEmpty()) {
        Optional<String> t = f.value("title").filter(v -> !v.isBlank());
        doc.title(t.orElse(FALLBACK_TITLE));
        if (t.isPresent()) {
          used.add("title");
        } else {
          report.add(Severity.WARNING, Report.NO_TITLE, "no heading found; the title is \"" + FALLBACK_TITLE + "\"", 1, 1);
        }
      }
      if (partial.version().isEmpty() && f.value("version").isPresent()) {
        doc.version(f.value("version").get());
        used.add("version");
      }
      if (partial.authors().isEmpty()) {
        List<String> authors = f.values("authors").isEmpty() ? f.values("author") : f.values("authors");
        if (!authors.isEmpty()) {
          doc.authors(authors);
          used.add("authors");
        }
      }
      if (partial.date().isEmpty() && f.value("date").isPresent()) {
        doc.date(f.value("date").get());
        used.add("date");
      }
      if (partial.status().isEmpty() && f.value("status").isPresent()) {
        doc.status(f.value("status").get());
        used.add("status");
      }
    } catch (IllegalArgumentException e) {
      report.add(Severity.WARNING, Report.FRONT_MATTER_VALUE, "front matter value not used: " + e.getMessage(), 1, 1);
    }
    if (!used.isEmpty()) {
      report.add(Severity.INFO, Report.FRONT_MATTER_VALUE, "front matter gives " + String.join(", ", used), 1, 1);
    }
  }
}
