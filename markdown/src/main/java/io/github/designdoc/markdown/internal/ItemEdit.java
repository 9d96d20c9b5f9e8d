package io.github.designdoc.markdown.internal;

import io.github.designdoc.ApiContract;
import io.github.designdoc.ApiContracts;
import io.github.designdoc.Components;
import io.github.designdoc.DataModel;
import io.github.designdoc.DataModels;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.RequestFlows;
import io.github.designdoc.ItemSection;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.OpenIssues;
import io.github.designdoc.PerformanceConsiderations;
import io.github.designdoc.Revision;
import io.github.designdoc.RevisionHistory;
import io.github.designdoc.RolloutPlan;
import io.github.designdoc.Section;
import io.github.designdoc.SecurityConsiderations;
import io.github.designdoc.TestingEntry;
import io.github.designdoc.TestingStrategy;
import io.github.designdoc.Component;
import io.github.designdoc.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An edit of a list or table section that only adds, removes or changes a run of items: the section's
 * text with only those items' lines written anew, in the style of their siblings (bullet marker,
 * numbering, indentation); or of a section of records (request flows, API contracts, data models) that
 * only adds, removes or changes a run of records.
 */
final class ItemEdit {
  private static final Pattern MARKER = Pattern.compile("^([ \\t]*)([-*+]|(\\d+)([.)]))([ \\t]+)");

  private ItemEdit() {}

