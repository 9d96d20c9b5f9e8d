package io.github.designdoc.markdown.internal;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.MetadataEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The metadata part: a block of {@code - **Key:** value} bullets (the template's), {@code - **Key**: value}
 * or plain {@code Key: value} bullets, or plain {@code Key: value} lines, read and written. Keys are
 * matched ignoring case (a key whose value is a nested list takes the items, joined with commas):
 * {@code Version}; {@code Author}, {@code Authors}, {@code Author(s)},
 * {@code Owner}, {@code Owners} and {@code Owner(s)} (names split on commas, semicolons and
 * {@code and}; {@code \,} for a comma in a name); {@code Date}, {@code Created}, {@code Creation Date} and
 * {@code Start Date}; {@code Status}. Their values are stripped of bold. The first entry for a field
 * fills it; every other entry is kept in order, verbatim.
 */
public final class MetadataReader {
  private static final Pattern PLAIN = Pattern.compile("^([A-Za-z][A-Za-z0-9 _()/.&'-]{0,39}):(?:[ \\t]+(.*))?$");

  /** One entry as read: key and value, and where its line is in the text read. */
  public record Entry(String key, String value, int start, int end) {}

  /** What a metadata entry is: which field it fills, or none. */
  public enum Field { VERSION, AUTHORS, DATE, STATUS, OTHER }

  private final Source src;

  public MetadataReader(Source src) {
    this.src = src;
  }

  /** The block's entries if every line of it has a metadata shape, else empty. */
  public Optional<List<Entry>> entries(Node block) {
    return read(block, false).filter(b -> b.rest() == null).map(Block::entries);
  }

  /**
   * What a block read as metadata gives: its entries, and the first list item that is not one (or
   * {@code null} when the whole block is metadata).
   */
  public record Block(List<Entry> entries, ListItem rest) {}

  /**
   * The metadata of the first block under the title: as {@link #entries}; or a list whose leading items
   * are entries, at least one of them naming a field, and whose other items are not (such as a
   * {@code - **Related links:**} item over nested links), the items from there on being preamble; or a
   * byline, a paragraph of author lines ending with a date line ({@code David Chase \}, {@code Russ Cox \},
   * {@code May 2023}).
   */
  public Optional<Block> first(Node block) {
    Optional<Block> read = read(block, true);
    return read.isPresent() ? read : byline(block).map(e -> new Block(e, null));
  }

  private Optional<Block> read(Node block, boolean partial) {
    List<Entry> entries = new ArrayList<>();
    if (block instanceof BulletList) {
      for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
        ListItem item = (ListItem) n;
        String text = src.itemText(item).strip();
        Optional<String[]> entry = text.contains("\n") ? nested(item) : entry(text);
        if (entry.isEmpty()) {
          boolean named = entries.stream().anyMatch(e -> field(e.key()) != Field.OTHER);
          return partial && named ? Optional.of(new Block(entries, item)) : Optional.empty();
        }
        entries.add(new Entry(entry.get()[0], entry.get()[1], Source.spanStart(item), src.end(item)));
      }
    } else if (block instanceof Paragraph) {
      for (int line = Source.firstLine(block); line <= Source.lastLine(block); line++) {
        Optional<String[]> entry = entry(src.line(line).strip());
        if (entry.isEmpty()) {
          return Optional.empty();
        }
        entries.add(new Entry(entry.get()[0], entry.get()[1], src.lineStart(line), src.lineEnd(line)));
      }
    } else {
      return Optional.empty();
    }
    return entries.isEmpty() ? Optional.empty() : Optional.of(new Block(entries, null));
  }

  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  /** A date standing alone on a byline's last line. */
  private static final Pattern DATE_LINE = Pattern.compile("^(?:\\d{4}-\\d{2}-\\d{2}|" + MONTH
      + "[ \t]+(?:\\d{1,2},?[ \t]+)?\\d{4}|\\d{1,2}[ \t]+" + MONTH + "[ \t]+\\d{4})$");
  /**
   * A person on a byline line: two to five words, the first capitalized (lower-case particles such as
   * {@code van} after it), optionally followed by an e-mail or handle in angle brackets or parentheses.
   */
  private static final Pattern PERSON_LINE = Pattern.compile("^\\p{Lu}[\\p{L}'\u2019.-]*(?:[ \t]+(?:\\p{Lu}[\\p{L}'\u2019.-]*"
      + "|de|da|del|der|di|du|la|le|van|von|ten|ter|bin)){1,4}(?:[ \t]+(?:<[^<>\\s]+@[^<>\\s]+>|\\([^()\\s]+\\)))?$");

  /**
   * A byline: a paragraph of two or more lines, each a person but the last, which is a date; the
   * lines' hard breaks (a trailing backslash or blanks) are not part of them. Its entries are the
   * authors (from the first line to the last person) and the date.
   */
  private Optional<List<Entry>> byline(Node block) {
    if (!(block instanceof Paragraph) || Source.firstLine(block) == Source.lastLine(block)) {
      return Optional.empty();
    }
    int first = Source.firstLine(block);
    int last = Source.lastLine(block);
    List<String> names = new ArrayList<>();
    for (int line = first; line < last; line++) {
      String text = bylineText(src.line(line));
      if (!PERSON_LINE.matcher(text).matches()) {
        return Optional.empty();
      }
      names.add(escapeName(person(text)));
    }
    String date = bylineText(src.line(last));
    if (!DATE_LINE.matcher(date).matches()) {
      return Optional.empty();
    }
    return Optional.of(List.of(
        new Entry(names.size() == 1 ? "Author" : "Authors", String.join(", ", names), src.lineStart(first),
            src.lineEnd(last - 1)),
        new Entry("Date", date, src.lineStart(last), src.lineEnd(last))));
  }

  /** A byline line without its indentation and hard break. */
  static String bylineText(String line) {
    String t = line.strip();
    return t.endsWith("\\") ? t.substring(0, t.length() - 1).strip() : t;
  }

  /**
   * An entry whose value is a nested list ({@code - **Owners:**} over {@code - Jane Doe (@jane)} items):
   * the items' texts, joined with commas. Empty unless the key stands alone on the item's first line
   * and every nested item is one line without a comma.
   */
  private Optional<String[]> nested(ListItem item) {
    Node first = item.getFirstChild();
    Node list = first == null ? null : first.getNext();
    if (!(first instanceof Paragraph) || Source.firstLine(first) != Source.lastLine(first)
        || !(list instanceof BulletList) || list.getNext() != null) {
      return Optional.empty();
    }
    Optional<String[]> key = entry(src.line(Source.firstLine(first)).strip().replaceFirst("^[-*+][ \t]+", ""));
    if (key.isEmpty() || !key.get()[1].isEmpty()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
      String v = src.itemText((ListItem) n).strip();
      if (v.isEmpty() || v.contains("\n") || v.contains(",") || v.contains(";")) {
        return Optional.empty();
      }
      values.add(v);
    }
    return Optional.of(new String[] {key.get()[0], String.join(", ", values)});
  }

  static Optional<String[]> entry(String line) {
    if (line.startsWith("**")) {
      int colon = Escapes.findUnescaped(line, 2, ":**", ShapeReader.KEY);
      if (colon >= 0) {
        return pair(Escapes.unescape(line.substring(2, colon), ShapeReader.KEY), line.substring(colon + 3));
      }
      int close = Escapes.findUnescaped(line, 2, "**", ShapeReader.KEY);
      if (close >= 0 && line.startsWith(":", close + 2)) {
        return pair(Escapes.unescape(line.substring(2, close), ShapeReader.KEY), line.substring(close + 3));
      }
      return Optional.empty();
    }
    Matcher m = PLAIN.matcher(line);
    return m.matches() ? pair(m.group(1), m.group(2) == null ? "" : m.group(2)) : Optional.empty();
  }

  private static Optional<String[]> pair(String key, String value) {
    return key.isBlank() ? Optional.empty() : Optional.of(new String[] {key.strip(), value.strip()});
  }

  /** The field a key names, case ignored. */
  public static Field field(String key) {
    switch (key.strip().toLowerCase(Locale.ROOT)) {
      case "version":
        return Field.VERSION;
      case "author":
      case "authors":
      case "author(s)":
      case "owner":
      case "owners":
      case "owner(s)":
        return Field.AUTHORS;
      case "date":
      case "created":
      case "creation date":
      case "creation-date":
      case "start date":
      case "begin design discussion":
      case "updated":
        return Field.DATE;
      case "status":
      case "state":
      case "implementation status":
        return Field.STATUS;
      default:
        return Field.OTHER;
    }
  }

  /** A value without one layer of surrounding bold ({@code **Approved**} is {@code Approved}). */
  public static String unbold(String value) {
    String v = value.strip();
    for (String mark : new String[] {"**", "__"}) {
      if (v.length() > 4 && v.startsWith(mark) && v.endsWith(mark)) {
        String inner = v.substring(2, v.length() - 2);
        if (!inner.contains(mark) || inner.startsWith(mark) && inner.endsWith(mark)) {
          return inner.strip();
        }
      }
    }
    return v;
  }

  /** A value written so that {@link #unbold} gives it back: wrapped in bold once more when it is bold. */
  public static String protect(String value) {
    return unbold(value).equals(value) ? value : "**" + value + "**";
  }

  private static final Pattern ENTITY_END = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31})$");

  /**
   * The names of an authors value: split on commas and semicolons ({@code \,} and {@code \;} in a
   * name; the semicolon of an HTML entity such as {@code &amp;} does not split), and, where there is
   * neither, on {@code and}.
   */
  public static List<String> names(String value) {
    List<String> names = new ArrayList<>();
    for (String entry : authorEntries(value)) {
      names.add(person(entry));
    }
    return names;
  }

  /**
   * The entries of an authors value as {@link #names} splits them, unbolded and stripped but not yet
   * reduced to the {@link #person}; empty when an entry is empty.
   */
  public static List<String> authorEntries(String value) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean separated = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length() && ",;\\".indexOf(value.charAt(i + 1)) >= 0) {
        part.append(value.charAt(++i));
      } else if (c == ',' || c == ';' && !ENTITY_END.matcher(part).find()) {
        parts.add(part.toString());
        part.setLength(0);
        separated = true;
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    List<String> entries = new ArrayList<>();
    for (String p : parts) {
      if (separated) {
        entries.add(unbold(p.strip()));
      } else {
        for (String name : AND.split(p, -1)) {
          entries.add(unbold(name.strip()));
        }
      }
    }
    return entries.stream().anyMatch(e -> person(e).isEmpty()) ? List.of() : entries;
  }

  private static final Pattern AND = Pattern.compile("(?i)[ \t]+and[ \t]+");
  private static final Pattern HANDLE = Pattern.compile("@([A-Za-z0-9][A-Za-z0-9_.-]*)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]+)\\]\\([^()\\s]*\\)");
  private static final Pattern CONTACT = Pattern.compile(
      "[ \t]+(?:<[^<>\\s]+@[^<>\\s]+>|\\((?:<[^<>\\s]+@[^<>\\s]+>|[^()\\s]+@[^()\\s]+|@[A-Za-z0-9][A-Za-z0-9_.-]*)\\))");

  /**
   * The person an author entry names: a Markdown link {@code [Name](url)} is its text; a handle
   * {@code @name} is the name; {@code Name (@handle)}, {@code Name <email>} and {@code Name (<email>)} are
   * the name (text after the contact, such as "based on the work of ...", is not part of it).
   */
  public static String person(String entry) {
    if (plainName(entry)) {
      return entry;
    }
    String name = entry;
    Matcher link = LINK.matcher(name);
    if (link.matches()) {
      name = link.group(1).strip();
    }
    Matcher contact = CONTACT.matcher(name);
    if (contact.find() && !name.substring(0, contact.start()).isBlank()) {
      name = name.substring(0, contact.start()).strip();
    }
    Matcher handle = HANDLE.matcher(name);
    if (handle.matches()) {
      name = handle.group(1);
    }
    return name;
  }

  /**
   * The text an author entry holds after its contact, such as "based on the work of ..." in {@code Ada
   * <ada@example.com> based on the work of ...}: not part of the {@link #person}, so not kept in the
   * authors; empty when there is none.
   */
  public static String remark(String entry) {
    if (plainName(entry)) {
      return "";
    }
    String name = entry;
    Matcher link = LINK.matcher(name);
    if (link.matches()) {
      return "";
    }
    Matcher contact = CONTACT.matcher(name);
    if (contact.find() && !name.substring(0, contact.start()).isBlank()) {
      return name.substring(contact.end()).strip();
    }
    return "";
  }

  /** Whether the entry holds nothing a link, contact or handle starts with: then it is the person as it is. */
  private static boolean plainName(String entry) {
    for (int i = 0; i < entry.length(); i++) {
      char c = entry.charAt(i);
      if (c == '[' || c == '<' || c == '(' || c == '@') {
        return false;
      }
    }
    return true;
  }

  /** An author's name escaped for an authors value: commas, semicolons that would split, backslashes before them. */
  public static String escapeName(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == ',' || c == ';' && !ENTITY_END.matcher(out).find()) {
        out.append('\\').append(c);
      } else if (c == '\\' && (i + 1 == name.length() || ",;\\".indexOf(name.charAt(i + 1)) >= 0)) {
        out.append("\\\\");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Applies entries to the builder; {@code filled} tells which fields are set already (and is updated).
   * Returns, per entry, the pointer it is read into.
   */
  public static List<String> apply(List<Entry> entries, DesignDoc.Builder doc, boolean[] filled,
      List<MetadataEntry> other) {
    List<String> pointers = new ArrayList<>();
    for (Entry e : entries) {
      Field field = field(e.key());
      String value = unbold(e.value());
      String pointer = null;
      if (!value.isEmpty() && field != Field.OTHER && !filled[field.ordinal()]) {
        try {
          switch (field) {
            case VERSION:
              doc.version(value);
              pointer = "/version";
              break;
            case AUTHORS:
              List<String> names = names(e.value());
              if (!names.isEmpty()) {
                doc.authors(names);
                pointer = "/authors";
              }
              break;
            case DATE:
              doc.date(value);
              pointer = "/date";
              break;
            default:
              doc.status(value);
              pointer = "/status";
          }
        } catch (IllegalArgumentException ex) {
          pointer = null;
        }
        if (pointer != null) {
          filled[field.ordinal()] = true;
        }
      }
      if (pointer == null) {
        pointer = "/otherMetadata/" + other.size();
        other.add(MetadataEntry.of(e.key(), e.value()));
      }
      pointers.add(pointer);
    }
    return pointers;
  }
}
