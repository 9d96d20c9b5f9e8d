package io.github.designdoc.cli;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DocDate;
import io.github.designdoc.Status;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code designdoc new}: prints a new document from the template. */
final class NewCommand implements Callable<Integer> {
  static final Command SPEC = Command.of("new", "Print a new design document from the template, as Markdown.")
      .option("T", "--title").help("The feature's name.")
      .option("A", "--author").repeatable().help("An author; repeat for several.")
      .option("S", "--status").completes("Draft", "Approved")
      .help("Draft (default), In Review, Approved or any other status.")
      .option("D", "--date").help("The date: yyyy-MM-dd or any text; today when absent.")
      .factory(NewCommand::new);

  private final Io io;
  private final String title;
  private final List<String> authors;
  private final String status;
  private final String date;

  NewCommand(Io io, Arguments args) {
    this.io = io;
    title = args.value("--title");
    authors = args.values("--author");
    status = args.value("--status", "Draft");
    date = args.value("--date");
  }

  @Override
  public Integer call() {
    DesignDoc.Builder doc = DesignDoc.template().toBuilder();
    try {
      if (title != null) {
        doc.title(title);
      }
      if (authors != null) {
        doc.authors(authors);
      }
      doc.status(Status.of(status));
      doc.date(date == null ? DocDate.of(LocalDate.now()) : DocDate.of(date));
      io.out.writeBytes(DocFormat.MARKDOWN.write(doc.build()).getBytes(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw CliException.input(e.getMessage());
    }
    return 0;
  }
}
