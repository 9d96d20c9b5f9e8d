package io.github.designdoc.cli;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.DocDate;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.OpenIssues;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Section;
import io.github.designdoc.Status;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code designdoc edit}: changes a few parts of a document and leaves every other byte as it was. */
final class EditCommand implements Callable<Integer> {
  static final Command SPEC = Command.of("edit",
          "Edit parts of a design document and print it, or rewrite it with --write.",
          "Only the edited lines change (a Markdown file keeps its layout, line endings and byte-order mark); "
              + "without an option the file is printed unchanged. Edits apply in the order: --set, --status, "
              + "--add-revision, --add-open-issue, --resolve-open-issue.",
          "Exit 2, leaving the file untouched, when an edit's target does not exist.")
      .unsorted()
      .positional("FILE", 1, 1).files()
      .help("The document (Markdown or DesignDoc JSON), or - for standard input.")
      .option("TEXT", "--status").help("Set the status (Draft, In Review, Approved, ...).")
      .option("<DATE AUTHOR CHANGES>", "--add-revision").arity(3).repeatable()
      .help("Add a revision-history row; DATE may be 'today'. Repeatable.")
      .option("TEXT", "--add-open-issue").repeatable().help("Add an open issue; where the section "
          + "only says there is none (None.), in place of that line. Repeatable.")
      .option("PREFIX", "--resolve-open-issue").repeatable()
      .help("Resolve (tick) the first open issue whose text starts with PREFIX. Repeatable.")
      .option("KEY=VALUE", "--set").repeatable()
      .help("Set a metadata entry: Title, Version, Date, Status and Author(s) set those parts (authors "
          + "separated by commas); any other key sets or adds that entry. An empty VALUE removes it. Repeatable.")
      .flag("--write").help("Rewrite FILE in place (atomically, keeping its permissions) instead "
          + "of printing it; refused when reading found errors or the file changed meanwhile.")
      .factory(EditCommand::new);

  private final Io io;
  private final String file;
  private final String status;
  private final List<String> revisions;
  private final List<String> openIssues;
  private final List<String> resolve;
  private final List<String> sets;
  private final boolean write;

  EditCommand(Io io, Arguments args) {
    this.io = io;
    file = args.positionals().get(0);
    status = args.value("--status");
    revisions = args.list("--add-revision");
    openIssues = args.list("--add-open-issue");
    resolve = args.list("--resolve-open-issue");
    sets = args.list("--set");
    write = args.flag("--write");
  }

  @Override
  public Integer call() {
    Io.Input input = io.read(file);
    if (write && input.isStdin()) {
      throw CliException.input("--write needs a file, not standard input");
    }
    DocFormat format = DocFormat.of(input);
    ReadResult read;
    try {
      read = format.read(input.text);
    } catch (DesignDocFormatException e) {
      throw CliException.input(input.name + ": " + FmtCommand.firstError(e.diagnostics()));
    }
    DesignDoc edited;
    try {
      edited = edit(read.document(), input.name);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw CliException.input(input.name + ": " + e.getMessage());
    }
    String text;
    try {
      text = format.rewrite(input.text, read, edited);
    } catch (IllegalArgumentException e) {
      throw CliException.input(input.name + ": the edit cannot be written: " + e.getMessage());
    }
    if (!edited.equals(read.document()) && !format.read(text).document().equals(edited)) {
      throw new CliException(Main.INTERNAL, input.name + ": the edit could not be written so that it reads back "
          + "as edited; the file is untouched");
    }
    if (write) {
      if (read.hasErrors()) {
        throw CliException.input(input.name + ": not rewritten, reading found errors: "
            + FmtCommand.firstError(read.diagnostics()));
      }
      if (!text.equals(input.text)) {
        SafeWrite.DEFAULT.replace(input.path, input.name, text.getBytes(StandardCharsets.UTF_8), input.bytes);
      }
    } else {
      io.out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
    return 0;
  }

  /** The document with every edit of the options applied. */
  DesignDoc edit(DesignDoc doc, String name) {
    DesignDoc.Builder builder = doc.toBuilder();
    List<MetadataEntry> other = new ArrayList<>(doc.otherMetadata());
    for (String set : sets) {
      int equals = set.indexOf('=');
      if (equals <= 0) {
        throw CliException.input("--set takes KEY=VALUE, not '" + set + "'");
      }
      String key = set.substring(0, equals).strip();
      String value = set.substring(equals + 1).strip();
      switch (key.toLowerCase(Locale.ROOT)) {
        case "title":
          builder.title(value);
          break;
        case "version":
          builder.version(value.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(value));
          break;
        case "date":
          builder.date(value.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(date(value)));
          break;
        case "status":
          builder.status(value.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Status.of(value)));
          break;
        case "author":
        case "authors":
        case "author(s)":
          builder.authors(Arrays.stream(value.split(",")).map(String::strip).filter(a -> !a.isEmpty())
              .collect(java.util.stream.Collectors.toList()));
          break;
        default:
          setOther(other, key, value);
      }
    }
    builder.otherMetadata(other);
    if (status != null) {
      builder.status(Status.of(status));
    }
    for (int i = 0; i + 2 < revisions.size(); i += 3) {
      String date = revisions.get(i).strip();
      builder.revision(date.equalsIgnoreCase("today") ? LocalDate.now().toString() : date, revisions.get(i + 1),
          revisions.get(i + 2));
    }
    DesignDoc out = builder.build();
    if (!openIssues.isEmpty()) {
      out = withoutNone(out);
      builder = out.toBuilder();
      for (String issue : openIssues) {
        builder.openIssue(issue);
      }
      out = builder.build();
    }
    for (String prefix : resolve) {
      out = resolve(out, prefix, name);
    }
    return out;
  }

