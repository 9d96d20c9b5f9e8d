package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.ApiContract;
import io.github.designdoc.Component;
import io.github.designdoc.DataModel;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.ItemSection;
import io.github.designdoc.Section;
import io.github.designdoc.TestingEntry;
import io.github.designdoc.testing.DesignDocArbitraries;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The written Markdown, rendered by commonmark-java, shows each field as the field alone renders: the
 * HTML of every top-level Markdown field (overview, preamble, introductions, notes, section bodies,
 * descriptions) is part of the document's HTML, and the rendered text of every list item field (details,
 * steps, considerations, phases, open issues, testing descriptions) is part of the document's rendered
 * text. Link reference definitions anywhere in the document apply to every field, as they do in Markdown.
 */
class RenderingTest {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();
  private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

  @Provide
  Arbitrary<DesignDoc> docs() {
    return DesignDocArbitraries.designDocs();
  }

  @Property(tries = 300)
  void everyFieldRendersInTheDocumentAsItRendersAlone(@ForAll("docs") DesignDoc doc) {
    String markdown = MarkdownWriter.create().write(doc);
    Node root = PARSER.parse(markdown);
    String definitions = definitions(root);
    String html = HTML.render(root);
    String text = collapse(TEXT.render(root));
    for (String field : blockFields(doc)) {
      String alone = HTML.render(PARSER.parse(field + "\n\n" + definitions));
      assertTrue(html.contains(alone), () -> "field:\n" + field + "\nrenders as:\n" + alone + "\nnot in:\n" + html);
    }
    for (String item : itemFields(doc)) {
      String alone = collapse(TEXT.render(PARSER.parse(item + "\n\n" + definitions)));
      assertTrue(text.contains(alone), () -> "item:\n" + visible(item) + "\nrenders as:\n" + alone + "\nnot in:\n"
          + text + "\nwritten:\n" + markdown);
    }
  }

  private static String visible(String text) {
    return text.replace("\t", "\\t").replace("\n", "\\n\n");
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String definitions(Node root) {
    StringBuilder out = new StringBuilder();
    List<Node> nodes = new ArrayList<>(List.of(root));
    while (!nodes.isEmpty()) {
      Node node = nodes.remove(nodes.size() - 1);
      if (node instanceof LinkReferenceDefinition) {
        LinkReferenceDefinition d = (LinkReferenceDefinition) node;
        out.append('[').append(d.getLabel()).append("]: <").append(d.getDestination()).append('>');
        if (d.getTitle() != null) {
          out.append(" \"").append(d.getTitle().replace("\"", "\\\"")).append('"');
        }
        out.append('\n');
      }
      for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
        nodes.add(c);
      }
    }
    return out.toString();
  }

  static List<String> blockFields(DesignDoc doc) {
    List<String> fields = new ArrayList<>();
    doc.preamble().ifPresent(fields::add);
    doc.overview().ifPresent(fields::add);
    for (Section s : doc.sections()) {
      if (s instanceof ItemSection) {
        ((ItemSection<?>) s).intro().ifPresent(fields::add);
        ((ItemSection<?>) s).notes().ifPresent(fields::add);
      }
    }
    doc.customSections().forEach(c -> fields.add(c.body()));
    for (RequestFlow f : doc.requestFlows()) {
      f.intro().ifPresent(fields::add);
      f.notes().ifPresent(fields::add);
    }
    for (ApiContract c : doc.apiContracts()) {
      c.description().ifPresent(fields::add);
    }
    for (DataModel m : doc.dataModels()) {
      m.description().ifPresent(fields::add);
    }
    fields.removeIf(String::isEmpty);
    return fields;
  }

  static List<String> itemFields(DesignDoc doc) {
    List<String> items = new ArrayList<>();
    for (Component c : doc.components()) {
      items.addAll(c.details());
    }
    for (RequestFlow f : doc.requestFlows()) {
      items.addAll(f.steps());
    }
    items.addAll(doc.securityConsiderations());
    items.addAll(doc.performanceConsiderations());
    items.addAll(doc.rolloutPhases());
    for (OpenIssue i : doc.openIssues()) {
      items.add(i.text());
    }
    for (TestingEntry e : doc.testingStrategy()) {
      items.add(e.description());
    }
    items.removeIf(String::isEmpty);
    return items;
  }
}
