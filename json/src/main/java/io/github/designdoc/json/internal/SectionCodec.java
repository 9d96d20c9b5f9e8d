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
import io.github.designdoc.Location;
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
import io.github.designdoc.TestingEntry;
import io.github.designdoc.TestingStrategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Sections: {@code {"kind": "components", "heading", "intro", "items": [...], "notes"}},
 * {@code {"kind": "overview", "heading", "text"}} or {@code {"kind": "custom", "heading", "body"}}. The
 * {@code kind} is written first; when read it may stand anywhere before {@code items}, whose shape it
 * decides. No Jackson type handling is involved.
 */
final class SectionCodec implements Codec<Section> {
  /** {@code overview}, ... {@code custom}: {@link SectionKind#id()}. */
  static final Codec<SectionKind> KIND = new Codec<>() {
    @Override
    public void write(JsonGenerator out, SectionKind kind) {
      out.writeString(kind.id());
    }

    @Override
    public SectionKind read(JsonInput in) {
      String id = in.string();
      if (id == null) {
        return null;
      }
      SectionKind kind = byId(id);
      if (kind == null) {
        String message = "unknown section kind " + JsonInput.quote(id) + "; expected one of "
            + String.join(", ", ids());
        kind = in.handledWeirdString(SectionKind.class, id, message);
        if (kind == null) {
          in.error(ErrorCodes.INVALID_VALUE, message);
        }
      }
      return kind;
    }
  };

  private static final Map<SectionKind, ObjectCodec<? extends Section>> CODECS = new EnumMap<>(SectionKind.class);

  static {
    CODECS.put(SectionKind.OVERVIEW, new ObjectCodec<Overview>(Overview.class, "an overview section",
        f -> Overview.builder().heading(f.<String>optional("heading")).text(f.<String>one("text")).build(),
        one("kind", KIND, Section::kind),
        optional("heading", LINE, Section::heading),
        one("text", Scalars.BLOCKS, Overview::text)));
    CODECS.put(SectionKind.COMPONENTS, items(Components.class, "a components section", PartCodecs.COMPONENT,
        f -> Components.builder().heading(f.<String>optional("heading")).intro(f.<String>optional("intro"))
            .items(f.<Component>list("items")).notes(f.<String>optional("notes")).build()));
    CODECS.put(SectionKind.REQUEST_FLOWS, items(RequestFlows.class, "a request flows section", PartCodecs.REQUEST_FLOW,
        f -> RequestFlows.builder().heading(f.<String>optional("heading")).intro(f.<String>optional("intro"))
            .items(f.<RequestFlow>list("items")).notes(f.<String>optional("notes")).build()));
    CODECS.put(SectionKind.API_CONTRACTS, items(ApiContracts.class,
        "an API contracts section", ApiContractCodec.INSTANCE,
        f -> ApiContracts.builder().heading(f.<String>optional("heading")).intro(f.<String>optional("intro"))
            .items(f.<ApiContract>list("items")).notes(f.<String>optional("notes")).build()));
    CODECS.put(SectionKind.DATA_MODELS, items(DataModels.class, "a data models section", PartCodecs.DATA_MODEL,
        f -> DataModels.builder().heading(f.<String>optional("heading")).intro(f.<String>optional("intro"))
            .items(f.<DataModel>list("items")).notes(f.<String>optional("notes")).build()));
    CODECS.put(SectionKind.SECURITY_CONSIDERATIONS, items(SecurityConsiderations.class,
        "a security considerations section", Scalars.ITEM,
        f -> SecurityConsiderations.builder().heading(f.<String>optional("heading"))
            .intro(f.<String>optional("intro")).items(f.<String>list("items")).notes(f.<String>optional("notes"))
            .build()));
    CODECS.put(SectionKind.PERFORMANCE_CONSIDERATIONS, items(PerformanceConsiderations.class,
        "a performance considerations section", Scalars.ITEM,
        f -> PerformanceConsiderations.builder().heading(f.<String>optional("heading"))
            .intro(f.<String>optional("intro")).items(f.<String>list("items")).notes(f.<String>optional("notes"))
            .build()));
    CODECS.put(SectionKind.TESTING_STRATEGY, items(TestingStrategy.class,
        "a testing strategy section", PartCodecs.TESTING_ENTRY,
        f -> TestingStrategy.builder().heading(f.<String>optional("heading")).intro(f.<String>optional("intro"))
            .items(f.<TestingEntry>list("items")).notes(f.<String>optional("notes")).build()));
    CODECS.put(SectionKind.ROLLOUT_PLAN, items(RolloutPlan.class, "a rollout plan section", Scalars.ITEM,
        f -> RolloutPlan.builder().heading(f.<String>optional("heading")).intro(f.<String>optional("intro"))
            .items(f.<String>list("items")).notes(f.<String>optional("notes")).build()));
    CODECS.put(SectionKind.OPEN_ISSUES, items(OpenIssues.class, "an open issues section", PartCodecs.OPEN_ISSUE,
        f -> OpenIssues.builder().heading(f.<String>optional("heading")).intro(f.<String>optional("intro"))
            .items(f.<OpenIssue>list("items")).notes(f.<String>optional("notes")).build()));
    CODECS.put(SectionKind.REVISION_HISTORY, items(RevisionHistory.class,
        "a revision history section", PartCodecs.REVISION,
        f -> RevisionHistory.builder().heading(f.<String>optional("heading")).intro(f.<String>optional("intro"))
            .items(f.<Revision>list("items")).notes(f.<String>optional("notes")).build()));
    CODECS.put(SectionKind.CUSTOM, new ObjectCodec<CustomSection>(CustomSection.class, "a custom section",
        f -> CustomSection.of(f.one("heading"), f.one("body")),
        one("kind", KIND, Section::kind),
        one("heading", REQUIRED_LINE, CustomSection::title),
        one("body", Scalars.BLOCKS, CustomSection::body)));
  }

