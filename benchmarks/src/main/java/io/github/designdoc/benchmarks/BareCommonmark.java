package io.github.designdoc.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * A bare commonmark-java program, the peer of {@code designdoc fmt --check} in {@code
 * benchmarks/startup.sh}: {@code java -cp benchmarks.jar io.github.designdoc.benchmarks.BareCommonmark
 * FILE} reads the file as UTF-8, parses it with the GFM tables extension, renders the tree back to
 * Markdown and, like {@code fmt --check}, exits with 1 when the rendering differs from the file (0 when
 * it is the same), printing nothing.
 */
public final class BareCommonmark {
  private BareCommonmark() {}

  /**
   * Parses and renders the file named by the only argument.
   *
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BareCommonmark FILE");
      System.exit(2);
    }
    String text = Files.readString(Path.of(args[0]));
    List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
    Node document = Parser.builder().extensions(extensions).build().parse(text);
    String rendered = MarkdownRenderer.builder().extensions(extensions).build().render(document);
    System.exit(rendered.equals(text) ? 0 : 1);
  }
}
