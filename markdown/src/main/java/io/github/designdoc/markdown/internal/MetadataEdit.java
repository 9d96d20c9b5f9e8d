package io.github.designdoc.markdown.internal;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DocDate;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.SourceMap;
import io.github.designdoc.Status;
import io.github.designdoc.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits of the metadata lines in place: a changed value replaces only the value on its line; a field
 * the document did not have, or a further entry added at the end, is one more line after the last
 * metadata line, in its style, or, where the document has no metadata line, a new list under the title
 * (or the front matter, or at the top). Anything else (title, front matter, preamble, removed entries)
 * is not handled here.
 */
final class MetadataEdit {
  private static final Pattern LINE = Pattern.compile(
      "^([ \\t]*(?:[-*+][ \\t]+)?(?:\\*\\*)?)([A-Za-z][^:*\\n]*?)(:\\*\\*|\\*\\*:|:)([ \\t]*)(.*?)([ \\t]*)$");

  private MetadataEdit() {}

  /** The header text with the edits applied, or empty when an edit is not one of those handled. */
  static Optional<String> apply(String header, Parsed parsed, DesignDoc edited) {
    DesignDoc doc = parsed.document();
    if (!doc.title().equals(edited.title()) || !doc.frontMatter().equals(edited.frontMatter())
        || !doc.preamble().equals(edited.preamble())) {
      return Optional.empty();
    }
    String nl = header.contains("\r\n") ? "\r\n" : "\n";
    int frontEnd = parsed.sourceMap().range("/frontMatter").map(TextRange::end).orElse(-1);
    // replacements by line start: [lineStart, lineEnd, newLine]
    TreeMap<Integer, String[]> edits = new TreeMap<>();
    List<String> added = new ArrayList<>();
    int[] last = {-1};
    for (TextRange range : metadataRanges(parsed.sourceMap())) {
      if (range.offset() >= frontEnd) {
        last[0] = Math.max(last[0], range.end());
      }
    }
    if (!field(header, parsed, "/version", doc.version(), edited.version(), "Version", edits, added, frontEnd)
        || !field(header, parsed, "/date", doc.date().map(Object::toString), edited.date().map(Object::toString),
            "Date", edits, added, frontEnd)
        || !field(header, parsed, "/status", doc.status().map(Object::toString),
            edited.status().map(Object::toString), "Status", edits, added, frontEnd)) {
      return Optional.empty();
    }
    if (!doc.authors().equals(edited.authors())) {
      Optional<String> before = doc.authors().isEmpty() ? Optional.empty() : Optional.of(DocumentWriter.authors(doc.authors()));
      Optional<String> after = edited.authors().isEmpty() ? Optional.empty()
          : Optional.of(DocumentWriter.authors(edited.authors()));
      String key = edited.authors().size() == 1 ? "Author" : "Authors";
      if (!field(header, parsed, "/authors/0", before, after, key, edits, added, frontEnd)) {
        return Optional.empty();
      }
    }
    List<MetadataEntry> a = doc.otherMetadata();
    List<MetadataEntry> b = edited.otherMetadata();
    if (b.size() < a.size()) {
      return Optional.empty();
    }
    for (int i = 0; i < b.size(); i++) {
      if (i < a.size()) {
        if (!a.get(i).key().equals(b.get(i).key())) {
          return Optional.empty();
        }
        if (!field(header, parsed, "/otherMetadata/" + i, Optional.of(a.get(i).value()), Optional.of(b.get(i).value()),
            b.get(i).key(), edits, added, frontEnd)) {
          return Optional.empty();
        }
      } else {
        added.add(b.get(i).key() + "\u0000" + b.get(i).value());
      }
    }
    StringBuilder out = new StringBuilder(header);
    if (!added.isEmpty() && last[0] < 0) {
      // No metadata line to follow: a new list right under the title (or the front matter, or at the top).
      int at = insertionPoint(header, parsed, frontEnd);
      if (at < 0) {
        return Optional.empty();
      }
      String rest = header.substring(at);
      // A bullet other than that of a list that follows, which would otherwise take these lines in.
      String following = rest.strip();
      String bullet = following.startsWith("- ") || following.startsWith("-\t") ? "* " : "- ";
      StringBuilder lines = new StringBuilder();
      for (String entry : added) {
        int z = entry.indexOf('\u0000');
        String value = entry.substring(z + 1);
        lines.append(lines.length() == 0 ? "" : nl).append(bullet).append("**").append(entry, 0, z).append(":**")
            .append(value.isEmpty() ? "" : " " + value);
      }
      String block;
      if (at == 0 || header.charAt(at - 1) == '\n') {
        // at the start of a line: the list, then a blank line unless one follows
        block = lines + nl + (rest.isEmpty() || rest.startsWith(nl) ? "" : nl);
      } else {
        // at the end of the title's line: the list right under it, then a blank line unless one follows
        block = nl + lines + (rest.isEmpty() || rest.equals(nl) || rest.startsWith(nl + nl) ? "" : nl);
      }
      edits.put(at, new String[] {String.valueOf(at), block});
      added.clear();
    }
    if (!added.isEmpty()) {
      if (last[0] > header.length()) {
        return Optional.empty();
      }
      int lineStart = header.lastIndexOf('\n', Math.max(0, last[0] - 1)) + 1;
      int lineEnd = lineEnd(header, last[0]);
      Matcher m = LINE.matcher(header.substring(lineStart, lineEnd));
      if (!m.matches()) {
        // after a byline: a list of its own, after a blank line
        String rest = header.substring(lineEnd);
        if (!(rest.isEmpty() || rest.equals(nl) || rest.startsWith(nl + nl))) {
          return Optional.empty();
        }
        StringBuilder lines = new StringBuilder(nl);
        for (String entry : added) {
          int z = entry.indexOf('\u0000');
          String value = entry.substring(z + 1);
          lines.append(nl).append("- **").append(entry, 0, z).append(":**").append(value.isEmpty() ? "" : " " + value);
        }
        edits.put(lineEnd, new String[] {String.valueOf(lineEnd), lines.toString()});
        added.clear();
      }
    }
    if (!added.isEmpty()) {
      int lineStart = header.lastIndexOf('\n', Math.max(0, last[0] - 1)) + 1;
      int lineEnd = lineEnd(header, last[0]);
      Matcher m = LINE.matcher(header.substring(lineStart, lineEnd));
      if (!m.matches()) {
        return Optional.empty();
      }
      StringBuilder lines = new StringBuilder();
      for (String entry : added) {
        int z = entry.indexOf('\u0000');
        String key = entry.substring(0, z);
        String value = entry.substring(z + 1);
        String sep = m.group(4).isEmpty() ? " " : m.group(4);
        lines.append(nl).append(m.group(1)).append(key).append(m.group(3)).append(value.isEmpty() ? "" : sep + value);
      }
      edits.put(lineEnd, new String[] {String.valueOf(lineEnd), lines.toString()});
    }
    for (Integer start : edits.descendingKeySet()) {
      String[] e = edits.get(start);
      out.replace(start, Integer.parseInt(e[0]), e[1]);
    }
    return Optional.of(out.toString());
  }

