package io.github.designdoc.diff;

import io.github.designdoc.ApiContract;
import io.github.designdoc.CodeContract;
import io.github.designdoc.Component;
import io.github.designdoc.CustomSection;
import io.github.designdoc.DataField;
import io.github.designdoc.DataModel;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.HttpContract;
import io.github.designdoc.ItemSection;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.Overview;
import io.github.designdoc.ReadResult;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.Revision;
import io.github.designdoc.Section;
import io.github.designdoc.SourceMap;
import io.github.designdoc.TestingEntry;
import io.github.designdoc.diff.Change.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The changes between two versions of a design document, in the template's terms: metadata changed,
 * sections added, removed or moved, and items (components, flows, endpoints, data models and their
 * fields, open issues, revisions, ...) added, removed, changed or moved; the prose of a section as one
 * change per section.
 *
 * <p>Parts are matched by identity before position: sections by kind and heading, components and flows
 * by name, endpoints by method and path, open issues by text, and so on; what is left is paired by
 * position, so an endpoint whose method changed is one change, and a reordered list gives moves, not
 * removals and additions.
 *
 * <pre>{@code
 * for (Change change : DocDiff.between(reader.read(before), reader.read(after))) {
 *   System.out.println(change.newLine() + ": " + change.summary());   // 4: status changed: Draft -> Approved
 * }
 * }</pre>
 *
 * <p>{@code between(a, a)} is empty, and {@code between(b, a)} holds the {@linkplain Change#mirror()
 * mirror} of each change of {@code between(a, b)}.
 */
public final class DocDiff {
  private final SourceMap oldMap;
  private final SourceMap newMap;
  private final List<Change> changes = new ArrayList<>();

  private DocDiff(SourceMap oldMap, SourceMap newMap) {
    this.oldMap = oldMap;
    this.newMap = newMap;
  }

  /**
   * The changes from {@code older} to {@code newer}, in document order, without lines.
   *
   * @throws NullPointerException if an argument is null
   */
  public static List<Change> between(DesignDoc older, DesignDoc newer) {
    Objects.requireNonNull(older, "older must not be null");
    Objects.requireNonNull(newer, "newer must not be null");
    return new DocDiff(SourceMap.empty(), SourceMap.empty()).run(older, newer);
  }

  /**
   * The changes between two reads, each with the line of its part in each version, from the reads'
   * source maps.
   *
   * @throws NullPointerException if an argument is null
   */
  public static List<Change> between(ReadResult older, ReadResult newer) {
    Objects.requireNonNull(older, "older must not be null");
    Objects.requireNonNull(newer, "newer must not be null");
    return new DocDiff(older.sourceMap(), newer.sourceMap()).run(older.document(), newer.document());
  }

  private List<Change> run(DesignDoc a, DesignDoc b) {
    scalar("title", "/title", Optional.of(a.title()), Optional.of(b.title()));
    scalar("version", "/version", a.version(), b.version());
    list("author", "/authors", "/authors", a.authors(), b.authors(), s -> s, s -> s, (x, y, p, q) -> {});
    scalar("date", "/date", a.date().map(Object::toString), b.date().map(Object::toString));
    scalar("status", "/status", a.status().map(Object::toString), b.status().map(Object::toString));
    list("metadata", "/otherMetadata", "/otherMetadata", a.otherMetadata(), b.otherMetadata(),
        e -> e.key().toLowerCase(Locale.ROOT), MetadataEntry::key, this::metadataEntry);
    prose("front matter", "/frontMatter", a.frontMatter(), b.frontMatter());
    prose("preamble", "/preamble", a.preamble(), b.preamble());
    sections(a.sections(), b.sections());
    return Collections.unmodifiableList(changes);
  }

  // ---- metadata ----------------------------------------------------------------------------------

  private void scalar(String part, String pointer, Optional<String> a, Optional<String> b) {
    if (a.equals(b)) {
      return;
    }
    Kind kind = a.isEmpty() ? Kind.ADDED : b.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
    add(kind, part, "", a.map(x -> pointer), b.map(x -> pointer), a, b);
  }

