package io.github.designdoc.markdown.internal;

import io.github.designdoc.CodeBlock;
import io.github.designdoc.Component;
import io.github.designdoc.DataField;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.Revision;
import io.github.designdoc.TestingEntry;
import io.github.designdoc.internal.SchemaFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the typed shapes of the template from commonmark blocks: component, testing and open issue
 * items, field and revision tables, code blocks. Each method gives empty when the block does not have
 * the exact shape, so that the block is kept as Markdown instead.
 */
public final class ShapeReader {
  /**
   * Specials escaped in bold keys (testing labels, metadata keys): the bold's {@code *} and what could
   * open a code span, emphasis, link or HTML tag running past the label into the text after it.
   */
  public static final String KEY = "*_`[]<";
  /** Specials escaped in component names and owners: those of keys, and the owner's parentheses. */
  public static final String LABEL = KEY + "()";

  private final Source src;

  public ShapeReader(Source src) {
    this.src = src;
  }

  public static List<ListItem> items(Node list) {
    List<ListItem> items = new ArrayList<>();
    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof ListItem) {
        items.add((ListItem) n);
      }
    }
    return items;
  }

  public List<String> itemTexts(Node list) {
    List<String> texts = new ArrayList<>();
    for (ListItem item : items(list)) {
      texts.add(src.itemText(item));
    }
    return texts;
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  private static String afterFirstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? "" : text.substring(nl);
  }

  /** Components: {@code - **Name (Owner)** summary} items with optional nested detail bullets. */
  public Optional<List<Component>> components(Node list) {
    if (!(list instanceof BulletList)) {
      return Optional.empty();
    }
    List<Component> out = new ArrayList<>();
    for (ListItem item : items(list)) {
      Node first = item.getFirstChild();
      Node second = first == null ? null : first.getNext();
      if (!(first instanceof Paragraph) || Source.firstLine(first) != Source.lastLine(first)
          || (second != null && (!(second instanceof BulletList) || second.getNext() != null))) {
        return Optional.empty();
      }
      String line = firstLine(src.itemText(item));
      if (!line.startsWith("**")) {
        return Optional.empty();
      }
      int end = Escapes.findUnescaped(line, 2, "**", LABEL);
      if (end < 0) {
        return Optional.empty();
      }
      String bold = line.substring(2, end);
      Component.Builder c = Component.builder().summary(line.substring(end + 2).strip());
      int open = ownerStart(bold);
      try {
        if (open > 0) {
          c.name(Escapes.unescape(bold.substring(0, open - 1), LABEL))
              .owner(Escapes.unescape(bold.substring(open + 1, bold.length() - 1), LABEL));
        } else {
          c.name(Escapes.unescape(bold, LABEL));
        }
        if (second != null) {
          c.details(itemTexts(second));
        }
        out.add(c.build());
      } catch (IllegalArgumentException e) {
        return Optional.empty(); // a blank name
      }
    }
    return Optional.of(out);
  }

  /** The index of the owner's unescaped {@code (} when the label ends with {@code " (owner)"}, else -1. */
  private static int ownerStart(String bold) {
    int open = -1;
    int close = -1;
    for (int i = 0; i < bold.length(); i++) {
      char c = bold.charAt(i);
      if (c == '\\' && i + 1 < bold.length() && (bold.charAt(i + 1) == '\\' || LABEL.indexOf(bold.charAt(i + 1)) >= 0)) {
        i++;
      } else if (c == '(') {
        open = i;
      } else if (c == ')') {
        close = i;
      }
    }
    boolean owner = close == bold.length() - 1 && open > 0 && open < close && bold.charAt(open - 1) == ' ';
    return owner ? open : -1;
  }

  /** Testing entries: {@code - **Label**: description} (or {@code - **Label:** description}). */
  public Optional<List<TestingEntry>> testingEntries(Node list) {
    if (!(list instanceof BulletList)) {
      return Optional.empty();
    }
    List<TestingEntry> out = new ArrayList<>();
    for (ListItem item : items(list)) {
      String text = src.itemText(item);
      String line = firstLine(text);
      int end = line.startsWith("**") ? Escapes.findUnescaped(line, 2, "**", KEY) : -1;
      if (end < 0) {
        return Optional.empty();
      }
      String label = Escapes.unescape(line.substring(2, end), KEY);
      String after = line.substring(end + 2);
      if (after.startsWith(":")) {
        after = after.substring(1);
      } else if (label.endsWith(":")) {
        label = label.substring(0, label.length() - 1);
      } else {
        return Optional.empty();
      }
      if (after.startsWith(" ")) {
        after = after.substring(1);
      }
      try {
        out.add(TestingEntry.of(label, after + afterFirstLine(text)));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.of(out);
  }

  /**
   * Open issues: {@code - [ ] open}, {@code - [x] resolved} or plain items (open); empty when an item
   * says there are none ({@code None.}, {@code N/A}, {@code No open issues}), so that the list is kept as
   * prose.
   */
  public Optional<List<OpenIssue>> openIssues(Node list) {
    if (!(list instanceof org.commonmark.node.ListBlock)) {
      return Optional.empty();
    }
    List<OpenIssue> out = new ArrayList<>();
    for (ListItem item : items(list)) {
      String text = src.itemText(item);
      if (saysNone(text)) {
        return Optional.empty();
      }
      OpenIssue.State state = struck(text) ? OpenIssue.State.RESOLVED : OpenIssue.State.OPEN;
      if (text.startsWith("[ ]") || text.startsWith("[x]") || text.startsWith("[X]")) {
        if (text.length() == 3 || text.charAt(3) == ' ' || text.charAt(3) == '\n') {
          state = text.charAt(1) == ' ' ? OpenIssue.State.OPEN : OpenIssue.State.RESOLVED;
          text = text.length() > 3 && text.charAt(3) == ' ' ? text.substring(4) : text.substring(3);
        }
      }
      out.add(OpenIssue.of(text, state));
    }
    return Optional.of(out);
  }

  /** Whether an item's first line is struck through as a whole ({@code ~~question~~}): it is settled. */
  static boolean struck(String text) {
    String line = firstLine(text).strip();
    return line.length() > 4 && line.startsWith("~~") && line.endsWith("~~") && line.indexOf("~~", 2) == line.length() - 2;
  }

  private static final java.util.regex.Pattern NONE = java.util.regex.Pattern.compile(
      "(?i)\\(?(none|n/a|na|nothing|no open (issues|questions)|none (yet|so far|at this time|currently))\\)?[.!]?");

  /** Whether an item's text says there are no open issues. */
  public static boolean saysNone(String text) {
    String t = text.strip().replace("*", "").replace("_", "").strip();
    return NONE.matcher(t).matches();
  }

  /** The rows of a table with exactly these header cells (ignoring case), each row of that many cells. */
  public Optional<List<List<String>>> table(Node block, String... header) {
    if (!(block instanceof TableBlock)) {
      return Optional.empty();
    }
    int first = Source.firstLine(block);
    int last = Source.lastLine(block);
    List<String> head = Escapes.cells(src.line(first));
    if (head.size() != header.length || last < first + 2) {
      return Optional.empty();
    }
    for (int i = 0; i < header.length; i++) {
      if (!head.get(i).equalsIgnoreCase(header[i])) {
        return Optional.empty();
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (int line = first + 2; line <= last; line++) {
      List<String> cells = Escapes.cells(src.line(line));
      if (cells.size() != header.length) {
        return Optional.empty();
      }
      rows.add(cells);
    }
    return Optional.of(rows);
  }

  /**
   * A data model's fields: a table whose first column names the field ({@code Field}, {@code Name},
   * {@code Column}, {@code Key}, ...) and which has a type or a description column; any other column
   * ({@code Required}, {@code Default}, {@code Source}, ...) is kept in the description as {@code
   * Header: value}.
   */
  public Optional<List<DataField>> fields(Node block) {
    if (!(block instanceof TableBlock)) {
      return Optional.empty();
    }
    int first = Source.firstLine(block);
    int last = Source.lastLine(block);
    List<List<String>> rows = new ArrayList<>();
    rows.add(Escapes.cells(src.line(first)));
    for (int line = first + 2; line <= last; line++) {
      rows.add(Escapes.cells(src.line(line)));
    }
    return SchemaFields.table(rows, true);
  }

  /**
   * A dated one-line revision item: an optional task box, the date (optionally bold), an optional
   * {@code (author)}, a separator, and the changes.
   */
  static final java.util.regex.Pattern DATED = io.github.designdoc.internal.Stated.DATED;

  /**
   * The revision history: a {@code | Date | Author | Changes |} table, or a list of dated one-line
   * items ({@code - 2022-03-29: Opened the proposal}, {@code - **2026-03-30** PoC}, a task item), an author
   * in parentheses after the date ({@code - 2026-03-01 (Ada): Approved}).
   */
  public Optional<List<Revision>> revisions(Node block) {
    if (block instanceof BulletList) {
      List<Revision> out = new ArrayList<>();
      for (ListItem item : items(block)) {
        String text = src.itemText(item);
        java.util.regex.Matcher m = DATED.matcher(text);
        if (text.contains("\n") || !m.matches()
            || (m.group("bold") != null && !text.contains(m.group("date") + m.group("bold")))) {
          return Optional.empty();
        }
        try {
          Revision.Builder revision = Revision.builder().date(io.github.designdoc.DocDate.of(m.group("date")))
              .changes(m.group("changes"));
          if (m.group("author") != null) {
            revision.author(m.group("author").strip());
          }
          out.add(revision.build());
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      }
      return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }
    return table(block, "Date", "Author", "Changes").map(rows -> {
      List<Revision> revisions = new ArrayList<>();
      for (List<String> r : rows) {
        Revision.Builder revision = Revision.builder().changes(r.get(2));
        if (!r.get(0).isEmpty()) {
          revision.date(r.get(0));
        }
        if (!r.get(1).isEmpty()) {
          revision.author(r.get(1));
        }
        revisions.add(revision.build());
      }
      return revisions;
    });
  }

  /** A fenced code block with its info string as written. */
  public Optional<CodeBlock> code(Node block) {
    if (!(block instanceof FencedCodeBlock)) {
      return Optional.empty();
    }
    FencedCodeBlock fence = (FencedCodeBlock) block;
    String open = src.line(Source.firstLine(block)).strip();
    int i = 0;
    while (i < open.length() && open.charAt(i) == open.charAt(0)) {
      i++;
    }
    String info = open.substring(i).strip();
    String content = fence.getLiteral() == null ? "" : fence.getLiteral();
    return Optional.of(info.isEmpty() ? CodeBlock.of(content) : CodeBlock.of(info, content));
  }
}