  /**
   * Whether {@code written}, the header as {@link #apply} edited it, reads back to {@code edited}'s header
   * without being read. It does when only the version, date or status changed, each on the key-value line
   * of the header the reader took it from, and nothing else: the lines differ only in one run of plain
   * characters (letters, digits, spaces, {@code . + -}), which on one line of a list item or paragraph
   * cannot change what blocks the header holds; the reader's own reading of a line gives the old value on
   * the old line and the edited value on the new one, and that value's text gives the edited value.
   */
  static boolean readsBack(String header, String written, Parsed parsed, DesignDoc edited) {
    DesignDoc doc = parsed.document();
    if (!doc.title().equals(edited.title()) || !doc.authors().equals(edited.authors())
        || !doc.otherMetadata().equals(edited.otherMetadata()) || !doc.frontMatter().equals(edited.frontMatter())
        || !doc.preamble().equals(edited.preamble())) {
      return false;
    }
    // the changed fields by where their lines start: pointer, field, value before, value after
    TreeMap<Integer, String[]> lines = new TreeMap<>();
    int frontEnd = parsed.sourceMap().range("/frontMatter").map(TextRange::end).orElse(-1);
    if (!changed(header, parsed, "/version", MetadataReader.Field.VERSION, doc.version(), edited.version(), frontEnd,
            lines)
        || !changed(header, parsed, "/date", MetadataReader.Field.DATE, doc.date().map(Object::toString),
            edited.date().map(Object::toString), frontEnd, lines)
        || !changed(header, parsed, "/status", MetadataReader.Field.STATUS, doc.status().map(Object::toString),
            edited.status().map(Object::toString), frontEnd, lines)
        || lines.isEmpty()) {
      return false;
    }
    int from = 0; // where the text between edited lines starts, in the header
    int delta = 0; // how much longer the written header is up to there
    for (var e : lines.entrySet()) {
      int lineStart = e.getKey();
      int lineEnd = lineEnd(header, lineStart);
      if (lineStart < from || !written.regionMatches(from + delta, header, from, lineStart - from)) {
        return false;
      }
      int newStart = lineStart + delta;
      int newEnd = lineEnd(written, newStart);
      String before = header.substring(lineStart, lineEnd);
      String after = written.substring(newStart, newEnd);
      MetadataReader.Field field = MetadataReader.Field.valueOf(e.getValue()[0]);
      if (!plainChange(before, after) || !valueOn(before, field).equals(Optional.of(e.getValue()[1]))
          || !valueOn(after, field).equals(Optional.of(e.getValue()[2]))) {
        return false;
      }
      delta = newEnd - lineEnd;
      from = lineEnd;
    }
    if (written.length() - header.length() != delta
        || !written.regionMatches(from + delta, header, from, header.length() - from)) {
      return false;
    }
    // the reader keeps a version as written, and makes a date and a status of their text
    return (edited.date().equals(doc.date()) || edited.date().get().equals(DocDate.of(edited.date().get().toString())))
        && (edited.status().equals(doc.status())
            || edited.status().get().equals(Status.of(edited.status().get().toString())));
  }

