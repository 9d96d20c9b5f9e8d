package io.github.designdoc.index;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DocDate;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.Revision;
import io.github.designdoc.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An index of design documents: one {@link Row} per document, which can be sorted, filtered and written
 * as a GitHub Markdown table, CSV, JSON or a self-contained HTML page a person can sort and filter.
 * Immutable.
 *
 * <pre>{@code
 * DocIndex index = DocIndex.of(List.of(DocIndex.Row.of("docs/search.md", doc)))
 *     .withStatus("Approved")
 *     .sortedBy(DocIndex.Column.DATE);
 * System.out.println(index.toMarkdown());
 * }</pre>
 */
public final class DocIndex {
  /** The columns, in the order they are written. */
  public enum Column {
    /** The document's title. */
    TITLE("Title"),
    /** Its status as written. */
    STATUS("Status"),
    /** Its authors. */
    AUTHORS("Authors"),
    /** Its date as written; ISO dates sort by date. */
    DATE("Date"),
    /** Its open issues, open and in all. */
    OPEN_ISSUES("Open issues"),
    /** The date (else the text) of its last revision. */
    LAST_REVISION("Last revision"),
    /** Where it is. */
    PATH("Path");

    private final String title;

    Column(String title) {
      this.title = title;
    }

    /** The column's heading, such as {@code Open issues}. */
    public String title() {
      return title;
    }

