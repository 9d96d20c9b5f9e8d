package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.ApiContract;
import io.github.designdoc.ApiContracts;
import io.github.designdoc.DataModel;
import io.github.designdoc.DataModels;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.ItemSection;
import io.github.designdoc.ReadResult;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.RequestFlows;
import io.github.designdoc.Section;
import io.github.designdoc.TextRange;
import io.github.designdoc.testing.DesignDocArbitraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@code rewrite} of request flows, API contracts and data models record by record: a changed record
 * replaces only its own lines, a new one goes after its siblings, a removed one takes only its lines; and
 * whatever the edit, the text reads back as the edited document.
 */
class RecordRewriteTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();
  private static final String MARKER = "<!-- designdoc:";

  enum Op { CHANGE, ADD, REMOVE }

  /** The section's records with one changed, added (at the end) or removed. */
  static Section edit(Section section, Op op, int index, Object record) {
    List<Object> items = new ArrayList<>(((ItemSection<?>) section).items());
    switch (op) {
      case CHANGE -> items.set(index, record);
      case ADD -> items.add(record);
      case REMOVE -> items.remove(index);
    }
    if (section instanceof RequestFlows flows) {
      return flows.toBuilder().items(cast(items, RequestFlow.class)).build();
    } else if (section instanceof ApiContracts contracts) {
      return contracts.toBuilder().items(cast(items, ApiContract.class)).build();
    }
    return ((DataModels) section).toBuilder().items(cast(items, DataModel.class)).build();
  }

  private static <T> List<T> cast(List<Object> items, Class<T> type) {
    List<T> out = new ArrayList<>();
    items.forEach(i -> out.add(type.cast(i)));
    return out;
  }

  static boolean isRecords(Section s) {
    return s instanceof RequestFlows || s instanceof ApiContracts || s instanceof DataModels;
  }

  static DesignDoc with(DesignDoc doc, int index, Section section) {
    List<Section> sections = new ArrayList<>(doc.sections());
    sections.set(index, section);
    return doc.toBuilder().sections(sections).build();
  }

  private static int lineStart(TextRange r) {
    return r.offset() - (r.column() - 1);
  }

  /**
   * Rewrites {@code text} with one record of section {@code k} edited and checks the result reads back as
   * edited; when the section is written without markers and its records are distinct, also that only the
   * record's lines changed. Returns whether locality was checked.
   */
  static boolean check(String text, ReadResult read, int k, Op op, int index, Object record) {
    DesignDoc doc = read.document();
    Section section = doc.sections().get(k);
    DesignDoc edited = with(doc, k, edit(section, op, index, record));
    String out = WRITER.rewrite(text, read, edited);
    assertEquals(edited, READER.read(out).document(), () -> op + " " + index + " rewritten as:\n" + out);
    List<?> items = ((ItemSection<?>) section).items();
    int n = items.size();
    List<TextRange> ranges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Optional<TextRange> range = read.sourceMap().range("/sections/" + k + "/items/" + i);
      if (range.isEmpty()) {
        return false; // a record written as markers only has no lines of its own
      }
      ranges.add(range.get());
    }
    int start = read.sourceMap().range("/sections/" + k).map(TextRange::offset).orElseThrow();
    int end = k + 1 < doc.sections().size()
        ? read.sourceMap().range("/sections/" + (k + 1)).map(TextRange::offset).orElseThrow() : text.length();
    // Locality is promised for records each under a heading of its own in the source: a model named by a
    // caption has no lines that a new sibling's heading could not take over.
    boolean underHeadings = ranges.stream().allMatch(r -> text.startsWith("#", r.offset()));
    if (!underHeadings || text.substring(start, end).contains(MARKER) || new HashSet<>(items).size() < n
        || items.contains(record)
        || n == 0 || !plain(section, record) || !items.stream().allMatch(RecordRewriteTest::headed)
        || (record != null && !headed(record))) {
      return false;
    }
    String where = op + " of record " + index + " of section " + k + ", rewritten as:\n" + out;
    switch (op) {
      case CHANGE -> {
        String prefix = text.substring(0, lineStart(ranges.get(index)));
        String suffix = text.substring(ranges.get(index).end());
        assertTrue(out.startsWith(prefix) && out.endsWith(suffix)
            && out.length() >= prefix.length() + suffix.length(), where);
      }
      case ADD -> {
        int at = ranges.get(n - 1).end();
        assertTrue(out.startsWith(text.substring(0, at)) && out.endsWith(text.substring(at)), where);
      }
      case REMOVE -> {
        String expected = index + 1 < n
            ? text.substring(0, lineStart(ranges.get(index))) + text.substring(lineStart(ranges.get(index + 1)))
            : index > 0 ? text.substring(0, ranges.get(index - 1).end()) + text.substring(ranges.get(index).end())
            : null;
        if (expected == null) {
          return false; // the only record: the section is written anew
        }
        assertEquals(expected, out, where);
      }
    }
    return true;
  }

  /**
   * Whether the record is marked off by its own lines: it starts with a heading (a flow always does; a
   * contract with a title, a model with a name) and ends with typed content (a contract's block, a model's
   * table or schema). One that is not is told from its neighbours only by where it stands (an unnamed model
   * after another reads as part of it), so an edit next to it may need the section written anew.
   */
  static boolean headed(Object record) {
    return record instanceof RequestFlow || (record instanceof ApiContract c && c.title().isPresent())
        || (record instanceof DataModel m && m.name().isPresent() && !(m.fields().isEmpty() && m.schemas().isEmpty()));
  }

  /** Whether the record is written in the plain form, without markers, in a section of its own. */
  static boolean plain(Section section, Object record) {
    if (record == null) {
      return true;
    }
    Section alone = edit(section, Op.ADD, 0, record);
    List<Object> only = List.of(record);
    if (alone instanceof RequestFlows f) {
      alone = f.toBuilder().intro("").notes("").items(cast(new ArrayList<>(only), RequestFlow.class)).build();
    } else if (alone instanceof ApiContracts c) {
      alone = c.toBuilder().intro("").notes("").items(cast(new ArrayList<>(only), ApiContract.class)).build();
    } else {
      alone = ((DataModels) alone).toBuilder().intro("").notes("").items(cast(new ArrayList<>(only), DataModel.class))
          .build();
    }
    return !WRITER.write(DesignDoc.builder().title("T").sections(List.of(alone)).build()).contains(MARKER);
  }

  static Object newRecord(Section section, Random random) {
    Arbitrary<?> records = section instanceof RequestFlows ? DesignDocArbitraries.requestFlows()
        : section instanceof ApiContracts ? DesignDocArbitraries.apiContracts() : DesignDocArbitraries.dataModels();
    return records.generator(10).next(random).value();
  }

  /** A record such as an author adds to a real doc: a named flow, an HTTP endpoint, a model with a field table. */
  static Object authorsRecord(Section section, int n) {
    if (section instanceof RequestFlows) {
      return RequestFlow.builder().name("Added flow " + n).steps(List.of("The client asks.", "The server answers."))
          .build();
    } else if (section instanceof ApiContracts) {
      return io.github.designdoc.HttpContract.builder().title("Added endpoint " + n).method("GET")
          .path("/v1/added/" + n).build();
    }
    return DataModel.builder().name("Added" + n).fields(List.of(io.github.designdoc.DataField.of("id", "string",
        "The key."))).build();
  }

  @Provide
  Arbitrary<DesignDoc> docs() {
    return DesignDocArbitraries.designDocs().filter(d -> d.sections().stream()
        .anyMatch(s -> isRecords(s) && !((ItemSection<?>) s).items().isEmpty()));
  }

  @Provide
  Arbitrary<Object> records() {
    return Arbitraries.oneOf(DesignDocArbitraries.requestFlows(), DesignDocArbitraries.apiContracts(),
        DesignDocArbitraries.dataModels());
  }

  @Property(tries = 300)
  void oneRecordEditChangesOnlyThatRecordsLines(@ForAll("docs") DesignDoc doc, @ForAll Op op,
      @ForAll @IntRange(min = 0, max = 999) int pick, @ForAll long seed) {
    String text = WRITER.write(doc);
    ReadResult read = READER.read(text);
    List<Integer> candidates = new ArrayList<>();
    for (int k = 0; k < read.document().sections().size(); k++) {
      Section s = read.document().sections().get(k);
      if (isRecords(s) && !((ItemSection<?>) s).items().isEmpty()) {
        candidates.add(k);
      }
    }
    Assume.that(!candidates.isEmpty());
    int k = candidates.get(pick % candidates.size());
    Section section = read.document().sections().get(k);
    int index = pick % ((ItemSection<?>) section).items().size();
    Object record = op == Op.REMOVE ? null : newRecord(section, new Random(seed));
    check(text, read, k, op, index, record);
  }

  @Test
  void oneRecordEditOfACorpusDocChangesOnlyThatRecordsLines() throws Exception {
    List<Path> docs = CorpusTest.corpus();
    int checked = 0;
    int edits = 0;
    for (Path path : docs) {
      String text = Files.readString(path);
      ReadResult read = READER.read(text);
      for (int k = 0; k < read.document().sections().size(); k++) {
        Section section = read.document().sections().get(k);
        if (!isRecords(section) || ((ItemSection<?>) section).items().isEmpty()) {
          continue;
        }
        int n = ((ItemSection<?>) section).items().size();
        for (Op op : Op.values()) {
          for (int index : new int[] {0, n / 2, n - 1}) {
            Object record = op == Op.REMOVE ? null : authorsRecord(section, edits);
            edits++;
            if (check(text, read, k, op, index, record)) {
              checked++;
            }
          }
        }
      }
    }
    System.out.println("record edits of corpus docs: " + edits + " read back as edited, " + checked
        + " also checked line by line");
    assertTrue(edits > 0, "no corpus doc has flows, contracts or models");
    // every edit reads back as edited; most are also checked line by line (the rest are sections with
    // markers, equal records or a single record removed)
    assertTrue(checked * 2 > edits, checked + " of " + edits + " edits checked for locality");
  }

  @Property(tries = 1000)
  void randomEditsOfRandomDocumentsReadBackAsEdited(@ForAll("anyDocs") DesignDoc doc, @ForAll long seed) {
    String text = WRITER.write(doc);
    ReadResult read = READER.read(text);
    Random random = new Random(seed);
    DesignDoc edited = read.document();
    for (int e = 0, edits = 1 + random.nextInt(3); e < edits; e++) {
      edited = randomEdit(edited, random);
    }
    DesignDoc expected = edited;
    String out = WRITER.rewrite(text, read, edited);
    assertEquals(expected, READER.read(out).document(), () -> "rewritten as:\n" + out);
  }

  @Provide
  Arbitrary<DesignDoc> anyDocs() {
    return DesignDocArbitraries.designDocs();
  }

  /** One random edit: a record or item changed, added or removed, a section added or removed, metadata. */
  static DesignDoc randomEdit(DesignDoc doc, Random random) {
    List<Section> sections = doc.sections();
    int choice = random.nextInt(10);
    if (choice == 0 || sections.isEmpty()) {
      Section added = DesignDocArbitraries.sections().generator(10).next(random).value();
      List<Section> all = new ArrayList<>(sections);
      all.add(random.nextInt(all.size() + 1), added);
      return doc.toBuilder().sections(all).build();
    }
    if (choice == 1) {
      List<Section> all = new ArrayList<>(sections);
      all.remove(random.nextInt(all.size()));
      return doc.toBuilder().sections(all).build();
    }
    if (choice == 2) {
      return doc.toBuilder().status(Optional.of(DesignDocArbitraries.statuses().generator(10).next(random).value()))
          .build();
    }
    int k = random.nextInt(sections.size());
    Section section = sections.get(k);
    if (isRecords(section)) {
      int n = ((ItemSection<?>) section).items().size();
      Op op = n == 0 ? Op.ADD : Op.values()[random.nextInt(3)];
      return with(doc, k, edit(section, op, n == 0 ? 0 : random.nextInt(n),
          op == Op.REMOVE ? null : newRecord(section, random)));
    }
    if (section instanceof ItemSection<?> items && !items.items().isEmpty()) {
      // another section of the same kind gives the items to mix in
      Section other = DesignDocArbitraries.sections(section.kind()).generator(10).next(random).value();
      List<Object> mixed = new ArrayList<>(items.items());
      List<?> donor = ((ItemSection<?>) other).items();
      if (!donor.isEmpty()) {
        Object item = donor.get(random.nextInt(donor.size()));
        int at = random.nextInt(mixed.size());
        switch (random.nextInt(3)) {
          case 0 -> mixed.set(at, item);
          case 1 -> mixed.add(at + 1, item);
          default -> mixed.remove(at);
        }
        return with(doc, k, withItems(section, mixed));
      }
    }
    return with(doc, k, DesignDocArbitraries.sections(section.kind()).generator(10).next(random).value());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Section withItems(Section section, List<Object> items) {
    try {
      Object builder = section.getClass().getMethod("toBuilder").invoke(section);
      java.lang.reflect.Method set = null;
      for (java.lang.reflect.Method m : builder.getClass().getMethods()) {
        if (m.getName().equals("items") && m.getParameterCount() == 1
            && Iterable.class.isAssignableFrom(m.getParameterTypes()[0])) {
          set = m;
        }
      }
      set.invoke(builder, (Iterable) items);
      return (Section) builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aFlowStepAddedIsOneLineAndANewFlowFollowsItsSiblingsStyle() {
    String doc = "# T\n\n## Request Flows\n\n### Flow 1: Login\n\n1. Ask.\n2. Answer.\n\n### Flow 2: Logout\n\n"
        + "1. Forget.\n\n## Data Models\n\n### User\n\n| Field | Type | Description |\n|-|-|-|\n| id | string | Key |\n";
    ReadResult read = READER.read(doc);
    RequestFlows flows = (RequestFlows) read.document().sections().get(0);
    RequestFlow logout = flows.items().get(1);
    DesignDoc step = with(read.document(), 0, flows.toBuilder().items(List.of(flows.items().get(0),
        RequestFlow.builder().from(logout).addSteps("Close.").build())).build());
    String out = WRITER.rewrite(doc, read, step);
    assertEquals(step, READER.read(out).document());
    assertEquals(List.of(List.of(), List.of("2. Close.")), FormatAndRewriteTest.diff(doc, out));
    DesignDoc added = with(read.document(), 0, flows.toBuilder().addItems(RequestFlow.builder().name("Refresh")
        .addSteps("Renew.").build()).build());
    String more = WRITER.rewrite(doc, read, added);
    assertEquals(added, READER.read(more).document());
    List<List<String>> diff = FormatAndRewriteTest.diff(doc, more);
    assertEquals(List.of(), diff.get(0), more);
    assertEquals(List.of("### Flow 3: Refresh", "1. Renew."), diff.get(1).stream().filter(l -> !l.isEmpty()).toList(),
        more);
    assertEquals(4, diff.get(1).size(), more);
    DataModels models = (DataModels) read.document().sections().get(1);
    DesignDoc model = with(read.document(), 1, models.toBuilder().addItems(DataModel.builder().name("Session")
        .addFields(io.github.designdoc.DataField.of("token", "string", "Secret")).build()).build());
    String withModel = WRITER.rewrite(doc, read, model);
    assertEquals(model, READER.read(withModel).document());
    assertTrue(withModel.startsWith(doc), withModel);
    DesignDoc removed = with(read.document(), 0, flows.toBuilder().items(List.of(logout)).build());
    assertEquals("# T\n\n## Request Flows\n\n### Flow 2: Logout\n\n1. Forget.\n\n" + doc.substring(doc.indexOf("## Data")),
        WRITER.rewrite(doc, read, removed));
  }
}
