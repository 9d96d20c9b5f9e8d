package io.github.designdoc.cli;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DocDate;
import io.github.designdoc.Status;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code designdoc new}: prints a new document from the template. */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = "Print a new design document from the template, as Markdown.")
final class NewCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Option(names = "--title", paramLabel = "T", description = "The feature's name.")
  String title;

  @Option(names = "--author", paramLabel = "A", description = "An author; repeat for several.")
  List<String> authors;

  @Option(names = "--status", paramLabel = "S", defaultValue = "Draft",
      description = "Draft (default), In Review, Approved or any other status.")
  String status;

  @Option(names = "--date", paramLabel = "D", description = "The date: yyyy-MM-dd or any text; today when absent.")
  String date;

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
      main.io.out.writeBytes(DocFormat.MARKDOWN.write(doc.build()).getBytes(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw CliException.input(e.getMessage());
    }
    return 0;
  }
}