  private void metadataEntry(MetadataEntry a, MetadataEntry b, String pa, String pb) {
    if (!a.equals(b)) {
      add(Kind.CHANGED, "metadata", same(a.key(), b.key()), Optional.of(pa), Optional.of(pb),
          Optional.of(a.key() + ": " + a.value()), Optional.of(b.key() + ": " + b.value()));
    }
  }

  private void prose(String label, String pointer, Optional<String> a, Optional<String> b) {
    if (a.equals(b)) {
      return;
    }
    Kind kind = a.isEmpty() ? Kind.ADDED : b.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
    add(kind, "prose", label, a.map(x -> pointer), b.map(x -> pointer), a, b);
  }

  // ---- sections ----------------------------------------------------------------------------------

  private void sections(List<Section> a, List<Section> b) {
    Matching m = Matching.of(a, b, s -> s.kind().id() + ":" + s.title().toLowerCase(Locale.ROOT), Section::kind);
    for (int i : m.removed()) {
      add(Kind.REMOVED, "section", a.get(i).title(), Optional.of("/sections/" + i), Optional.empty(),
          Optional.of(a.get(i).title()), Optional.empty());
    }
    for (int[] pair : m.pairs()) {
      Section s = a.get(pair[0]);
      Section t = b.get(pair[1]);
      String pa = "/sections/" + pair[0];
      String pb = "/sections/" + pair[1];
      String label = same(s.title(), t.title());
      if (m.moved(pair)) {
        add(Kind.MOVED, "section", label.isEmpty() ? s.kind().title() : label, Optional.of(pa), Optional.of(pb),
            Optional.of(s.title()), Optional.of(t.title()));
      }
      if (!s.title().equals(t.title())) {
        add(Kind.CHANGED, "section heading", "", Optional.of(pa + "/heading"), Optional.of(pb + "/heading"),
            Optional.of(s.title()), Optional.of(t.title()));
      }
      String proseA = prose(s);
      String proseB = prose(t);
      if (!proseA.equals(proseB)) {
        add(Kind.CHANGED, "prose", label, Optional.of(pa), Optional.of(pb), Optional.of(proseA), Optional.of(proseB));
      }
      if (s instanceof ItemSection<?> x && t instanceof ItemSection<?> y) {
        items(x, y, pa + "/items", pb + "/items");
      }
    }
    for (int j : m.added()) {
      add(Kind.ADDED, "section", b.get(j).title(), Optional.empty(), Optional.of("/sections/" + j),
          Optional.empty(), Optional.of(b.get(j).title()));
    }
  }

  private static String prose(Section s) {
    if (s instanceof Overview o) {
      return o.text();
    } else if (s instanceof CustomSection c) {
      return c.body();
    }
    ItemSection<?> items = (ItemSection<?>) s;
    return items.intro().orElse("") + "\n\n" + items.notes().orElse("");
  }

  @SuppressWarnings("unchecked")
  private void items(ItemSection<?> s, ItemSection<?> t, String pa, String pb) {
    List<Object> a = (List<Object>) s.items();
    List<Object> b = (List<Object>) t.items();
    switch (s.kind()) {
      case COMPONENTS:
        this.<Component>typed("component", pa, pb, a, b, c -> c.name().toLowerCase(Locale.ROOT), Component::name,
            DocDiff::describe);
        break;
      case REQUEST_FLOWS:
        this.<RequestFlow>typed("request flow", pa, pb, a, b, f -> f.name().toLowerCase(Locale.ROOT),
            RequestFlow::name, f -> f.name() + ": " + String.join(" / ", f.steps()));
        break;
      case API_CONTRACTS:
        this.<ApiContract>typed(c -> c instanceof HttpContract ? "endpoint" : "API contract", pa, pb, a, b,
            DocDiff::contractKey, DocDiff::contractLabel, DocDiff::describe);
        break;
      case DATA_MODELS:
        list("data model", pa, pb, (List<DataModel>) (List<?>) a, (List<DataModel>) (List<?>) b,
            m -> m.name().orElse("").toLowerCase(Locale.ROOT), m -> m.name().orElse(""), this::dataModel);
        break;
      case TESTING_STRATEGY:
        this.<TestingEntry>typed("testing entry", pa, pb, a, b, e -> e.label().toLowerCase(Locale.ROOT),
            TestingEntry::label, e -> e.label() + ": " + e.description());
        break;
      case OPEN_ISSUES:
        this.<OpenIssue>typed("open issue", pa, pb, a, b, OpenIssue::text, OpenIssue::text,
            i -> (i.isOpen() ? "open: " : "resolved: ") + i.text());
        break;
      case REVISION_HISTORY:
        this.<Revision>typed("revision", pa, pb, a, b, DocDiff::describe, r -> r.date().map(Object::toString)
            .orElse(r.changes()), DocDiff::describe);
        break;
      case SECURITY_CONSIDERATIONS:
        this.<String>typed("security consideration", pa, pb, a, b, x -> x, x -> x, x -> x);
        break;
      case PERFORMANCE_CONSIDERATIONS:
        this.<String>typed("performance consideration", pa, pb, a, b, x -> x, x -> x, x -> x);
        break;
      default:
        this.<String>typed("rollout phase", pa, pb, a, b, x -> x, x -> x, x -> x);
    }
  }

