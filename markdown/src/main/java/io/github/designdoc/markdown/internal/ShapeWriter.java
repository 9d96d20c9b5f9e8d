package io.github.designdoc.markdown.internal;

import io.github.designdoc.CodeBlock;
import io.github.designdoc.Component;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.TestingEntry;
import java.util.List;
import java.util.function.Function;

/** Writes the template's block shapes: list items, component items, pipe tables and code fences. */
public final class ShapeWriter {
  private ShapeWriter() {}

  /** A list item: the marker, the first line, and further lines indented to the item's content. */
  public static String item(String marker, String text) {
    return item(0, marker, text);
  }

  /**
   * A list item whose marker starts at column {@code base}. Its content starts one blank after the
   * marker, or, when a further line starts with a tab, at the next multiple of four columns, so that the
   * tab is as wide in the item as in the text alone.
   */
  public static String item(int base, String marker, String text) {
    if (text.indexOf('\n') < 0) {
      return text.isEmpty() ? marker : marker + " " + text;
    }
    String[] lines = text.split("\n", -1);
    int spaces = 1;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      int blank = 0;
      while (blank < line.length() && (line.charAt(blank) == ' ' || line.charAt(blank) == '\t')) {
        blank++;
      }
      if (line.substring(0, blank).indexOf('\t') >= 0) {
        int column = base + marker.length() + 1;
        spaces = 1 + (4 - column % 4) % 4;
        break;
      }
    }
    String indent = " ".repeat(marker.length() + spaces);
    StringBuilder out = new StringBuilder(text.length() + (marker.length() + spaces) * lines.length).append(marker);
    if (!lines[0].isEmpty()) {
      out.append(" ".repeat(spaces)).append(lines[0]);
    }
    for (int i = 1; i < lines.length; i++) {
      out.append('\n');
      if (!lines[i].isEmpty()) {
        out.append(indent).append(lines[i]);
      }
    }
    return out.toString();
  }

  /** Lines indented by {@code indent}, blank lines left empty. */
  public static String indent(String text, String indent) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      if (!lines[i].isEmpty()) {
        out.append(indent).append(lines[i]);
      }
    }
    return out.toString();
  }

  /** A bullet list, tight. */
  public static String bullets(List<String> items) {
    return bullets(0, items);
  }

  private static String bullets(int base, List<String> items) {
    return join(items, t -> item(base, "-", t), "\n");
  }

  /** A numbered list, tight: {@code 1.}, {@code 2.}, ... */
  public static String numbered(List<String> items) {
    return numbered(1, items);
  }

  /** A numbered list, tight, from {@code start}. */
  public static String numbered(int start, List<String> items) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      out.append(i == 0 ? "" : "\n").append(item((start + i) + ".", items.get(i)));
    }
    return out.toString();
  }

  public static <T> String join(List<T> values, Function<T, String> render, String separator) {
    StringBuilder out = new StringBuilder();
    for (T value : values) {
      out.append(out.length() == 0 ? "" : separator).append(render.apply(value));
    }
    return out.toString();
  }

  /** {@code - **Name (Owner)** summary} and the details as nested bullets; components apart by a blank line. */
  public static String components(List<Component> components) {
    return join(components, c -> {
      StringBuilder out = new StringBuilder("- **").append(Escapes.escape(c.name(), ShapeReader.LABEL));
      c.owner().ifPresent(o -> out.append(" (").append(Escapes.escape(o, ShapeReader.LABEL)).append(')'));
      out.append("**");
      c.summary().ifPresent(s -> out.append(":,;.".indexOf(s.charAt(0)) >= 0 ? "" : " ").append(s));
      if (!c.details().isEmpty()) {
        out.append('\n').append(indent(bullets(2, c.details()), "  "));
      }
      return out.toString();
    }, "\n\n");
  }

  /** {@code - **Label**: description}. */
  public static String testing(List<TestingEntry> entries) {
    return join(entries, e -> item("-", "**" + Escapes.escape(e.label(), ShapeReader.KEY) + "**:"
        + (e.description().isEmpty() ? "" : " " + e.description())), "\n");
  }

  /** {@code - [ ] open}, {@code - [x] resolved}, {@code - plain}. */
  public static String openIssues(List<OpenIssue> issues) {
    return join(issues, i -> {
      String box = i.state() == OpenIssue.State.OPEN ? "[ ]" : "[x]";
      String text = i.text().isEmpty() ? box : box + " " + i.text();
      return item("-", text);
    }, "\n");
  }

  /** A pipe table in the template's spacing: {@code | a | b |}, {@code |---|}, empty cells as {@code | |}. */
  public static String table(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder(row(header)).append("\n|");
    for (String h : header) {
      out.append("-".repeat(h.length() + 2)).append('|');
    }
    for (List<String> r : rows) {
      out.append('\n').append(row(r));
    }
    return out.toString();
  }

  public static String row(List<String> cells) {
    StringBuilder out = new StringBuilder("|");
    for (String cell : cells) {
      out.append(cell.isEmpty() ? " " : " " + Escapes.cell(cell) + " ").append('|');
    }
    return out.toString();
  }

  /** A fenced code block. */
  public static String fence(CodeBlock block) {
    String info = block.language().orElse("");
    return fence(info, block.content());
  }

  public static String fence(String info, String content) {
    String fence = Escapes.fence(content, info);
    return fence + info + "\n" + (content.isEmpty() ? "" : content + "\n") + fence;
  }
}
