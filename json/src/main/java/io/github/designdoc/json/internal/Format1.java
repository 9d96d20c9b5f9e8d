package io.github.designdoc.json.internal;

import static io.github.designdoc.json.internal.Property.list;
import static io.github.designdoc.json.internal.Property.one;
import static io.github.designdoc.json.internal.Property.optional;
import static io.github.designdoc.json.internal.Scalars.LINE;
import static io.github.designdoc.json.internal.Scalars.REQUIRED_LINE;
import static io.github.designdoc.json.internal.Scalars.TEXT;

import io.github.designdoc.ApiContract;
import io.github.designdoc.ApiContracts;
import io.github.designdoc.Component;
import io.github.designdoc.Components;
import io.github.designdoc.CustomSection;
import io.github.designdoc.DataModel;
import io.github.designdoc.DataModels;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.DocDate;
import io.github.designdoc.Location;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.OpenIssue;
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
import io.github.designdoc.Status;
import io.github.designdoc.TestingEntry;
import io.github.designdoc.TestingStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/**
 * Format 1.0, still read: the known sections' items as flat lists ({@code components}, ...), the prose
 * around them in {@code sectionTexts}, and {@code customSections} placed {@code after} a known section.
 * A document in it is converted to sections in the template's order, each custom section right after
 * the known section it followed.
 */
final class Format1 {
  private Format1() {}

  /** Format 1's names of the template's parts, in its order; {@code metadata} is the block under the title. */
  private static final List<String> PARTS = List.of("metadata", "overview", "components", "requestFlows",
      "apiContracts", "dataModels", "security", "performance", "testingStrategy", "rolloutPlan", "openIssues",
      "revisionHistory");

  /** The document's properties holding each part's typed content, by part (index into {@link #PARTS}). */
  private static final List<String> CONTENT = List.of("", "overview", "components", "requestFlows", "apiContracts",
      "dataModels", "securityConsiderations", "performanceConsiderations", "testingStrategy", "rolloutPhases",
      "openIssues", "revisions");

  /** A part's prose: {@code {"heading", "intro", "notes"}}. */
  private static final class Prose {
    final Optional<String> heading;
    final Optional<String> intro;
    final Optional<String> notes;

    Prose(Optional<String> heading, Optional<String> intro, Optional<String> notes) {
      this.heading = heading;
      this.intro = intro;
      this.notes = notes;
    }
  }

  /** A custom section: {@code {"heading", "body", "after"}}. */
  private static final class Custom {
    final String heading;
    final String body;
    final int after;

    Custom(String heading, String body, int after) {
      this.heading = heading;
      this.body = body;
      this.after = after;
    }
  }

  /** A part, by its format 1 name. */
  private static final Codec<Integer> PART = new Codec<>() {
    @Override
    public void write(JsonGenerator out, Integer part) {
      out.writeString(PARTS.get(part));
    }

    @Override
    public Integer read(JsonInput in) {
      String name = in.string();
      return name == null ? null : part(in, name);
    }
  };

  private static Integer part(JsonInput in, String name) {
    int part = PARTS.indexOf(name);
    if (part < 0) {
      in.error(ErrorCodes.INVALID_VALUE, "unknown section " + JsonInput.quote(name) + "; expected one of "
          + String.join(", ", PARTS));
      return null;
    }
    return part;
  }

  private static final ObjectCodec<Prose> PROSE = new ObjectCodec<>(Prose.class, "a section text",
      f -> new Prose(f.optional("heading"), f.optional("intro"), f.optional("notes")),
      optional("heading", LINE, p -> p.heading),
      optional("intro", Scalars.BLOCKS, p -> p.intro),
      optional("notes", Scalars.BLOCKS, p -> p.notes));

  private static final ObjectCodec<Custom> CUSTOM = new ObjectCodec<>(Custom.class, "a custom section",
      f -> new Custom(CustomSection.of(f.one("heading"), "").title(), f.one("body"), f.<Integer>one("after")),
      one("heading", REQUIRED_LINE, c -> c.heading),
      one("body", Scalars.BLOCKS, c -> c.body),
      one("after", PART, c -> c.after));

