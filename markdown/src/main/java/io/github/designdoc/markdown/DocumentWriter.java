package io.github.designdoc.markdown;

import io.github.designdoc.CustomSection;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.SectionKind;
import io.github.designdoc.SectionText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Node;

/** Writes a whole document in the template's layout. */
final class DocumentWriter {
  private final MarkdownReader.Settings settings;
  private final SectionWriter sections;

  DocumentWriter(MarkdownReader.Settings settings) {
    this.settings = settings;
    this.sections = new SectionWriter(settings);
  }

  String write(DesignDoc doc) {
    if (doc.sectionTexts().containsKey(SectionKind.METADATA)) {
      throw new IllegalArgumentException("the metadata has no heading, introduction or notes in Markdown: "
          + "sectionTexts must not hold METADATA");
    }
    StringBuilder out = new StringBuilder();
    doc.frontMatter().ifPresent(f -> out.append(frontMatter(doc, f)));
    out.append("# Design Document\n\n## For ").append(Escapes.headingText(doc.title())).append("\n\n");
    String metadata = metadata(doc);
    if (!metadata.isEmpty()) {
      out.append(metadata).append("\n\n");
    }
    out.append("---\n\n");
    doc.preamble().ifPresent(p -> out.append(checked("preamble", p)).append("\n\n"));
    Set<SectionKind> seen = EnumSet.noneOf(SectionKind.class);
    SectionKind last = SectionKind.METADATA;
    for (SectionKind kind : SectionKind.values()) {
      if (kind != SectionKind.METADATA && doc.hasSection(kind)) {
        if (kind == SectionKind.REVISION_HISTORY) {
          out.append("---\n\n");
        }
        out.append("## ").append(knownHeading(doc, kind)).append("\n\n");
        String body = sections.body(doc, kind);
        if (!body.isEmpty()) {
          out.append(body).append("\n\n");
        }
        seen.add(kind);
        last = kind;
      }
      for (CustomSection custom : doc.customSections()) {
        if (custom.after() == kind) {
          out.append("## ").append(customHeading(custom, seen, last)).append("\n\n");
          if (!custom.body().isEmpty()) {
            out.append(checked("section " + custom.heading(), custom.body())).append("\n\n");
          }
        }
      }
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  private static String frontMatter(DesignDoc doc, String yaml) {
    for (String line : yaml.split("\n", -1)) {
      if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
        throw new IllegalArgumentException("front matter must not hold a line \"" + line.strip()
            + "\": it would end the block");
      }
    }
    FrontMatter parsed = FrontMatter.find("---\n" + yaml + "\n---\n").orElseThrow();
    String unset = doc.version().isEmpty() && parsed.value("version").isPresent() ? "version"
        : doc.authors().isEmpty() && !(parsed.values("authors").isEmpty() && parsed.values("author").isEmpty())
            ? "authors"
        : doc.date().isEmpty() && parsed.value("date").isPresent() ? "date"
        : doc.status().isEmpty() && parsed.value("status").isPresent() ? "status" : null;
    if (unset != null) {
      throw new IllegalArgumentException("front matter sets " + unset + ", which the document leaves empty: "
          + "reading it back would fill it in");
    }
    return yaml.isEmpty() ? "---\n---\n\n" : "---\n" + yaml + "\n---\n\n";
  }

  private String metadata(DesignDoc doc) {
    List<String> lines = new ArrayList<>();
    doc.version().ifPresent(v -> lines.add("- **Version:** " + v));
    if (doc.authors().size() == 1) {
      lines.add("- **Author:** " + doc.authors().get(0));
    } else if (doc.authors().size() > 1) {
      List<String> names = new ArrayList<>();
      doc.authors().forEach(a -> names.add(Escapes.escape(a, ",")));
      lines.add("- **Authors:** " + String.join(", ", names));
    }
    doc.date().ifPresent(d -> lines.add("- **Date:** " + d.text()));
    doc.status().ifPresent(s -> lines.add("- **Status:** " + s.text()));
    for (MetadataEntry e : doc.otherMetadata()) {
      lines.add("- **" + Escapes.escape(e.key(), ShapeReader.KEY) + ":**" + (e.value().isEmpty() ? "" : " " + e.value()));
    }
    String text = String.join("\n", lines);
    if (!text.isEmpty()) {
      List<Node> blocks = SectionWriter.Isolated.parse(settings, text);
      DesignDoc.Builder read = DesignDoc.builder().title(doc.title());
      if (blocks == null || blocks.size() != 1
          || !new MetadataReader(SectionWriter.Isolated.source(text)).read(blocks.get(0), read)
          || !sameMetadata(read.build(), doc)) {
        throw new IllegalArgumentException("the metadata cannot be written as Markdown that reads back equal "
            + "(a further entry named like Version, Author, Authors, Date or Status that the document leaves "
            + "empty?): " + text.replace("\n", "\\n"));
      }
    }
    return text;
  }

  private static boolean sameMetadata(DesignDoc a, DesignDoc b) {
    return a.version().equals(b.version()) && a.authors().equals(b.authors()) && a.date().equals(b.date())
        && a.status().equals(b.status()) && a.otherMetadata().equals(b.otherMetadata());
  }

  /** Markdown kept as written, after checking that it stays inside its section. */
  private String checked(String field, String markdown) {
    List<Node> blocks = SectionWriter.Isolated.parse(settings, markdown);
    if (blocks == null || !SectionWriter.Isolated.source(markdown).text(blocks).strip().equals(markdown.strip())) {
      throw new IllegalArgumentException("the " + field + " cannot be written as Markdown that reads back equal: "
          + "it holds a heading of level 1 or 2, a setext heading, or an unclosed code fence or HTML block");
    }
    return markdown;
  }

  private String knownHeading(DesignDoc doc, SectionKind kind) {
    String text = doc.sectionText(kind).flatMap(SectionText::heading).orElse(kind.title());
    boolean plain = !Headings.endsWithMarker(text) && settings.headings().kindOf(text).equals(Optional.of(kind));
    return plain ? Escapes.headingText(text) : text + Headings.knownMarker(kind);
  }

  private String customHeading(CustomSection custom, Set<SectionKind> seen, SectionKind last) {
    String text = custom.heading();
    Optional<SectionKind> kind = settings.headings().kindOf(text);
    boolean plain = !Headings.endsWithMarker(text) && custom.after() == last
        && (kind.isEmpty() || kind.get() == SectionKind.METADATA || seen.contains(kind.get()));
    return plain ? Escapes.headingText(text) : text + Headings.afterMarker(custom.after());
  }
}