  /** Items whose change is one change: added, removed, changed (by their text) or moved. */
  private <T> void typed(String part, String pa, String pb, List<Object> a, List<Object> b, Function<T, String> key,
      Function<T, String> label, Function<T, String> text) {
    typed(x -> part, pa, pb, a, b, key, label, text);
  }

  @SuppressWarnings("unchecked")
  private <T> void typed(Function<T, String> part, String pa, String pb, List<Object> a, List<Object> b,
      Function<T, String> key, Function<T, String> label, Function<T, String> text) {
    list(part, pa, pb, (List<T>) a, (List<T>) b, key, label, (x, y, p, q) -> {
      if (!x.equals(y)) {
        String kind = part.apply(x).equals(part.apply(y)) ? part.apply(x) : "API contract";
        add(Kind.CHANGED, kind, same(label.apply(x), label.apply(y)), Optional.of(p), Optional.of(q),
            Optional.of(text.apply(x)), Optional.of(text.apply(y)));
      }
    });
  }

  private void dataModel(DataModel a, DataModel b, String pa, String pb) {
    String name = same(a.name().orElse(""), b.name().orElse(""));
    list("field", pa + "/fields", pb + "/fields", a.fields(), b.fields(), f -> f.name().toLowerCase(Locale.ROOT),
        f -> (name.isEmpty() ? "" : name + ".") + f.name(), (x, y, p, q) -> {
          if (!x.equals(y)) {
            add(Kind.CHANGED, "field", same((name.isEmpty() ? "" : name + ".") + x.name(),
                (name.isEmpty() ? "" : name + ".") + y.name()), Optional.of(p), Optional.of(q),
                Optional.of(describe(x)), Optional.of(describe(y)));
          }
        });
    DataModel restA = a.toBuilder().fields(List.of()).build();
    DataModel restB = b.toBuilder().fields(List.of()).build();
    if (!restA.equals(restB)) {
      add(Kind.CHANGED, "data model", name, Optional.of(pa), Optional.of(pb), Optional.of(describe(restA)),
          Optional.of(describe(restB)));
    }
  }

  /** What to do with a pair of matched items. */
  private interface PairAction<T> {
    void apply(T older, T newer, String olderPointer, String newerPointer);
  }

  private <T> void list(String part, String pa, String pb, List<T> a, List<T> b, Function<T, String> key,
      Function<T, String> label, PairAction<T> pair) {
    list(x -> part, pa, pb, a, b, key, label, pair);
  }