  /** The codec of every kind of section. */
  static final SectionCodec INSTANCE = new SectionCodec();

  private final Set<String> names = new LinkedHashSet<>();

  /** The property of a name in a section: its kind's, once the kind is read. */
  private final ObjectCodec.Lookup lookup = (in, name, f) -> {
    if (!names.contains(name)) {
      return null;
    }
    SectionKind kind = f.orNull("kind");
    if (name.equals("items")) {
      if (!f.has("kind")) {
        in.error(ErrorCodes.INVALID_VALUE, "a section's \"kind\" must come before its \"items\", whose shape "
            + "it decides", f.nameLocation(name));
        return SKIP;
      }
      if (kind == null) {
        return SKIP; // the kind was reported
      }
    }
    if (kind != null) {
      Property<?> p = CODECS.get(kind).property(name);
      return p != null ? p : SKIP; // reported below as not allowed for the kind
    }
    return anyProperty(name);
  };

  private SectionCodec() {
    for (ObjectCodec<? extends Section> codec : CODECS.values()) {
      names.addAll(codec.names());
    }
  }

  private static <T, S extends io.github.designdoc.ItemSection<T>> ObjectCodec<S> items(Class<S> type, String noun,
      Codec<T> item, java.util.function.Function<Fields, S> build) {
    return new ObjectCodec<>(type, noun, build,
        one("kind", KIND, Section::kind),
        optional("heading", LINE, Section::heading),
        optional("intro", Scalars.BLOCKS, S::intro),
        list("items", item, S::items),
        optional("notes", Scalars.BLOCKS, S::notes));
  }

  private static final SectionKind[] KINDS = SectionKind.values();

  /** The section kind of this id, or {@code null}. */
  static SectionKind byId(String id) {
    for (SectionKind kind : KINDS) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    return null;
  }