  /** Notes a field whose value changed, in {@code lines}; false when it did not change in place on a line. */
  private static boolean changed(String header, Parsed parsed, String pointer, MetadataReader.Field field,
      Optional<String> before, Optional<String> after, int frontEnd, TreeMap<Integer, String[]> lines) {
    if (before.equals(after)) {
      return true;
    }
    Optional<TextRange> range = parsed.sourceMap().range(pointer);
    if (before.isEmpty() || after.isEmpty() || range.isEmpty() || range.get().offset() < Math.max(frontEnd, 0)
        || range.get().end() > header.length() || !PLAIN.matcher(after.get()).matches()) {
      return false;
    }
    int lineStart = range.get().offset() == 0 ? 0 : header.lastIndexOf('\n', range.get().offset() - 1) + 1;
    return lines.put(lineStart, new String[] {field.name(), before.get(), after.get()}) == null;
  }

  /** A value that cannot change the blocks of the line it is on: plain words and numbers. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9 .+-]*[A-Za-z0-9.])?");

  /** Whether two lines differ only in one run of plain characters (letters, digits, spaces, {@code . + -}). */
  private static boolean plainChange(String before, String after) {
    int prefix = 0;
    int most = Math.min(before.length(), after.length());
    while (prefix < most && before.charAt(prefix) == after.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < most - prefix
        && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
      suffix++;
    }
    return plainRun(before, prefix, before.length() - suffix) && plainRun(after, prefix, after.length() - suffix);
  }