  /** Added, removed and moved items of a list, and {@code pair} for every matched pair. */
  private <T> void list(Function<T, String> part, String pa, String pb, List<T> a, List<T> b,
      Function<T, String> key, Function<T, String> label, PairAction<T> pair) {
    Matching m = Matching.of(a, b, key, x -> "");
    for (int i : m.removed()) {
      add(Kind.REMOVED, part.apply(a.get(i)), label.apply(a.get(i)), Optional.of(pa + "/" + i), Optional.empty(),
          Optional.of(String.valueOf(a.get(i))), Optional.empty());
    }
    for (int[] p : m.pairs()) {
      T x = a.get(p[0]);
      T y = b.get(p[1]);
      if (m.moved(p)) {
        add(Kind.MOVED, part.apply(x).equals(part.apply(y)) ? part.apply(x) : "API contract",
            same(label.apply(x), label.apply(y)), Optional.of(pa + "/" + p[0]),
            Optional.of(pb + "/" + p[1]), Optional.of(String.valueOf(p[0] + 1)), Optional.of(String.valueOf(p[1] + 1)));
      }
      pair.apply(x, y, pa + "/" + p[0], pb + "/" + p[1]);
    }
    for (int j : m.added()) {
      add(Kind.ADDED, part.apply(b.get(j)), label.apply(b.get(j)), Optional.empty(), Optional.of(pb + "/" + j),
          Optional.empty(), Optional.of(String.valueOf(b.get(j))));
    }
  }

  private void add(Kind kind, String part, String label, Optional<String> oldPointer, Optional<String> newPointer,
      Optional<String> oldValue, Optional<String> newValue) {
    int oldLine = oldPointer.flatMap(oldMap::nearest).map(r -> r.line()).orElse(0);
    int newLine = newPointer.flatMap(newMap::nearest).map(r -> r.line()).orElse(0);
    changes.add(new Change(kind, part, label, oldPointer, newPointer, oldValue, newValue, oldLine, newLine));
  }

  /** The label both sides share, or empty when they differ (so a change and its mirror agree). */
  private static String same(String a, String b) {
    return a.equals(b) ? a : "";
  }

  private static String contractKey(ApiContract c) {
    if (c instanceof HttpContract h) {
      return h.method().toUpperCase(Locale.ROOT) + " " + h.path();
    }
    CodeContract code = (CodeContract) c;
    String stated = stated(code);
    return "code:" + code.title().orElse(!stated.isEmpty() ? stated.toUpperCase(Locale.ROOT)
        : code.code().language().orElse("") + ":" + code.code().content().lines().findFirst().orElse(""));
  }

  private static String contractLabel(ApiContract c) {
    if (c instanceof HttpContract h) {
      return h.method() + " " + h.path();
    }
    CodeContract code = (CodeContract) c;
    String stated = stated(code);
    return code.title().orElse(!stated.isEmpty() ? stated : code.code().content().lines().findFirst().orElse(""));
  }

  /** The endpoints ({@code METHOD /path}) and operations a code contract's block states, comma-separated. */
  private static String stated(CodeContract code) {
    List<String> parts = new ArrayList<>();
    code.endpoints().forEach(e -> parts.add(e.method() + " " + e.path()));
    code.operations().forEach(o -> parts.add(o.name()));
    return String.join(", ", parts);
  }

  private static String describe(Component c) {
    return c.name() + c.owner().map(o -> " (" + o + ")").orElse("") + c.summary().map(s -> " " + s).orElse("")
        + (c.details().isEmpty() ? "" : ": " + String.join(" / ", c.details()));
  }

  private static String describe(ApiContract c) {
    if (c instanceof HttpContract h) {
      StringBuilder out = new StringBuilder(h.method()).append(' ').append(h.path());
      h.headers().forEach(x -> out.append(" | ").append(x.name()).append(": ").append(x.value()));
      h.body().ifPresent(x -> out.append(" | body ").append(x));
      h.responses().forEach(r -> out.append(" | ").append(r.status()).append(' ').append(r.description()));
      return out.toString();
    }
    CodeContract code = (CodeContract) c;
    return code.title().map(t -> t + ": ").orElse("") + code.code().content();
  }

  private static String describe(DataModel m) {
    StringBuilder out = new StringBuilder(m.name().orElse("(unnamed)"));
    m.description().ifPresent(d -> out.append(": ").append(d));
    m.schemas().forEach(s -> out.append(" | ").append(s.language().orElse("")).append(' ').append(s.content()));
    return out.toString();
  }

  private static String describe(DataField f) {
    return f.name() + ": " + f.type() + (f.description().isEmpty() ? "" : " - " + f.description());
  }

  private static String describe(Revision r) {
    return r.date().map(Object::toString).orElse("") + " | " + r.author().orElse("") + " | " + r.changes();
  }
}
