package io.github.designdoc.markdown;

import io.github.designdoc.ApiContract;
import io.github.designdoc.CodeContract;
import io.github.designdoc.DataField;
import io.github.designdoc.DataModel;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.HttpContract;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.Revision;
import io.github.designdoc.SectionKind;
import io.github.designdoc.SectionText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Writes the body of a known section in the template's shape. The plain form is used when it reads
 * back to the same parts; otherwise the form with {@link Markers} between the parts; if neither does
 * (a value Markdown cannot hold there), an {@link IllegalArgumentException} names the section.
 */
final class SectionWriter {
  private final MarkdownReader.Settings settings;

  SectionWriter(MarkdownReader.Settings settings) {
    this.settings = settings;
  }

  String body(DesignDoc doc, SectionKind kind) {
    String plain = render(doc, kind, false);
    if (readsBack(doc, kind, plain)) {
      return plain;
    }
    String marked = render(doc, kind, true);
    if (readsBack(doc, kind, marked)) {
      return marked;
    }
    throw new IllegalArgumentException("the " + kind.title() + " section cannot be written as Markdown that "
        + "reads back equal; a value holds Markdown this place cannot keep: " + preview(plain));
  }

  private static String preview(String text) {
    String p = text.length() > 200 ? text.substring(0, 200) + "..." : text;
    return '"' + p.replace("\n", "\\n") + '"';
  }