  /** {@code sectionTexts}: an object keyed by part. */
  private static final Codec<Map<Integer, Prose>> PROSE_BY_PART = new Codec<>() {
    @Override
    public void write(JsonGenerator out, Map<Integer, Prose> texts) {
      throw new UnsupportedOperationException("format 1 is not written");
    }

    @Override
    public Map<Integer, Prose> read(JsonInput in) {
      if (!in.startObject("a sectionTexts object")) {
        return null;
      }
      Map<Integer, Prose> texts = new HashMap<>();
      for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
        Location at = in.location();
        Integer part = part(in, name);
        in.next();
        if (part == null) {
          in.skip();
        } else if (texts.containsKey(part)) {
          in.error(ErrorCodes.DUPLICATE_PROPERTY, "duplicate section " + JsonInput.quote(name) + " in sectionTexts",
              at);
          in.skip();
        } else {
          TokenStreamLocation start = in.recordsSources() ? in.parser().currentTokenLocation() : null;
          Prose text = PROSE.read(in);
          texts.put(part, text);
          if (start != null) {
            in.record("/sectionTexts/" + name, start);
          }
        }
      }
      texts.values().removeIf(t -> t == null);
      return texts;
    }
  };

  /** The document in format 1. Never written: the writer writes the current format. */
  static final ObjectCodec<DesignDoc> DOCUMENT = new ObjectCodec<>(DesignDoc.class, "a design document",
      Format1::convert,
      one("formatVersion", DocumentCodec.FORMAT_VERSION, d -> FormatVersion.FORMAT_1),
      one("title", REQUIRED_LINE, DesignDoc::title),
      optional("version", LINE, DesignDoc::version),
      list("authors", REQUIRED_LINE, DesignDoc::authors),
      optional("date", Scalars.DATE, DesignDoc::date),
      optional("status", Scalars.STATUS, DesignDoc::status),
      list("otherMetadata", PartCodecs.METADATA_ENTRY, DesignDoc::otherMetadata),
      optional("frontMatter", Scalars.FRONT_MATTER, DesignDoc::frontMatter),
      optional("preamble", Scalars.PREAMBLE, DesignDoc::preamble),
      optional("overview", Scalars.BLOCKS, d -> Optional.<String>empty()),
      list("components", PartCodecs.COMPONENT, DesignDoc::components),
      list("requestFlows", PartCodecs.REQUEST_FLOW, DesignDoc::requestFlows),
      list("apiContracts", ApiContractCodec.INSTANCE, DesignDoc::apiContracts),
      list("dataModels", PartCodecs.DATA_MODEL, DesignDoc::dataModels),
      list("securityConsiderations", Scalars.ITEM, DesignDoc::securityConsiderations),
      list("performanceConsiderations", Scalars.ITEM, DesignDoc::performanceConsiderations),
      list("testingStrategy", PartCodecs.TESTING_ENTRY, DesignDoc::testingStrategy),
      list("rolloutPhases", Scalars.ITEM, DesignDoc::rolloutPhases),
      list("openIssues", PartCodecs.OPEN_ISSUE, DesignDoc::openIssues),
      list("revisions", PartCodecs.REVISION, DesignDoc::revisions),
      list("customSections", CUSTOM, d -> List.<Custom>of()),
      optional("sectionTexts", PROSE_BY_PART, d -> Optional.<Map<Integer, Prose>>empty()));

  /**
   * The order of the converted document's sections: each entry a known part (its index in
   * {@link #PARTS}) or a custom section (its index in {@code customSections}, as {@code -1 - index}).
   */
  private static List<Integer> layout(Fields f) {
    Map<Integer, Prose> texts = f.<Map<Integer, Prose>>optional("sectionTexts").orElse(Map.of());
    List<Custom> customs = f.list("customSections");
    List<Integer> layout = new ArrayList<>();
    for (int part = 0; part < PARTS.size(); part++) {
      if (part > 0 && (texts.containsKey(part) || hasContent(f, part))) {
        layout.add(part);
      }
      for (int c = 0; c < customs.size(); c++) {
        if (customs.get(c).after == part) {
          layout.add(-1 - c);
        }
      }
    }
    return layout;
  }

  private static boolean hasContent(Fields f, int part) {
    return part == 1 ? f.optional("overview").isPresent() : !f.list(CONTENT.get(part)).isEmpty();
  }

  private static DesignDoc convert(Fields f) {
    Map<Integer, Prose> texts = f.<Map<Integer, Prose>>optional("sectionTexts").orElse(Map.of());
    List<Custom> customs = f.list("customSections");
    List<Section> sections = new ArrayList<>();
    for (int entry : layout(f)) {
      if (entry < 0) {
        Custom custom = customs.get(-1 - entry);
        sections.add(CustomSection.of(custom.heading, custom.body));
      } else {
        sections.add(section(f, entry, texts.getOrDefault(entry, new Prose(Optional.empty(), Optional.empty(),
            Optional.empty()))));
      }
    }
    Optional<String> preamble = f.<String>optional("preamble");
    Prose metadata = texts.get(0);
    if (metadata != null) {
      String joined = Stream.of(metadata.intro, metadata.notes, preamble).flatMap(Optional::stream)
          .collect(Collectors.joining("\n\n"));
      preamble = joined.isEmpty() ? preamble : Optional.of(joined);
    }
    return DesignDoc.builder()
        .title(f.<String>one("title"))
        .version(f.<String>optional("version"))
        .authors(f.<String>list("authors"))
        .date(f.<DocDate>optional("date"))
        .status(f.<Status>optional("status"))
        .otherMetadata(f.<MetadataEntry>list("otherMetadata"))
        .frontMatter(f.<String>optional("frontMatter"))
        .preamble(preamble)
        .sections(sections)
        .build();
  }

  private static Section section(Fields f, int part, Prose prose) {
    SectionKind kind = SectionKind.values()[part - 1];
    String items = CONTENT.get(part);
    switch (kind) {
      case OVERVIEW:
        String text = Stream.of(prose.intro, f.<String>optional("overview"), prose.notes).flatMap(Optional::stream)
            .collect(Collectors.joining("\n\n"));
        return Overview.builder().heading(prose.heading).text(text).build();
      case COMPONENTS:
        return Components.builder().heading(prose.heading).intro(prose.intro).items(f.<Component>list(items))
            .notes(prose.notes).build();
      case REQUEST_FLOWS:
        return RequestFlows.builder().heading(prose.heading).intro(prose.intro).items(f.<RequestFlow>list(items))
            .notes(prose.notes).build();
      case API_CONTRACTS:
        return ApiContracts.builder().heading(prose.heading).intro(prose.intro).items(f.<ApiContract>list(items))
            .notes(prose.notes).build();
      case DATA_MODELS:
        return DataModels.builder().heading(prose.heading).intro(prose.intro).items(f.<DataModel>list(items))
            .notes(prose.notes).build();
      case SECURITY_CONSIDERATIONS:
        return SecurityConsiderations.builder().heading(prose.heading).intro(prose.intro)
            .items(f.<String>list(items)).notes(prose.notes).build();
      case PERFORMANCE_CONSIDERATIONS:
        return PerformanceConsiderations.builder().heading(prose.heading).intro(prose.intro)
            .items(f.<String>list(items)).notes(prose.notes).build();
      case TESTING_STRATEGY:
        return TestingStrategy.builder().heading(prose.heading).intro(prose.intro)
            .items(f.<TestingEntry>list(items)).notes(prose.notes).build();
      case ROLLOUT_PLAN:
        return RolloutPlan.builder().heading(prose.heading).intro(prose.intro).items(f.<String>list(items))
            .notes(prose.notes).build();
      case OPEN_ISSUES:
        return OpenIssues.builder().heading(prose.heading).intro(prose.intro).items(f.<OpenIssue>list(items))
            .notes(prose.notes).build();
      case REVISION_HISTORY:
        return RevisionHistory.builder().heading(prose.heading).intro(prose.intro).items(f.<Revision>list(items))
            .notes(prose.notes).build();
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * After a document in format 1 was read: notes that it was, and maps the pointers of its source map
   * to those of the converted sections ({@code /components/0} to {@code /sections/2/items/0}).
   */
  static void converted(JsonInput in, Fields f) {
    in.note(Diagnostic.info(ErrorCodes.FORMAT_1, "the document is in format " + in.version() + ", read as "
        + "format " + FormatVersion.CURRENT + ": its sections in the template's order, each custom section after "
        + "the section it followed; JsonWriter writes format " + FormatVersion.CURRENT,
        f.nameLocation("formatVersion")));
    Map<Integer, Prose> texts = f.<Map<Integer, Prose>>optional("sectionTexts").orElse(Map.of());
    if (texts.containsKey(0) && texts.get(0).heading.isPresent()) {
      in.note(Diagnostic.info(ErrorCodes.FORMAT_1, "the metadata's heading " + JsonInput.quote(texts.get(0).heading
          .get()) + " has no place in format " + FormatVersion.CURRENT + " and is left out; its introduction and "
          + "notes open the preamble", Location.pointer("/sectionTexts/metadata/heading")));
    }
    if (!in.recordsSources()) {
      return;
    }
    List<Integer> layout = layout(f);
    Map<Integer, Integer> partAt = new HashMap<>();
    Map<Integer, Integer> customAt = new HashMap<>();
    for (int i = 0; i < layout.size(); i++) {
      int entry = layout.get(i);
      if (entry < 0) {
        customAt.put(-1 - entry, i);
      } else {
        partAt.put(entry, i);
      }
    }
    in.mapPointers(pointer -> map(pointer, partAt, customAt));
  }

  private static List<String> map(String pointer, Map<Integer, Integer> partAt, Map<Integer, Integer> customAt) {
    String[] steps = pointer.split("/", -1); // "", first, ...
    if (steps.length < 2) {
      return List.of(pointer);
    }
    String first = steps[1];
    String rest = pointer.substring(1 + first.length());
    int part = CONTENT.indexOf(first);
    if (part > 0) {
      String section = "/sections/" + partAt.get(part);
      if (part == 1) {
        return List.of(section + "/text", section);
      }
      return rest.isEmpty() ? List.of(section + "/items", section) : List.of(section + "/items" + rest);
    }
    if (first.equals("customSections")) {
      if (steps.length < 3 || !customAt.containsKey(Integer.valueOf(steps[2]))) {
        return List.of();
      }
      String after = rest.substring(1 + steps[2].length());
      return after.startsWith("/after") ? List.of() : List.of("/sections/" + customAt.get(Integer.valueOf(steps[2]))
          + after);
    }
    if (first.equals("sectionTexts")) {
      int textPart = steps.length < 3 ? -1 : PARTS.indexOf(steps[2]);
      if (textPart < 1 || !partAt.containsKey(textPart)) {
        return List.of();
      }
      String section = "/sections/" + partAt.get(textPart);
      String after = rest.substring(1 + steps[2].length());
      if (textPart == 1 && !after.isEmpty() && !after.equals("/heading")) {
        return List.of(); // an overview's intro and notes are part of its text
      }
      return List.of(section + after);
    }
    return List.of(pointer);
  }
}
