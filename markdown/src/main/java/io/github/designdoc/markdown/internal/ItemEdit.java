package io.github.designdoc.markdown.internal;

import io.github.designdoc.Components;
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
 * numbering, indentation). Request flows, API contracts and data models are not edited this way.
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
    if (before.getClass() != after.getClass() || !(before instanceof ItemSection) || !listLike(before)) {
      return Optional.empty();
    }
    ItemSection<?> b = (ItemSection<?>) before;
    ItemSection<?> a = (ItemSection<?>) after;
    if (!b.heading().equals(a.heading()) || !b.intro().equals(a.intro()) || !b.notes().equals(a.notes())
        || b.items().isEmpty()) {
      return Optional.empty();
    }
    List<?> x = b.items();
    List<?> y = a.items();
    int p = 0;
    while (p < x.size() && p < y.size() && x.get(p).equals(y.get(p))) {
      p++;
    }
    int q = 0;
    while (q < x.size() - p && q < y.size() - p && x.get(x.size() - 1 - q).equals(y.get(y.size() - 1 - q))) {
      q++;
    }
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
    String replacement;
    if (p < x.size() - q) {
      replacement = text;
    } else if (p > 0) {
      replacement = nl + text;
    } else {
      replacement = text + nl;
    }
    return Optional.of(original.substring(place.start(), from) + replacement
        + original.substring(to, chunkEnd(original, parsed, index)));
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
        return Optional.empty();
      }
      List<String> rows = new ArrayList<>();
      for (Object item : items) {
        rows.add(ShapeWriter.row(SectionWriter.revisionRow((Revision) item)));
      }
      return Optional.of(String.join(nl, rows));
    }
    Matcher m = MARKER.matcher(modelLine);
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
}
