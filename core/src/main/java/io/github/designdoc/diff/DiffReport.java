package io.github.designdoc.diff;

import io.github.designdoc.diff.Change.Kind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The written forms of a list of {@link Change}s: one line per change, a Markdown review comment, or
 * JSON (described by the {@code designdoc-diff.schema.json} schema the command-line tool ships).
 *
 * <pre>{@code
 * List<Change> changes = DocDiff.between(before, after);
 * String comment = DiffReport.markdown(changes, "docs/search.md");
 * }</pre>
 */
public final class DiffReport {
  /** The version of the JSON form. */
  public static final String JSON_VERSION = "1.0";

  private DiffReport() {}

  /** One line per change: {@code LINE: summary (POINTER)}, the line of the newer side where known. */
  public static String text(List<Change> changes) {
    Objects.requireNonNull(changes, "changes must not be null");
    StringBuilder out = new StringBuilder();
    for (Change c : changes) {
      int line = c.newLine() > 0 ? c.newLine() : c.oldLine();
      if (line > 0) {
        out.append(line).append(": ");
      }
      out.append(c.summary()).append(" (").append(c.pointer()).append(")\n");
    }
    return out.toString();
  }

  /**
   * A review comment: a heading naming the document, a one-line summary counting the changes by kind,
   * and a table of the changes with their lines in each version.
   */
  public static String markdown(List<Change> changes, String document) {
    Objects.requireNonNull(changes, "changes must not be null");
    Objects.requireNonNull(document, "document must not be null");
    StringBuilder out = new StringBuilder("### Design doc changes: `").append(document.replace("`", "'")).append("`\n\n");
    if (changes.isEmpty()) {
      return out.append("No changes in the document's parts.\n").toString();
    }
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
    out.append(changes.size()).append(changes.size() == 1 ? " change" : " changes").append(": ");
    boolean first = true;
    for (Map.Entry<Kind, Integer> e : counts.entrySet()) {
      out.append(first ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey().name().toLowerCase(java.util.Locale.ROOT));
      first = false;
    }
    out.append(".\n\n| Change | Part | Old line | New line |\n|---|---|---:|---:|\n");
    for (Change c : changes) {
      out.append("| ").append(cell(c.summary())).append(" | `").append(c.pointer().replace("`", "'")).append("` | ")
          .append(c.oldLine() > 0 ? String.valueOf(c.oldLine()) : "").append(" | ")
          .append(c.newLine() > 0 ? String.valueOf(c.newLine()) : "").append(" |\n");
    }
    return out.toString();
  }

  /** JSON: {@code {"diffVersion": "1.0", "changes": [{"kind": "changed", "part": "status", ...}]}}. */
  public static String json(List<Change> changes) {
    Objects.requireNonNull(changes, "changes must not be null");
    StringBuilder out = new StringBuilder("{\n  \"diffVersion\": \"").append(JSON_VERSION).append("\",\n  \"changes\": [");
    for (int i = 0; i < changes.size(); i++) {
      Change c = changes.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("    {\"kind\": \"").append(c.kind().name().toLowerCase(java.util.Locale.ROOT))
          .append("\", \"part\": ").append(string(c.part())).append(", \"label\": ").append(string(c.label()))
          .append(", \"summary\": ").append(string(c.summary()));
      c.oldPointer().ifPresent(p -> out.append(", \"oldPointer\": ").append(string(p)));
      c.newPointer().ifPresent(p -> out.append(", \"newPointer\": ").append(string(p)));
      c.oldValue().ifPresent(v -> out.append(", \"oldValue\": ").append(string(v)));
      c.newValue().ifPresent(v -> out.append(", \"newValue\": ").append(string(v)));
      if (c.oldLine() > 0) {
        out.append(", \"oldLine\": ").append(c.oldLine());
      }
      if (c.newLine() > 0) {
        out.append(", \"newLine\": ").append(c.newLine());
      }
      out.append('}');
    }
    return out.append(changes.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace('\n', ' ');
  }

  private static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
