package io.github.designdoc.cli;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DocDate;
import io.github.designdoc.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code designdoc new}: prints a new document from the template. */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = "Print a new design document from the template, as Markdown.")
final class NewCommand implements Callable<Integer> {
  private final Io io;

  @Option(names = "--title", paramLabel = "T", description = "The feature's name.")
  String title;

  @Option(names = "--author", paramLabel = "A", description = "An author; repeat for several.")
  List<String> authors;

  @Option(names = "--status", paramLabel = "S", description = "Draft, In Review, Approved or any other status.")
  String status;

  @Option(names = "--date", paramLabel = "D", description = "The date: yyyy-MM-dd or any text; today when absent.")
  String date;

  NewCommand(Io io) {
    this.io = io;
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
      if (status != null) {
        doc.status(Status.of(status));
      }
      doc.date(date == null ? DocDate.of(LocalDate.now()) : DocDate.of(date));
      io.out.print(DocFormat.MARKDOWN.write(doc.build()));
    } catch (IllegalArgumentException e) {
      throw new CliException(Main.USAGE, e.getMessage());
    }
    return 0;
  }
}