  /**
   * The text of section {@code chunk} (the original's {@code [start, end)}) edited from {@code before}
   * to {@code after}, or empty.
   */
  static Optional<String> apply(String original, Parsed parsed, int index, Section before, Section after,
      String nl) {
    if (before.getClass() != after.getClass() || !(before instanceof ItemSection)
        || !(listLike(before) || recordLike(before))) {
      return Optional.empty();
    }
    ItemSection<?> b = (ItemSection<?>) before;
    ItemSection<?> a = (ItemSection<?>) after;
    if (!b.heading().equals(a.heading()) || !b.notes().equals(a.notes())) {
      return Optional.empty();
    }
    if (recordLike(before)) {
      return b.intro().equals(a.intro()) ? records(original, parsed, index, b, a, nl) : Optional.empty();
    }
    if (b.items().isEmpty()) {
      return intoEmpty(original, parsed, index, b, a, nl);
    }
    if (!b.intro().equals(a.intro())) {
      return Optional.empty();
    }
    List<?> x = b.items();
    List<?> y = a.items();
    int p = commonPrefix(x, y);
    int q = commonSuffix(x, y, p);
    String at = "/sections/" + index + "/items/";
    List<TextRange> ranges = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) {
      Optional<TextRange> r = parsed.sourceMap().range(at + i);
      if (r.isEmpty()) {
        return Optional.empty();
      }
      ranges.add(r.get());
    }
    Parsed.Place place = parsed.places().get(index);
    List<?> added = y.subList(p, y.size() - q);
    int from;
    int to;
    TextRange model; // the item whose style new items take
    if (p < x.size() - q) {
      from = lineStart(ranges.get(p));
      to = ranges.get(x.size() - q - 1).end();
      model = ranges.get(p);
      if (added.isEmpty()) {
        // removing: take the removed items' lines and the line break before the next one, or after the last kept
        if (q > 0) {
          to = lineStart(ranges.get(x.size() - q));
        } else if (p > 0) {
          from = ranges.get(p - 1).end();
        } else {
          return Optional.empty();
        }
        return Optional.of(original.substring(place.start(), from) + original.substring(to, chunkEnd(original, parsed,
            index)));
      }
    } else {
      // inserting between p-1 and p (p == x.size() - q)
      if (p > 0) {
        from = ranges.get(p - 1).end();
        to = from;
        model = ranges.get(p - 1);
      } else {
        from = lineStart(ranges.get(0));
        to = from;
        model = ranges.get(0);
      }
    }
    String modelLine = line(original, model);
    Optional<String> rendered = render(after, added, modelLine, number(original, ranges, p, x.size() - q), nl);
    if (rendered.isEmpty()) {
      return Optional.empty();
    }
    String text = rendered.get();
    // issues as subsections or paragraphs: blank lines apart
    String sep = after instanceof OpenIssues && !MARKER.matcher(modelLine).find() ? nl + nl : nl;
    String replacement;
    if (p < x.size() - q) {
      replacement = text;
    } else if (p > 0) {
      replacement = sep + text;
    } else {
      replacement = text + sep;
    }
    return Optional.of(original.substring(place.start(), from) + replacement
        + original.substring(to, chunkEnd(original, parsed, index)));
  }

  /**
   * Items added to a section that had none: written after its introduction, or in place of an
   * introduction the edit removed (a {@code - None.} list then gives its marker to the items).
   */
  private static Optional<String> intoEmpty(String original, Parsed parsed, int index, ItemSection<?> b,
      ItemSection<?> a, String nl) {
    boolean noNotes = b.notes().orElse("").isEmpty();
    String introBefore = b.intro().orElse("");
    String introAfter = a.intro().orElse("");
    if (a.items().isEmpty() || !noNotes || !(introAfter.isEmpty() || introAfter.equals(introBefore))) {
      return Optional.empty();
    }
    Parsed.Place place = parsed.places().get(index);
    int end = chunkEnd(original, parsed, index);
    Optional<TextRange> intro = parsed.sourceMap().range("/sections/" + index + "/intro");
    boolean replace = !introBefore.isEmpty() && introAfter.isEmpty();
    int from;
    int to;
    String model = "- ";
    if (intro.isPresent()) {
      from = replace ? lineStart(intro.get()) : intro.get().end();
      to = intro.get().end();
      if (replace) {
        model = line(original, intro.get());
      }
    } else if (introBefore.isEmpty()) {
      int headingEnd = original.indexOf('\n', place.start());
      if (headingEnd < 0 || headingEnd >= end || !original.substring(place.start(), headingEnd).stripLeading()
          .startsWith("#")) {
        return Optional.empty();
      }
      from = headingEnd > place.start() && original.charAt(headingEnd - 1) == '\r' ? headingEnd - 1 : headingEnd;
      to = from;
    } else {
      return Optional.empty();
    }
    if (from < place.start() || to > end || from > to) {
      return Optional.empty();
    }
    Optional<String> rendered;
    if (b instanceof RevisionHistory) {
      @SuppressWarnings("unchecked")
      List<Revision> revisions = (List<Revision>) a.items();
      rendered = Optional.of(SectionWriter.revisions(revisions).replace("\n", nl));
    } else {
      Matcher m = MARKER.matcher(model);
      rendered = render(a, a.items(), m.find() ? model : "- ", m.find(0) && m.group(3) != null ? parse(m.group(3)) : 1,
          nl);
    }
    if (rendered.isEmpty()) {
      return Optional.empty();
    }
    String text = replace ? rendered.get() : nl + nl + rendered.get();
    return Optional.of(original.substring(place.start(), from) + text + original.substring(to, end));
  }

  private static boolean recordLike(Section s) {
    return s instanceof RequestFlows || s instanceof ApiContracts || s instanceof DataModels;
  }

  /** {@code #} signs, the number and the punctuation before a flow's name: {@code ### Flow 2: }. */
  private static final Pattern FLOW_HEADING = Pattern.compile("^([ \\t]*#+[ \\t]+)(Flow(?:[ \\t]+\\d+)?[ \\t]*:[ \\t]*)?");

  /**
   * An edit of the records of a request-flow, API-contract or data-model section (each record a heading
   * and its blocks): a changed record's lines are written anew (a flow whose name stays keeps its heading
   * line), a new record goes after its siblings, a removed one takes only its lines. Empty for a section
   * written with markers or without records, which is then written whole.
   */
  private static Optional<String> records(String original, Parsed parsed, int index, ItemSection<?> b,
      ItemSection<?> a, String nl) {
    Parsed.Place place = parsed.places().get(index);
    int end = chunkEnd(original, parsed, index);
    if (b.items().isEmpty() || original.substring(place.start(), end).contains("<!-- designdoc:")) {
      return Optional.empty();
    }
    List<?> x = b.items();
    List<?> y = a.items();
    int p = commonPrefix(x, y);
    int q = commonSuffix(x, y, p);
    List<TextRange> ranges = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) {
      Optional<TextRange> r = parsed.sourceMap().range("/sections/" + index + "/items/" + i);
      if (r.isEmpty() || r.get().offset() < place.start() || r.get().end() > end) {
        return Optional.empty();
      }
      ranges.add(r.get());
    }
    int removedTo = x.size() - q;
    int addedTo = y.size() - q;
    int level = parsed.level() + 1;
    // the sibling whose heading style new flows take
    String model = line(original, ranges.get(p < x.size() ? p : p - 1));
    List<String> rendered = new ArrayList<>();
    for (int j = p; j < addedTo; j++) {
      Object item = y.get(j);
      String text;
      if (item instanceof RequestFlow) {
        RequestFlow flow = (RequestFlow) item;
        text = SectionWriter.flow(j + 1, flow, false, level);
        String heading;
        if (removedTo == addedTo && ((RequestFlow) x.get(j)).name().equals(flow.name())) {
          heading = line(original, ranges.get(j)); // the same flow: its heading line as written
        } else {
          heading = flowHeading(model, j + 1, flow.name(), level);
        }
        int br = text.indexOf('\n');
        text = heading + (br < 0 ? "" : text.substring(br));
      } else if (item instanceof ApiContract) {
        text = SectionWriter.contracts(List.of((ApiContract) item), false, level).get(0);
      } else {
        text = SectionWriter.models(List.of((DataModel) item), false, level).get(0);
      }
      rendered.add(text.replace("\n", nl));
    }
    String joined = String.join(nl + nl, rendered);
    int from;
    int to;
    String replacement;
    if (p < removedTo) {
      from = lineStart(ranges.get(p));
      to = ranges.get(removedTo - 1).end();
      replacement = joined;
      if (rendered.isEmpty()) {
        if (q > 0) {
          to = lineStart(ranges.get(removedTo));
        } else if (p > 0) {
          from = ranges.get(p - 1).end();
        } else {
          return Optional.empty();
        }
      }
    } else if (p > 0) {
      from = ranges.get(p - 1).end();
      to = from;
      replacement = nl + nl + joined;
    } else {
      from = lineStart(ranges.get(0));
      to = from;
      replacement = joined + nl + nl;
    }
    if (from < place.start() || to > end || from > to) {
      return Optional.empty();
    }
    return Optional.of(original.substring(place.start(), from) + replacement + original.substring(to, end));
  }

  /** A new flow's heading in the style of a sibling's: {@code ### Flow N: name}, {@code ### Flow: name} or {@code ### name}. */
  private static String flowHeading(String sibling, int number, String name, int level) {
    Matcher m = FLOW_HEADING.matcher(sibling);
    if (!m.find()) {
      return SectionWriter.hashes(level) + " " + Escapes.headingText("Flow " + number + ": " + name);
    }
    if (m.group(2) == null) {
      return m.group(1) + Escapes.headingText(name);
    }
    if (!m.group(2).matches("Flow[ \\t]*:[ \\t]*")) {
      return m.group(1) + Escapes.headingText("Flow " + number + ": " + name);
    }
    return m.group(1) + m.group(2) + Escapes.headingText(name);
  }

  private static int chunkEnd(String original, Parsed parsed, int index) {
    return index + 1 < parsed.places().size() ? parsed.places().get(index + 1).start() : original.length();
  }

  private static boolean listLike(Section s) {
    return s instanceof SecurityConsiderations || s instanceof PerformanceConsiderations || s instanceof RolloutPlan
        || s instanceof OpenIssues || s instanceof TestingStrategy || s instanceof RevisionHistory
        || s instanceof Components;
  }

  private static int lineStart(TextRange r) {
    return r.offset() - (r.column() - 1);
  }

  private static String line(String text, TextRange r) {
    int start = lineStart(r);
    int end = text.indexOf('\n', r.offset());
    end = end < 0 ? text.length() : end;
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(Math.max(0, start), end);
  }

  /** The number the first new item of an ordered list gets: one more than the item before, else the next's. */
  private static int number(String text, List<TextRange> ranges, int p, int next) {
    if (p > 0) {
      Matcher m = MARKER.matcher(line(text, ranges.get(p - 1)));
      if (m.find() && m.group(3) != null) {
        return parse(m.group(3)) + 1;
      }
    } else if (!ranges.isEmpty()) {
      Matcher m = MARKER.matcher(line(text, ranges.get(0)));
      if (m.find() && m.group(3) != null) {
        return parse(m.group(3));
      }
    }
    return 1;
  }

  private static int parse(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The new items in the style of the model line. */
  private static Optional<String> render(Section section, List<?> items, String modelLine, int number, String nl) {
    if (section instanceof RevisionHistory) {
      if (!modelLine.strip().startsWith("|")) {
        return datedItems(items, modelLine, number, nl);
      }
      List<String> rows = new ArrayList<>();
      for (Object item : items) {
        rows.add(ShapeWriter.row(SectionWriter.revisionRow((Revision) item)));
      }
      return Optional.of(String.join(nl, rows));
    }
    Matcher h = SUBSECTION.matcher(modelLine);
    if (section instanceof OpenIssues && h.matches()) {
      List<String> rendered = new ArrayList<>();
      for (Object item : items) {
        Optional<String> issue = subsection(h.group(1), (OpenIssue) item);
        if (issue.isEmpty()) {
          return Optional.empty();
        }
        rendered.add(issue.get());
      }
      return Optional.of(String.join("\n\n", rendered).replace("\n", nl));
    }
    Matcher m = MARKER.matcher(modelLine);
    if (section instanceof OpenIssues && !m.find()) {
      // issues as paragraphs: "[x] " before a resolved one
      List<String> rendered = new ArrayList<>();
      for (Object item : items) {
        OpenIssue issue = (OpenIssue) item;
        boolean struck = ShapeReader.struck(issue.text());
        String box = issue.isOpen() ? (struck ? "[ ] " : "") : (struck ? "" : "[x] ");
        if (issue.text().isBlank() || issue.text().contains("\n\n")) {
          return Optional.empty();
        }
        rendered.add(box + issue.text());
      }
      return Optional.of(String.join("\n\n", rendered).replace("\n", nl));
    }
    m = MARKER.matcher(modelLine);
    if (!m.find()) {
      return Optional.empty();
    }
    String indent = m.group(1);
    List<String> rendered = new ArrayList<>();
    int n = number;
    for (Object item : items) {
      String marker = m.group(3) != null ? (n++) + m.group(4) : m.group(2);
      String text;
      if (section instanceof Components) {
        text = ShapeWriter.components(List.of((Component) item));
        text = marker + text.substring(1);
      } else if (section instanceof TestingStrategy) {
        text = ShapeWriter.testing(List.of((TestingEntry) item));
        text = marker + text.substring(1);
      } else if (section instanceof OpenIssues) {
        text = ShapeWriter.openIssues(List.of((OpenIssue) item));
        text = marker + text.substring(1);
      } else {
        text = ShapeWriter.item(marker, (String) Objects.requireNonNull(item));
      }
      rendered.add(ShapeWriter.indent(text, indent));
    }
    return Optional.of(String.join("\n", rendered).replace("\n", nl));
  }

  /** An ATX heading line: an open issue written as a subsection. */
  private static final Pattern SUBSECTION = Pattern.compile("^( {0,3}#{1,6})[ \\t]+\\S.*$");

  /**
   * An open issue as a subsection under a heading of these hashes: its first line the heading (with
   * {@code [x] } when resolved, {@code [ ] } when open but struck through), the rest under it; empty when
   * its first paragraph is more than one line.
   */
  private static Optional<String> subsection(String hashes, OpenIssue issue) {
    String text = issue.text();
    int nl = text.indexOf('\n');
    String title = nl < 0 ? text : text.substring(0, nl);
    if (title.isBlank() || nl >= 0 && !text.startsWith("\n", nl + 1)) {
      return Optional.empty();
    }
    boolean struck = ShapeReader.struck(title);
    String box = issue.isOpen() ? (struck ? "[ ] " : "") : (struck ? "" : "[x] ");
    return Optional.of(hashes + " " + box + Escapes.headingText(title.strip()) + (nl < 0 ? "" : text.substring(nl)));
  }

  /**
   * New revisions as dated list items in the style of the model item (marker, task box, bold date,
   * separator); empty when the model is not such an item or a revision has no date or several lines.
   */
  private static Optional<String> datedItems(List<?> items, String modelLine, int number, String nl) {
    Matcher m = MARKER.matcher(modelLine);
    if (!m.find()) {
      return Optional.empty();
    }
    Matcher d = ShapeReader.DATED.matcher(modelLine.substring(m.end()));
    if (!d.matches()) {
      return Optional.empty();
    }
    String bold = d.group("bold") == null ? "" : d.group("bold");
    String task = d.group("task") == null ? "" : d.group("task");
    List<String> lines = new ArrayList<>();
    int n = number;
    for (Object item : items) {
      Revision r = (Revision) item;
      if (r.date().isEmpty() || r.changes().contains("\n") || r.changes().isBlank()) {
        return Optional.empty();
      }
      String author = r.author().map(a -> " (" + a + ")").orElse("");
      lines.add(m.group(1) + (m.group(3) != null ? (n++) + m.group(4) : m.group(2)) + m.group(5) + task + bold
          + r.date().get() + bold + author + d.group("sep") + r.changes());
    }
    return Optional.of(String.join(nl, lines));
  }

  /** How many items the two lists share at their start. */
  private static int commonPrefix(List<?> x, List<?> y) {
    int p = 0;
    while (p < x.size() && p < y.size() && x.get(p).equals(y.get(p))) {
      p++;
    }
    return p;
  }

  /** How many items the two lists share at their end, not counting the first {@code prefix}. */
  private static int commonSuffix(List<?> x, List<?> y, int prefix) {
    int q = 0;
    while (q < x.size() - prefix && q < y.size() - prefix
        && x.get(x.size() - 1 - q).equals(y.get(y.size() - 1 - q))) {
      q++;
    }
    return q;
  }
}
