package io.github.designdoc.markdown.internal;

import io.github.designdoc.ApiContract;
import io.github.designdoc.ApiContracts;
import io.github.designdoc.CodeContract;
import io.github.designdoc.Components;
import io.github.designdoc.CustomSection;
import io.github.designdoc.DataField;
import io.github.designdoc.DataModel;
import io.github.designdoc.DataModels;
import io.github.designdoc.HttpContract;
import io.github.designdoc.ItemSection;
import io.github.designdoc.OpenIssues;
import io.github.designdoc.Overview;
import io.github.designdoc.PerformanceConsiderations;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.RequestFlows;
import io.github.designdoc.Revision;
import io.github.designdoc.RevisionHistory;
import io.github.designdoc.RolloutPlan;
import io.github.designdoc.Section;
import io.github.designdoc.SectionKind;
import io.github.designdoc.SecurityConsiderations;
import io.github.designdoc.TestingStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Writes a section's heading and body in the template's shape. The plain form is used when it reads
 * back to the same section; otherwise the form with {@link Markers} between the parts; if neither does
 * (a value Markdown cannot hold there), {@link #body} gives empty.
 */
public final class SectionWriter {
  private final Settings settings;

  public SectionWriter(Settings settings) {
    this.settings = settings;
  }

  /** {@code #} repeated. */
  static String hashes(int level) {
    return "#".repeat(level);
  }

  /** The heading line of a section at this level, with a marker comment where the text alone names another kind. */
  public String heading(Section section, int level) {
    String text = section.heading().orElse(section.kind().title());
    boolean plain;
    if (section instanceof CustomSection) {
      plain = !Headings.endsWithMarker(text) && settings.headings().kindOf(text).isEmpty();
      return hashes(level) + " " + (plain ? Escapes.headingText(text) : text + Headings.knownMarker(SectionKind.CUSTOM));
    }
    plain = !Headings.endsWithMarker(text) && settings.headings().kindOf(text).equals(Optional.of(section.kind()));
    return hashes(level) + " " + (plain ? Escapes.headingText(text) : text + Headings.knownMarker(section.kind()));
  }

  /**
   * The heading of a section at level 1 or 2 as a setext heading: its text, then a line of {@code =} or
   * {@code -}; with a marker comment where the text alone names another kind.
   */
  public String setextHeading(Section section, int level) {
    String text = section.heading().orElse(section.kind().title());
    Optional<SectionKind> named = settings.headings().kindOf(text);
    boolean plain = !Headings.endsWithMarker(text)
        && (section instanceof CustomSection ? named.isEmpty() : named.equals(Optional.of(section.kind())));
    String content = plain ? text : text + Headings.knownMarker(section.kind());
    return content + "\n" + (level == 1 ? "===" : "---");
  }

  /**
   * The body of a section whose records are headings of {@code level}, that reads back to the same
   * section; empty when there is none.
   */
  public Optional<String> body(Section section, int level) {
    if (section instanceof CustomSection) {
      String body = ((CustomSection) section).body();
      if (DocumentReader.metadataSection(((CustomSection) section).title()) && startsWithMetadata(body)) {
        // The reader takes the first block of a "Meta" section as the document's metadata: a marker keeps it body.
        body = Markers.BEGIN + "\n\n" + body;
      }
      return readsBack(section, body, level) ? Optional.of(body) : Optional.empty();
    }
    String plain = render(section, false, level);
    if (readsBack(section, plain, level)) {
      return Optional.of(plain);
    }
    String marked = render(section, true, level);
    if (readsBack(section, marked, level)) {
      return Optional.of(marked);
    }
    return Optional.empty();
  }

  /** Whether the first block of the Markdown reads as metadata entries ({@code **Key:** value}). */
  private boolean startsWithMetadata(String body) {
    Source src = new Source(body);
    Node first;
    try {
      first = settings.parser().parse(body).getFirstChild();
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
    return first != null && new MetadataReader(src).entries(first).isPresent();
  }

  /**
   * The body that reads back to the same section on its own, else its plain form, which may still read
   * back equal in its document (the caller checks the whole document).
   */
  public String bestBody(Section section, int level) {
    return body(section, level).orElseGet(() -> section instanceof CustomSection
        ? ((CustomSection) section).body() : render(section, false, level));
  }

  /** The plain form of the body, unchecked. */
  public String plainBody(Section section, int level) {
    return section instanceof CustomSection ? ((CustomSection) section).body() : render(section, false, level);
  }

  static String blocks(List<String> parts) {
    int length = 0;
    for (String part : parts) {
      length += part.length() + 2;
    }
    StringBuilder out = new StringBuilder(length); // sized once: growing it copied what it held, again and again
    for (String part : parts) {
      if (!part.isEmpty()) {
        out.append(out.length() == 0 ? "" : "\n\n").append(part);
      }
    }
    return out.toString();
  }

  private String render(Section section, boolean marked, int level) {
    if (section instanceof Overview) {
      return ((Overview) section).text();
    }
    ItemSection<?> items = (ItemSection<?>) section;
    String intro = items.intro().orElse("");
    String notes = items.notes().orElse("");
    List<String> parts = new ArrayList<>();
    parts.add(intro);
    if (section instanceof RequestFlows) {
      List<RequestFlow> flows = ((RequestFlows) section).items();
      parts.add(marked && !intro.isEmpty() ? Markers.BEGIN : "");
      for (int i = 0; i < flows.size(); i++) {
        parts.add(flow(i + 1, flows.get(i), marked, level));
      }
      parts.add(notes.isEmpty() ? "" : Markers.END);
    } else if (section instanceof ApiContracts) {
      records(parts, marked, contracts(((ApiContracts) section).items(), marked, level), notes);
    } else if (section instanceof DataModels) {
      records(parts, marked, models(((DataModels) section).items(), marked, level), notes);
    } else {
      parts.add(marked && !intro.isEmpty() ? Markers.BEGIN : "");
      parts.add(typed(section));
      parts.add(marked && !notes.isEmpty() ? Markers.END : "");
    }
    parts.add(notes);
    return blocks(parts);
  }

  private static void records(List<String> parts, boolean marked, List<String> records, String notes) {
    if (marked) {
      parts.add(Markers.BEGIN);
      parts.add(String.join("\n\n" + Markers.NEXT + "\n\n", records));
      parts.add(notes.isEmpty() ? "" : Markers.END);
    } else {
      parts.addAll(records);
    }
  }

  /** The typed part of a section of list or table items. */
  static String typed(Section section) {
    if (section instanceof Components) {
      return ShapeWriter.components(((Components) section).items());
    } else if (section instanceof SecurityConsiderations) {
      return ShapeWriter.bullets(((SecurityConsiderations) section).items());
    } else if (section instanceof PerformanceConsiderations) {
      return ShapeWriter.bullets(((PerformanceConsiderations) section).items());
    } else if (section instanceof TestingStrategy) {
      return ShapeWriter.testing(((TestingStrategy) section).items());
    } else if (section instanceof RolloutPlan) {
      return ShapeWriter.numbered(((RolloutPlan) section).items());
    } else if (section instanceof OpenIssues) {
      return ShapeWriter.openIssues(((OpenIssues) section).items());
    } else if (section instanceof RevisionHistory) {
      return revisions(((RevisionHistory) section).items());
    }
    throw new AssertionError(section.kind());
  }

  static String revisions(List<Revision> revisions) {
    if (revisions.isEmpty()) {
      return "";
    }
    List<List<String>> rows = new ArrayList<>();
    for (Revision r : revisions) {
      rows.add(revisionRow(r));
    }
    return ShapeWriter.table(List.of("Date", "Author", "Changes"), rows);
  }

  static List<String> revisionRow(Revision r) {
    return List.of(r.date().map(Object::toString).orElse(""), r.author().orElse(""), r.changes());
  }

  static String flow(int number, RequestFlow flow, boolean marked, int level) {
    List<String> parts = new ArrayList<>();
    parts.add(hashes(level) + " " + Escapes.headingText("Flow " + number + ": " + flow.name()));
    parts.add(flow.intro().orElse(""));
    parts.add(marked ? Markers.PART : "");
    parts.add(ShapeWriter.numbered(flow.steps()));
    parts.add(marked ? Markers.PART : "");
    parts.add(flow.notes().orElse(""));
    return blocks(parts);
  }

  static List<String> contracts(List<ApiContract> contracts, boolean marked, int level) {
    List<String> out = new ArrayList<>();
    for (ApiContract contract : contracts) {
      List<String> parts = new ArrayList<>();
      parts.add(contract.title().map(t -> hashes(level) + " " + Escapes.headingText(t)).orElse(""));
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

  static List<String> models(List<DataModel> models, boolean marked, int level) {
    List<String> out = new ArrayList<>();
    for (DataModel model : models) {
      List<String> parts = new ArrayList<>();
      parts.add(model.name().map(n -> hashes(level) + " " + Escapes.headingText(n)).orElse(""));
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
      model.notes().ifPresent(n -> {
        parts.add(marked ? Markers.PART : "");
        parts.add(n);
      });
      out.add(blocks(parts));
    }
    return out;
  }

  /**
   * Whether {@link #heading} writes the section's heading in its plain form and the reader gives it back
   * from that line alone: text {@link Inert#heading inert}, naming the section's kind (or none, for a
   * custom section), and not the kind's own title given as a heading (which reads back as none).
   */
  boolean plainHeading(Section section) {
    Optional<String> heading = section.heading();
    String text = heading.orElse(section.kind().title());
    if (!Inert.heading(text)) {
      return false;
    }
    if (section instanceof CustomSection) {
      return settings.headings().kindOf(text).isEmpty();
    }
    return settings.headings().kindOf(text).equals(Optional.of(section.kind()))
        && !(heading.isPresent() && heading.get().equals(section.kind().title()));
  }

  /**
   * Whether the plain body reads back to the section in any document, between its heading and the next
   * one: by construction when every value is {@link Inert}, else by parsing it alone.
   */
  boolean plainReadsBack(Section section, String body, int level) {
    if (section instanceof CustomSection && DocumentReader.metadataSection(((CustomSection) section).title())
        && startsWithMetadata(body)) {
      return false;
    }
    return Inert.section(section) || readsBack(section, body, level);
  }

  /** Whether the body, read on its own under its heading, gives back the section. */
  boolean readsBack(Section section, String body, int level) {
    String head = hashes(level - 1) + " x\n\n";
    String text = head + body + "\n\n" + hashes(level - 1) + " end\n";
    Source src = new Source(text);
    List<Node> blocks = inside(text, src, level - 1);
    if (blocks == null) {
      return false;
    }
    try {
      if (section instanceof CustomSection) {
        return src.text(blocks).equals(((CustomSection) section).body());
      }
      Section read = new SectionReader(src, new Report(), level, null).read(section.kind(), section.heading(), blocks,
          "");
      return read.equals(section);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The blocks of a text between a first and a last heading of {@code level}, or {@code null} when the
   * body would not stay inside (an unclosed code fence or HTML block, a heading of that level or above).
   */
  private List<Node> inside(String text, Source src, int level) {
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
        || Source.firstLine(blocks.get(end)) != src.lineCount() - 2) {
      return null;
    }
    List<Node> inside = blocks.subList(1, end);
    for (Node n : inside) {
      if (n instanceof Heading && ((Heading) n).getLevel() <= level) {
        return null;
      }
    }
    return inside;
  }
}