  private static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (SectionKind kind : SectionKind.values()) {
      ids.add(kind.id());
    }
    return ids;
  }

  /** The codec of each kind of section, by kind, for the schema's tests. */
  static Map<SectionKind, ObjectCodec<? extends Section>> codecs() {
    return Collections.unmodifiableMap(CODECS);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void write(JsonGenerator out, Section section) {
    ((ObjectCodec<Section>) CODECS.get(section.kind())).write(out, section);
  }

  @Override
  public Section read(JsonInput in) {
    Fields fields = ObjectCodec.readFields(in, Section.class, "a section", lookup, names);
    if (fields == null) {
      return null;
    }
    if (!fields.has("kind")) {
      in.error(ErrorCodes.MISSING_PROPERTY, "a section must have the property \"kind\": one of "
          + String.join(", ", ids()), fields.location());
      return null;
    }
    SectionKind kind = fields.<SectionKind>optional("kind").orElse(null);
    if (kind == null) {
      return null; // reported
    }
    ObjectCodec<? extends Section> codec = CODECS.get(kind);
    for (String name : fields.names()) {
      if (names.contains(name) && codec.property(name) == null) {
        Location at = fields.nameLocation(name);
        if (!in.hasErrorAt(at)) {
          in.error(ErrorCodes.UNKNOWN_PROPERTY, "property " + JsonInput.quote(name) + " is not allowed in "
              + codec.noun() + "; expected one of " + String.join(", ", codec.names()), at);
        }
      }
    }
    return codec.construct(in, fields);
  }

  /** The property of this name in the first kind of section that has it: a heading that may be blank. */
  private static Property<?> anyProperty(String name) {
    for (ObjectCodec<? extends Section> codec : CODECS.values()) {
      Property<?> p = codec.property(name);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /** Reads nothing: for a value already skipped or reported. */
  private static final Property<Object> SKIP = Property.one("", new Codec<Object>() {
    @Override
    public void write(JsonGenerator out, Object value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object read(JsonInput in) {
      in.skip();
      return null;
    }
  }, o -> o);

  /** The codec of one kind of section, as when a user's mapper asks for one. */
  <T extends Section> Codec<T> of(Class<T> type) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator out, T section) {
        SectionCodec.this.write(out, section);
      }

      @Override
      public T read(JsonInput in) {
        Location at = in.location();
        Section section = SectionCodec.this.read(in);
        if (section == null) {
          return null;
        }
        if (!type.isInstance(section)) {
          in.error(ErrorCodes.INVALID_VALUE, "expected a section of kind " + JsonInput.quote(kindOf(type).id())
              + ", found " + JsonInput.quote(section.kind().id()), at);
          return null;
        }
        return type.cast(section);
      }
    };
  }

  private static SectionKind kindOf(Class<? extends Section> type) {
    for (Map.Entry<SectionKind, ObjectCodec<? extends Section>> e : CODECS.entrySet()) {
      if (SECTION_TYPES.get(e.getKey()) == type) {
        return e.getKey();
      }
    }
    throw new IllegalArgumentException("not a section type: " + type);
  }

  /** The model's type of each kind of section. */
  static final Map<SectionKind, Class<? extends Section>> SECTION_TYPES = new EnumMap<>(Map.ofEntries(
      Map.entry(SectionKind.OVERVIEW, Overview.class),
      Map.entry(SectionKind.COMPONENTS, Components.class),
      Map.entry(SectionKind.REQUEST_FLOWS, RequestFlows.class),
      Map.entry(SectionKind.API_CONTRACTS, ApiContracts.class),
      Map.entry(SectionKind.DATA_MODELS, DataModels.class),
      Map.entry(SectionKind.SECURITY_CONSIDERATIONS, SecurityConsiderations.class),
      Map.entry(SectionKind.PERFORMANCE_CONSIDERATIONS, PerformanceConsiderations.class),
      Map.entry(SectionKind.TESTING_STRATEGY, TestingStrategy.class),
      Map.entry(SectionKind.ROLLOUT_PLAN, RolloutPlan.class),
      Map.entry(SectionKind.OPEN_ISSUES, OpenIssues.class),
      Map.entry(SectionKind.REVISION_HISTORY, RevisionHistory.class),
      Map.entry(SectionKind.CUSTOM, CustomSection.class)));
}