  private static DocDate date(String value) {
    return value.equalsIgnoreCase("today") ? DocDate.of(LocalDate.now()) : DocDate.of(value);
  }

  private static void setOther(List<MetadataEntry> entries, String key, String value) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).key().equalsIgnoreCase(key)) {
        if (value.isEmpty()) {
          entries.remove(i);
        } else {
          entries.set(i, MetadataEntry.of(entries.get(i).key(), value));
        }
        return;
      }
    }
    if (!value.isEmpty()) {
      entries.add(MetadataEntry.of(key, value));
    }
  }

  /** A list item or line that says there are no open issues, as the Markdown reader recognizes one. */
  private static final java.util.regex.Pattern NONE = java.util.regex.Pattern.compile(
      "(?i)(?:[-*+]|\\d+[.)])?[ \\t]*\\(?(none|n/a|na|nothing|no open (issues|questions)"
          + "|none (yet|so far|at this time|currently))\\)?[.!]?");

  /**
   * The document with the introduction of its first open-issues section dropped when that section has no
   * issue and its introduction only says there is none ({@code - None.}): the issues added replace it.
   */
  static DesignDoc withoutNone(DesignDoc doc) {
    List<Section> sections = new ArrayList<>(doc.sections());
    for (int s = 0; s < sections.size(); s++) {
      if (sections.get(s) instanceof OpenIssues) {
        OpenIssues section = (OpenIssues) sections.get(s);
        String intro = section.intro().orElse("").strip().replace("*", "").replace("_", "").strip();
        if (section.items().isEmpty() && !intro.isEmpty() && NONE.matcher(intro).matches()) {
          sections.set(s, section.toBuilder().intro(java.util.Optional.of("")).build());
          return doc.toBuilder().sections(sections).build();
        }
        return doc;
      }
    }
    return doc;
  }

  /** The document with the first open issue starting with {@code prefix} resolved. */
  static DesignDoc resolve(DesignDoc doc, String prefix, String name) {
    String wanted = prefix.strip();
    List<Section> sections = new ArrayList<>(doc.sections());
    for (int s = 0; s < sections.size(); s++) {
      if (!(sections.get(s) instanceof OpenIssues)) {
        continue;
      }
      OpenIssues section = (OpenIssues) sections.get(s);
      List<OpenIssue> items = new ArrayList<>(section.items());
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).isOpen() && items.get(i).text().strip().startsWith(wanted)) {
          items.set(i, items.get(i).withState(OpenIssue.State.RESOLVED));
          sections.set(s, section.toBuilder().items(items).build());
          return doc.toBuilder().sections(sections).build();
        }
      }
    }
    throw CliException.input(name + ": no open issue starts with '" + wanted + "'; the file is untouched");
  }
}