  private static String blocks(List<String> parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (!part.isEmpty()) {
        out.append(out.length() == 0 ? "" : "\n\n").append(part);
      }
    }
    return out.toString();
  }

  private String render(DesignDoc doc, SectionKind kind, boolean marked) {
    SectionText text = doc.sectionText(kind).orElse(SectionText.builder().build());
    String intro = text.intro().orElse("");
    String notes = text.notes().orElse("");
    List<String> parts = new ArrayList<>();
    parts.add(intro);
    switch (kind) {
      case REQUEST_FLOWS:
        for (int i = 0; i < doc.requestFlows().size(); i++) {
          parts.add(flow(i + 1, doc.requestFlows().get(i), marked));
        }
        parts.add(notes.isEmpty() ? "" : Markers.END);
        break;
      case API_CONTRACTS:
        records(parts, marked, intro, contracts(doc.apiContracts(), marked), notes);
        break;
      case DATA_MODELS:
        records(parts, marked, intro, models(doc.dataModels(), marked), notes);
        break;
      default:
        parts.add(marked && !intro.isEmpty() ? Markers.BEGIN : "");
        parts.add(typed(doc, kind));
        parts.add(marked && !notes.isEmpty() ? Markers.END : "");
    }
    parts.add(notes);
    return blocks(parts);
  }

  private static void records(List<String> parts, boolean marked, String intro, List<String> records, String notes) {
    if (marked) {
      parts.add(Markers.BEGIN);
      parts.add(String.join("\n\n" + Markers.NEXT + "\n\n", records));
      parts.add(notes.isEmpty() ? "" : Markers.END);
    } else {
      parts.addAll(records);
    }
  }

  private static String typed(DesignDoc doc, SectionKind kind) {
    switch (kind) {
      case OVERVIEW:
        return doc.overview().orElse("");
      case COMPONENTS:
        return ShapeWriter.components(doc.components());
      case SECURITY:
        return ShapeWriter.bullets(doc.securityConsiderations());
      case PERFORMANCE:
        return ShapeWriter.bullets(doc.performanceConsiderations());
      case TESTING_STRATEGY:
        return ShapeWriter.testing(doc.testingStrategy());
      case ROLLOUT_PLAN:
        return ShapeWriter.numbered(doc.rolloutPhases());
      case OPEN_ISSUES:
        return ShapeWriter.openIssues(doc.openIssues());
      case REVISION_HISTORY:
        return revisions(doc.revisions());
      default:
        throw new AssertionError(kind);
    }
  }

  private static String revisions(List<Revision> revisions) {
    if (revisions.isEmpty()) {
      return "";
    }
    List<List<String>> rows = new ArrayList<>();
    for (Revision r : revisions) {
      rows.add(List.of(r.date().map(Object::toString).orElse(""), r.author().orElse(""), r.changes()));
    }
    return ShapeWriter.table(List.of("Date", "Author", "Changes"), rows);
  }

  private static String flow(int number, RequestFlow flow, boolean marked) {
    List<String> parts = new ArrayList<>();
    parts.add("### " + Escapes.headingText("Flow " + number + ": " + flow.name()));
    parts.add(flow.intro().orElse(""));
    parts.add(marked ? Markers.PART : "");
    parts.add(ShapeWriter.numbered(flow.steps()));
    parts.add(marked ? Markers.PART : "");
    parts.add(flow.notes().orElse(""));
    return blocks(parts);
  }

  private static List<String> contracts(List<ApiContract> contracts, boolean marked) {
    List<String> out = new ArrayList<>();
    for (ApiContract contract : contracts) {
      List<String> parts = new ArrayList<>();
      parts.add(contract.title().map(t -> "### " + Escapes.headingText(t)).orElse(""));
      parts.add(contract.description().orElse(""));
      if (contract instanceof HttpContract) {
        parts.add(ShapeWriter.fence("", HttpBlock.render((HttpContract) contract)));
      } else {
        CodeContract code = (CodeContract) contract;
        boolean looksHttp = code.code().language().isEmpty() && HttpBlock.parse(code.code().content()).isPresent();
        parts.add(marked && looksHttp ? Markers.PART : "");
        parts.add(ShapeWriter.fence(code.code()));
      }
      out.add(blocks(parts));
    }
    return out;
  }

  private static List<String> models(List<DataModel> models, boolean marked) {
    List<String> out = new ArrayList<>();
    for (DataModel model : models) {
      List<String> parts = new ArrayList<>();
      parts.add(model.name().map(n -> "### " + Escapes.headingText(n)).orElse(""));
      parts.add(model.description().orElse(""));
      parts.add(marked ? Markers.PART : "");
      if (!model.fields().isEmpty()) {
        List<List<String>> rows = new ArrayList<>();
        for (DataField f : model.fields()) {
          rows.add(List.of(f.name(), f.type(), f.description()));
        }
        parts.add(ShapeWriter.table(List.of("Field", "Type", "Description"), rows));
      }
      model.schemas().forEach(s -> parts.add(ShapeWriter.fence(s)));
      out.add(blocks(parts));
    }
    return out;
  }

  /** Whether the body, read on its own under its heading, gives back the section's parts. */
  private boolean readsBack(DesignDoc doc, SectionKind kind, String body) {
    Optional<String> heading = doc.sectionText(kind).flatMap(SectionText::heading);
    List<Node> blocks = Isolated.parse(settings, body);
    if (blocks == null) {
      return false;
    }
    DesignDoc.Builder read = DesignDoc.builder().title("x");
    new SectionReader(Isolated.source(body), new Report(), 3).read(kind, heading, blocks, read);
    return read.build().equals(project(doc, kind));
  }

  /** The document reduced to one section's parts. */
  static DesignDoc project(DesignDoc doc, SectionKind kind) {
    DesignDoc.Builder b = DesignDoc.builder().title("x");
    SectionReader.copy(doc, kind, b);
    return b.build();
  }

  /**
   * Parses a body on its own, between a section heading and a closing heading: the blocks of the body,
   * or {@code null} when the body would not stay inside its section (an unclosed code fence or HTML
   * block, a heading of section level).
   */
  static final class Isolated {
    private static final String HEAD = "## x\n\n";
    private static final String TAIL = "\n\n## end\n";

    private Isolated() {}

    static Source source(String body) {
      return new Source(HEAD + body + TAIL);
    }

    static List<Node> parse(MarkdownReader.Settings settings, String body) {
      String text = HEAD + body + TAIL;
      Node root;
      try {
        root = settings.parser().parse(text);
      } catch (RuntimeException | StackOverflowError e) {
        return null;
      }
      List<Node> blocks = new ArrayList<>();
      for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
        blocks.add(n);
      }
      int end = blocks.size() - 1;
      if (end < 1 || !(blocks.get(0) instanceof Heading) || !(blocks.get(end) instanceof Heading)
          || Source.firstLine(blocks.get(end)) != new Source(text).lineCount() - 2) {
        return null;
      }
      List<Node> inside = blocks.subList(1, end);
      for (Node n : inside) {
        if (n instanceof Heading && ((Heading) n).getLevel() <= 2) {
          return null;
        }
      }
      return inside;
    }
  }
}
