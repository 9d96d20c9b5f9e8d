package io.github.designdoc.index;

import io.github.designdoc.Status;
import io.github.designdoc.index.DocIndex.Column;
import io.github.designdoc.index.DocIndex.Row;
import java.util.List;
import java.util.Optional;

/** The written forms of a {@link DocIndex}. */
final class IndexFormats {
  private IndexFormats() {}

  static String markdown(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append('|');
    for (Column c : Column.values()) {
      out.append(' ').append(c.title()).append(" |");
    }
    out.append("\n|");
    for (Column c : Column.values()) {
      out.append(c == Column.OPEN_ISSUES ? "---:|" : "---|");
    }
    out.append('\n');
    for (Row r : rows) {
      out.append('|');
      for (Column c : Column.values()) {
        String cell = c == Column.PATH ? "[" + cell(r.path()) + "](<" + r.path().replace(">", "%3E")
            .replace("|", "%7C").replace(" ", "%20") + ">)" : cell(r.text(c));
        out.append(' ').append(cell).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** A GFM table cell: pipes and backslashes before them escaped, line breaks as spaces. */
  private static String cell(String text) {
    return text.replace("\\|", "\\\\|").replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
  }

  static String csv(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    for (Column c : Column.values()) {
      if (c.ordinal() > 0) {
        out.append(',');
      }
      out.append(c.title());
    }
    out.append("\r\n");
    for (Row r : rows) {
      for (Column c : Column.values()) {
        if (c.ordinal() > 0) {
          out.append(',');
        }
        out.append(csvField(r.text(c)));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  private static String csvField(String text) {
    boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0 || (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0);
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  static String json(List<Row> rows) {
    StringBuilder out = new StringBuilder("{\n  \"documents\": [");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("    {");
      out.append("\"path\": ").append(jsonString(r.path()));
      out.append(", \"title\": ").append(jsonString(r.title()));
      out.append(", \"status\": ").append(jsonOptional(r.status()));
      out.append(", \"authors\": [");
      for (int a = 0; a < r.authors().size(); a++) {
        out.append(a == 0 ? "" : ", ").append(jsonString(r.authors().get(a)));
      }
      out.append("], \"date\": ").append(jsonOptional(r.date()));
      out.append(", \"openIssues\": ").append(r.openIssues());
      out.append(", \"totalIssues\": ").append(r.totalIssues());
      out.append(", \"lastRevision\": ").append(jsonOptional(r.lastRevision())).append('}');
    }
    out.append(rows.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return out.toString();
  }

  private static String jsonOptional(Optional<String> text) {
    return text.map(IndexFormats::jsonString).orElse("null");
  }

  static String jsonString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  static String html(String pageTitle, List<Row> rows) {
    StringBuilder out = new StringBuilder(2048 + rows.size() * 300);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(html(pageTitle)).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,-apple-system,\"Segoe UI\",sans-serif;margin:2rem;color:#1f2328}\n")
        .append("h1{font-size:1.5rem}\n#filter{padding:.4rem .6rem;width:20rem;max-width:100%;margin-bottom:1rem}\n")
        .append("table{border-collapse:collapse;width:100%}\n")
        .append("th,td{border-bottom:1px solid #d0d7de;padding:.45rem .6rem;text-align:left;vertical-align:top}\n")
        .append("th{cursor:pointer;user-select:none;background:#f6f8fa}\nth[aria-sort=ascending]::after{content:\" \\25B2\"}\n")
        .append("th[aria-sort=descending]::after{content:\" \\25BC\"}\ntd.num{text-align:right}\n")
        .append(".badge{display:inline-block;padding:.1rem .5rem;border-radius:1rem;font-size:.85em;color:#fff;")
        .append("background:#6e7781}\n.badge.draft{background:#9a6700}\n.badge.in-review{background:#0969da}\n")
        .append(".badge.approved{background:#1a7f37}\n.badge.other{background:#6e7781}\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(html(pageTitle)).append("</h1>\n")
        .append("<input id=\"filter\" type=\"search\" placeholder=\"Filter\" aria-label=\"Filter the documents\">\n")
        .append("<p id=\"count\">").append(rows.size()).append(rows.size() == 1 ? " document" : " documents")
        .append("</p>\n<table id=\"index\">\n<thead>\n<tr>");
    for (Column c : Column.values()) {
      out.append("<th data-column=\"").append(c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
          .append("\" data-type=\"").append(c == Column.OPEN_ISSUES ? "number" : "text").append("\">")
          .append(html(c.title())).append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    for (Row r : rows) {
      out.append("<tr>");
      for (Column c : Column.values()) {
        out.append(cellHtml(r, c));
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String cellHtml(Row r, Column c) {
    switch (c) {
      case STATUS:
        if (r.status().isEmpty()) {
          return "<td data-sort=\"\"></td>";
        }
        String kind = r.statusKind().map(k -> k == Status.Kind.IN_REVIEW ? "in-review"
            : k.name().toLowerCase(java.util.Locale.ROOT)).orElse("other");
        return "<td data-sort=\"" + html(r.status().get().toLowerCase(java.util.Locale.ROOT)) + "\"><span class=\"badge "
            + kind + "\">" + html(r.status().get()) + "</span></td>";
      case OPEN_ISSUES:
        return "<td class=\"num\" data-sort=\"" + r.openIssues() + "\">" + r.openIssues() + "/" + r.totalIssues() + "</td>";
      case PATH:
        return "<td data-sort=\"" + html(r.path()) + "\"><a href=\"" + html(r.path()) + "\">" + html(r.path()) + "</a></td>";
      default:
        String text = r.text(c);
        return "<td data-sort=\"" + html(text.toLowerCase(java.util.Locale.ROOT)) + "\">" + html(text) + "</td>";
    }
  }

  private static String html(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /** Sorting by a click on a heading (again to reverse) and filtering by the text typed. */
  private static final String SCRIPT = String.join("\n",
      "(function () {",
      "  var table = document.getElementById('index');",
      "  var body = table.tBodies[0];",
      "  var filter = document.getElementById('filter');",
      "  var count = document.getElementById('count');",
      "  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {",
      "    th.addEventListener('click', function () {",
      "      var ascending = th.getAttribute('aria-sort') !== 'ascending';",
      "      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute('aria-sort'); });",
      "      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');",
      "      var number = th.getAttribute('data-type') === 'number';",
      "      var rows = Array.prototype.slice.call(body.rows);",
      "      rows.sort(function (a, b) {",
      "        var x = a.cells[column].getAttribute('data-sort'), y = b.cells[column].getAttribute('data-sort');",
      "        var order = number ? Number(x) - Number(y) : x.localeCompare(y);",
      "        return ascending ? order : -order;",
      "      });",
      "      rows.forEach(function (row) { body.appendChild(row); });",
      "    });",
      "  });",
      "  filter.addEventListener('input', function () {",
      "    var needle = filter.value.toLowerCase(), shown = 0;",
      "    Array.prototype.forEach.call(body.rows, function (row) {",
      "      var match = row.textContent.toLowerCase().indexOf(needle) >= 0;",
      "      row.hidden = !match;",
      "      if (match) { shown++; }",
      "    });",
      "    count.textContent = shown + (shown === 1 ? ' document' : ' documents');",
      "  });",
      "})();",
      "");
}