  private static boolean plainRun(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '.'
          || c == '+' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The value the reader takes for {@code field} from a line of a header list item or paragraph, as it
   * reads an entry: the line without its indentation and bullet, then the value without one layer of
   * bold. Empty when the line does not state that field.
   */
  private static Optional<String> valueOn(String line, MetadataReader.Field field) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    if (i + 1 < line.length() && "-*+".indexOf(line.charAt(i)) >= 0
        && (line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t')) {
      i++;
    }
    return MetadataReader.entry(line.substring(i).strip())
        .filter(entry -> MetadataReader.field(entry[0]) == field)
        .map(entry -> MetadataReader.unbold(entry[1]));
  }

  /**
   * The whole original with the edits applied, when the document reads metadata from past its header (a
   * {@code ## Meta} section of its own); else empty.
   */
  static Optional<String> pastHeader(String original, Parsed parsed, DesignDoc edited, int headerEnd) {
    int frontEnd = parsed.sourceMap().range("/frontMatter").map(TextRange::end).orElse(-1);
    int from = Math.max(headerEnd, frontEnd);
    boolean past = metadataRanges(parsed.sourceMap()).stream().anyMatch(range -> range.offset() >= from);
    return past ? apply(original, parsed, edited) : Optional.empty();
  }

  /**
   * Where the reader found each metadata field: version, date, status, each author, each further entry.
   * Looked up by pointer (authors and further entries are numbered from 0), not by a walk of the map,
   * which holds a range for every part of the document.
   */
  private static List<TextRange> metadataRanges(SourceMap map) {
    List<TextRange> ranges = new ArrayList<>();
    map.range("/version").ifPresent(ranges::add);
    map.range("/date").ifPresent(ranges::add);
    map.range("/status").ifPresent(ranges::add);
    for (String list : new String[] {"/authors/", "/otherMetadata/"}) {
      for (int i = 0; ; i++) {
        Optional<TextRange> range = map.range(list + i);
        if (range.isEmpty()) {
          break;
        }
        ranges.add(range.get());
      }
    }
    return ranges;
  }

  /**
   * Where a new metadata list goes in a header that has none: the end of the title heading's line, else
   * the start of the line after the front matter, else the start; -1 when the title is not one line.
   */
  private static int insertionPoint(String header, Parsed parsed, int frontEnd) {
    Optional<TextRange> title = parsed.sourceMap().range("/title");
    if (title.isPresent() && title.get().offset() >= Math.max(frontEnd, 0) && title.get().end() <= header.length()) {
      int end = lineEnd(header, title.get().offset());
      String line = header.substring(title.get().offset(), end);
      boolean atx = line.stripLeading().startsWith("#");
      return atx ? end : -1;
    }
    if (frontEnd > 0) {
      int next = header.indexOf('\n', Math.min(frontEnd, header.length()));
      return next < 0 ? -1 : next + 1;
    }
    int start = header.startsWith("\uFEFF") ? 1 : 0;
    return start;
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    end = end < 0 ? text.length() : end;
    return end > 0 && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  /** Plans the edit of one field; false if it cannot be done in place. */
  private static boolean field(String header, Parsed parsed, String pointer, Optional<String> before,
      Optional<String> after, String key, TreeMap<Integer, String[]> edits, List<String> added, int frontEnd) {
    if (before.equals(after)) {
      return true;
    }
    Optional<TextRange> range = parsed.sourceMap().range(pointer);
    if (before.isPresent() && after.isPresent() && range.isPresent() && range.get().offset() < frontEnd) {
      // A value from the front matter: the body states the new one, which takes precedence when read,
      // and the front matter is kept as written.
      added.add(key + "\u0000" + after.get());
      return true;
    }
    if (before.isEmpty()) {
      if (range.isPresent() && range.get().offset() >= frontEnd) {
        return false;
      }
      added.add(key + "\u0000" + after.get());
      return true;
    }
    if (after.isEmpty() || range.isEmpty() || range.get().offset() < frontEnd || range.get().end() > header.length()) {
      return false;
    }
    int lineStart = header.lastIndexOf('\n', Math.max(0, range.get().offset() - 1)) + 1;
    if (range.get().offset() == 0) {
      lineStart = 0;
    }
    int lineEnd = lineEnd(header, range.get().offset());
    String line = header.substring(lineStart, lineEnd);
    Matcher m = LINE.matcher(line);
    if (edits.containsKey(lineStart)) {
      return false;
    }
    if (!m.matches()) {
      // a byline line ("May 2023 \\"): the value is the line's text, without indentation and hard break
      String text = MetadataReader.bylineText(line);
      int at = text.isEmpty() ? -1 : line.indexOf(text);
      if (at < 0 || !text.equals(before.get()) || after.get().contains("\\") || after.get().isBlank()) {
        return false;
      }
      edits.put(lineStart, new String[] {String.valueOf(lineEnd),
          line.substring(0, at) + after.get() + line.substring(at + text.length())});
      return true;
    }
    String value = m.group(5);
    String unbold = MetadataReader.unbold(value);
    String replaced;
    if (!unbold.equals(value) && value.contains(unbold) && !unbold.isEmpty()) {
      replaced = value.replace(unbold, after.get());
    } else {
      replaced = after.get();
    }
    String sep = m.group(4).isEmpty() ? " " : m.group(4);
    String newLine = m.group(1) + m.group(2) + m.group(3) + (replaced.isEmpty() ? "" : sep + replaced) + m.group(6);
    edits.put(lineStart, new String[] {String.valueOf(lineEnd), newLine});
    return true;
  }
}