    /** The column with this name ({@code open-issues}, {@code OPEN_ISSUES}) or heading, case ignored. */
    public static Optional<Column> find(String name) {
      String key = Objects.requireNonNull(name, "name must not be null").strip().replace('-', '_').replace(' ', '_');
      for (Column c : values()) {
        if (c.name().equalsIgnoreCase(key) || c.title.replace(' ', '_').equalsIgnoreCase(key)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * One document in the index.
   *
   * @param path where the document is, as given
   * @param title its title
   * @param status its status as written, if any
   * @param authors its authors
   * @param date its date as written, if any
   * @param openIssues how many of its open issues are unresolved
   * @param totalIssues how many open issues it lists in all
   * @param lastRevision the date, else the changes, of its last revision, if any
   */
  public record Row(String path, String title, Optional<String> status, List<String> authors, Optional<String> date,
      int openIssues, int totalIssues, Optional<String> lastRevision) {
    /** A row; lists are copied. */
    public Row {
      Objects.requireNonNull(path, "path must not be null");
      Objects.requireNonNull(title, "title must not be null");
      Objects.requireNonNull(status, "status must not be null");
      authors = List.copyOf(Objects.requireNonNull(authors, "authors must not be null"));
      Objects.requireNonNull(date, "date must not be null");
      Objects.requireNonNull(lastRevision, "lastRevision must not be null");
      if (openIssues < 0 || totalIssues < openIssues) {
        throw new IllegalArgumentException("open issues must be between 0 and " + totalIssues + ": " + openIssues);
      }
    }

    /** The row of a document at a path. */
    public static Row of(String path, DesignDoc doc) {
      Objects.requireNonNull(doc, "doc must not be null");
      List<OpenIssue> issues = doc.openIssues();
      int open = (int) issues.stream().filter(OpenIssue::isOpen).count();
      List<Revision> revisions = doc.revisions();
      Optional<String> last = revisions.isEmpty() ? Optional.empty() : Optional.of(lastRevision(revisions));
      return new Row(path, doc.title(), doc.status().map(Status::text), doc.authors(), doc.date().map(DocDate::text),
          open, issues.size(), last);
    }

    /** The latest dated revision's date, else the last row's date or changes. */
    private static String lastRevision(List<Revision> revisions) {
      Optional<LocalDate> latest = revisions.stream().flatMap(r -> r.date().flatMap(DocDate::value).stream())
          .max(Comparator.naturalOrder());
      if (latest.isPresent()) {
        return latest.get().toString();
      }
      Revision last = revisions.get(revisions.size() - 1);
      return last.date().map(DocDate::text).orElse(last.changes().lines().findFirst().orElse(""));
    }

    /** The status's kind: draft, in review, approved or other; none when no status is written. */
    public Optional<Status.Kind> statusKind() {
      return status.map(s -> Status.of(s).kind());
    }

    /** The text of a column, as written in the Markdown and CSV forms. */
    public String text(Column column) {
      switch (column) {
        case TITLE:
          return title;
        case STATUS:
          return status.orElse("");
        case AUTHORS:
          return String.join(", ", authors);
        case DATE:
          return date.orElse("");
        case OPEN_ISSUES:
          return openIssues + "/" + totalIssues;
        case LAST_REVISION:
          return lastRevision.orElse("");
        default:
          return path;
      }
    }
  }

  private final List<Row> rows;

  private DocIndex(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** An index of these rows, in this order. */
  public static DocIndex of(List<Row> rows) {
    return new DocIndex(Objects.requireNonNull(rows, "rows must not be null"));
  }

  /** The rows, in order. */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The rows sorted by a column, ties kept in their order: text ignoring case, dates by date (ISO dates
   * before other text), open issues by how many are open, most first; rows with nothing in the column
   * last.
   */
  public DocIndex sortedBy(Column column) {
    Objects.requireNonNull(column, "column must not be null");
    Comparator<Row> order;
    switch (column) {
      case DATE:
        order = Comparator.comparing(r -> dateKey(r.date()));
        break;
      case LAST_REVISION:
        order = Comparator.comparing(r -> dateKey(r.lastRevision()));
        break;
      case OPEN_ISSUES:
        order = Comparator.comparingInt((Row r) -> -r.openIssues()).thenComparingInt(r -> -r.totalIssues());
        break;
      default:
        // rows that state nothing in the column come last
        order = Comparator.comparing((Row r) -> r.text(column).isEmpty())
            .thenComparing(r -> r.text(column).toLowerCase(Locale.ROOT));
    }
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(order);
    return new DocIndex(sorted);
  }

  private static String dateKey(Optional<String> text) {
    if (text.isEmpty()) {
      return "2";
    }
    DocDate date = DocDate.of(text.get());
    return date.value().map(d -> "0" + d).orElse("1" + text.get().toLowerCase(Locale.ROOT));
  }

  /** The rows that pass a test. */
  public DocIndex filter(Predicate<Row> test) {
    Objects.requireNonNull(test, "test must not be null");
    return new DocIndex(rows.stream().filter(test).toList());
  }

  /** The rows whose status is this one: the same known status ({@code approved} is Approved), or the same text. */
  public DocIndex withStatus(String status) {
    Status wanted = Status.of(Objects.requireNonNull(status, "status must not be null"));
    return filter(r -> r.status().map(Status::of).map(s -> wanted.isKnown() ? s.kind() == wanted.kind()
        : s.text().equalsIgnoreCase(wanted.text())).orElse(false));
  }

  /** The rows with an author whose name contains this text, case ignored. */
  public DocIndex withAuthor(String name) {
    String needle = Objects.requireNonNull(name, "name must not be null").toLowerCase(Locale.ROOT);
    return filter(r -> r.authors().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle)));
  }

  /** The rows with at least one unresolved open issue. */
  public DocIndex withOpenIssues() {
    return filter(r -> r.openIssues() > 0);
  }

  /** A GitHub Markdown table, each path a link. */
  public String toMarkdown() {
    return IndexFormats.markdown(rows);
  }

  /** CSV (RFC 4180) with a header row. */
  public String toCsv() {
    return IndexFormats.csv(rows);
  }

  /** JSON: {@code {"documents": [{"path": .., "title": .., "status": .., ...}]}}. */
  public String toJson() {
    return IndexFormats.json(rows);
  }

  /**
   * One self-contained HTML page (no network, no external scripts or styles) with a table a person can
   * sort by clicking a heading and filter by typing, statuses shown as coloured badges.
   */
  public String toHtml(String pageTitle) {
    return IndexFormats.html(Objects.requireNonNull(pageTitle, "pageTitle must not be null"), rows);
  }
}
