package io.github.designdoc.examples;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Status;
import io.github.designdoc.diff.Change;
import io.github.designdoc.diff.DiffReport;
import io.github.designdoc.diff.DocDiff;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A review comment for a pull request that changes a design document: what changed in the template's
 * terms, with the line of each change, as Markdown a bot can post.
 *
 * <p>Usage: {@code PullRequestComment [OLD NEW]}. Without arguments it compares
 * {@code examples/samples/search-index.md} with an edit of it made here: approved, with one more open
 * issue.
 */
public final class PullRequestComment {
  private PullRequestComment() {}

  /** The comment for the change from {@code older} to {@code newer}, both Markdown. */
  static String comment(String name, String older, String newer) {
    MarkdownReader reader = MarkdownReader.create();
    List<Change> changes = DocDiff.between(reader.read(older), reader.read(newer));
    return DiffReport.markdown(changes, name);
  }

  /** Prints the comment. */
  public static void main(String[] args) throws IOException {
    if (args.length == 2) {
      System.out.print(comment(args[1], Files.readString(Path.of(args[0])), Files.readString(Path.of(args[1]))));
      return;
    }
    String original = Files.readString(Path.of("examples/samples/search-index.md"));
    ReadResult read = MarkdownReader.create().read(original);
    DesignDoc edited = read.document().toBuilder().status(Status.APPROVED).openIssue("Shard the index by tenant?")
        .build();
    String changed = MarkdownWriter.create().rewrite(original, read, edited);
    System.out.print(comment("examples/samples/search-index.md", original, changed));
  }
}
