package io.github.designdoc.markdown.internal;

import io.github.designdoc.ApiContract;
import io.github.designdoc.ApiContracts;
import io.github.designdoc.CodeBlock;
import io.github.designdoc.CodeContract;
import io.github.designdoc.Component;
import io.github.designdoc.Components;
import io.github.designdoc.DataField;
import io.github.designdoc.DataModel;
import io.github.designdoc.DataModels;
import io.github.designdoc.HttpContract;
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
import io.github.designdoc.internal.SchemaFields;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * Reads a known section's blocks into its {@link Section}: Markdown before the typed content is the
 * introduction, the first run that fits the section's typed shape is typed, and everything from the first
 * block that does not fit is kept as notes, in order. Request flows, API contracts and data models are
 * records under headings one level below the section's. Marker comments written by the writer fix the
 * boundaries where the content alone would be ambiguous.
 */
public final class SectionReader {
  static final String UNTITLED_FLOW = "(untitled flow)";
  private static final Pattern FLOW = Pattern.compile("^Flow(?:[ \\t]+\\d+)?[ \\t]*:[ \\t]*(.*)$");

  private final Source src;
  private final Report report;
  private final ShapeReader shapes;
  private final int level;
  private final Ranges ranges;

  /**
   * @param level the level of record headings (flows, contracts, models): one below the sections'
   * @param ranges where to record ranges, or {@code null}
   */
  public SectionReader(Source src, Report report, int level, Ranges ranges) {
    this.src = src;
    this.report = report;
    this.shapes = new ShapeReader(src);
    this.level = level;
    this.ranges = ranges;
  }

  /** Intro, typed region and notes of a section (or record) body. */
  record Split(List<Node> intro, List<Node> typed, List<Node> notes) {}

  private void mark(String pointer, Node node) {
    if (ranges != null) {
      ranges.put(pointer, node);
    }
  }

  private void mark(String pointer, Node first, Node last) {
    if (ranges != null) {
      ranges.put(pointer, first, last);
    }
  }

  private void mark(String pointer, List<Node> blocks) {
    List<Node> content = new ArrayList<>();
    for (Node n : blocks) {
      if (!src.isMarker(n)) {
        content.add(n);
      }
    }
    if (!content.isEmpty()) {
      mark(pointer, content.get(0), content.get(content.size() - 1));
    }
  }

  private void markLine(String pointer, int line) {
    if (ranges != null) {
      ranges.put(pointer, src.lineStart(line), src.lineEnd(line));
    }
  }

  /**
   * Reads a known section.
   *
   * @param at the section's pointer, such as {@code /sections/2}
   * @throws IllegalArgumentException if a value read is one the model rejects
   */
  public Section read(SectionKind kind, Optional<String> heading, List<Node> blocks, String at) {
    switch (kind) {
      case OVERVIEW:
        mark(at + "/text", blocks);
        return Overview.builder().heading(heading).text(src.text(blocks)).build();
      case REQUEST_FLOWS:
        return flows(heading, blocks, at);
      case API_CONTRACTS:
        return contracts(heading, blocks, at);
      case DATA_MODELS:
        return models(heading, blocks, at);
      default:
        return single(kind, heading, blocks, at);
    }
  }

  static int indexOf(Source src, List<Node> blocks, String marker) {
    for (int i = 0; i < blocks.size(); i++) {
      if (src.isMarker(blocks.get(i), marker)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Splits a body at the section markers, or where the typed shape starts and stops: {@code fits} tells
   * whether a block is typed content; the typed region is at most {@code max} blocks. Notes are reported
   * as untyped content unless {@code notesTyped} (the rollout plan's free notes are part of its shape).
   */
  Split split(List<Node> blocks, Predicate<Node> fits, int max, boolean notesTyped) {
    int end = indexOf(src, blocks, Markers.END);
    List<Node> rest = end >= 0 ? blocks.subList(0, end) : blocks;
    int begin = indexOf(src, rest, Markers.BEGIN);
    int start;
    if (begin >= 0) {
      start = begin + 1;
    } else {
      start = 0;
      while (start < rest.size() && !fits.test(rest.get(start))) {
        start++;
      }
    }
    List<Node> intro = rest.subList(0, begin >= 0 ? begin : start);
    int stop = start;
    while (stop < rest.size() && stop - start < max && fits.test(rest.get(stop))) {
      stop++;
    }
    List<Node> notes = new ArrayList<>(rest.subList(stop, rest.size()));
    if (!notes.isEmpty() && !(notesTyped && stop > start)) {
      report.info(notes.get(0), Report.UNTYPED_CONTENT,
          "content does not fit the section's typed shape; kept as Markdown in the section's notes");
    }
    if (end >= 0) {
      notes.addAll(blocks.subList(end + 1, blocks.size()));
    }
    return new Split(intro, rest.subList(start, stop), notes);
  }

  /**
   * Whether a block is the typed content of a single-shape section; for the kinds typed by {@link
   * ShapeReader}, the value read is kept in {@code typed} so that each block is typed once per section.
   */
  private boolean fits(SectionKind kind, Node block, Map<Node, Optional<? extends List<?>>> typed) {
    switch (kind) {
      case SECURITY_CONSIDERATIONS:
      case PERFORMANCE_CONSIDERATIONS:
        return block instanceof BulletList;
      case ROLLOUT_PLAN:
        return block instanceof OrderedList;
      default:
        return typed.computeIfAbsent(block, b -> shape(kind, b)).isPresent();
    }
  }

  private Optional<? extends List<?>> shape(SectionKind kind, Node block) {
    switch (kind) {
      case COMPONENTS:
        return shapes.components(block);
      case OPEN_ISSUES:
        return shapes.openIssues(block);
      case TESTING_STRATEGY:
        return shapes.testingEntries(block);
      case REVISION_HISTORY:
        return shapes.revisions(block);
      default:
        throw new AssertionError(kind);
    }
  }

  /** The value {@link #fits} read from a block it found to fit. */
  @SuppressWarnings("unchecked")
  private static <T> List<T> typedItems(Map<Node, Optional<? extends List<?>>> typed, Node block) {
    return (List<T>) typed.get(block).orElseThrow();
  }

  private Section single(SectionKind kind, Optional<String> heading, List<Node> blocks, String at) {
    Map<Node, Optional<? extends List<?>>> typed = new IdentityHashMap<>();
    if (kind == SectionKind.OPEN_ISSUES && blocks.stream().noneMatch(b -> fits(kind, b, typed))) {
      Optional<Section> subsections = issueSubsections(heading, blocks, at);
      if (subsections.isEmpty()) {
        subsections = issueParagraphs(heading, blocks, at);
      }
      if (subsections.isPresent()) {
        return subsections.get();
      }
    }
    Split split = split(blocks, b -> fits(kind, b, typed), 1, kind == SectionKind.ROLLOUT_PLAN);
    Optional<String> intro = Optional.of(src.text(split.intro()));
    Optional<String> notes = Optional.of(src.text(split.notes()));
    mark(at + "/intro", split.intro());
    mark(at + "/notes", split.notes());
    Node block = split.typed().isEmpty() ? null : split.typed().get(0);
    if (block != null) {
      if (block instanceof org.commonmark.node.ListBlock) {
        int i = 0;
        for (ListItem item : ShapeReader.items(block)) {
          mark(at + "/items/" + i++, item);
        }
      } else {
        int first = Source.firstLine(block);
        for (int line = first + 2, i = 0; line <= Source.lastLine(block); line++, i++) {
          markLine(at + "/items/" + i, line);
        }
      }
    }
    switch (kind) {
      case COMPONENTS:
        return Components.builder().heading(heading).intro(intro).notes(notes)
            .items(block == null ? List.<Component>of() : SectionReader.<Component>typedItems(typed, block)).build();
      case SECURITY_CONSIDERATIONS:
        return SecurityConsiderations.builder().heading(heading).intro(intro).notes(notes)
            .items(block == null ? List.of() : shapes.itemTexts(block)).build();
      case PERFORMANCE_CONSIDERATIONS:
        return PerformanceConsiderations.builder().heading(heading).intro(intro).notes(notes)
            .items(block == null ? List.of() : shapes.itemTexts(block)).build();
      case TESTING_STRATEGY:
        return TestingStrategy.builder().heading(heading).intro(intro).notes(notes)
            .items(block == null ? List.<TestingEntry>of() : SectionReader.<TestingEntry>typedItems(typed, block)).build();
      case ROLLOUT_PLAN:
        return RolloutPlan.builder().heading(heading).intro(intro).notes(notes)
            .items(block == null ? List.of() : shapes.itemTexts(block)).build();
      case OPEN_ISSUES:
        return OpenIssues.builder().heading(heading).intro(intro).notes(notes)
            .items(block == null ? List.<OpenIssue>of() : SectionReader.<OpenIssue>typedItems(typed, block)).build();
      case REVISION_HISTORY:
        return RevisionHistory.builder().heading(heading).intro(intro).notes(notes)
            .items(block == null ? List.<Revision>of() : SectionReader.<Revision>typedItems(typed, block)).build();
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * Open issues written as subsections, where no list of issues fits: each heading one level below the
   * section's (or the level of the first, when levels are skipped) is an issue, its text the heading's and then the Markdown under it ({@code ### [x] Title}
   * or a heading struck through is resolved). Empty when there is no such heading, when one says there is
   * no issue, or when the writer's markers are there.
   */
  private Optional<Section> issueSubsections(Optional<String> heading, List<Node> blocks, String at) {
    int first = 0;
    while (first < blocks.size() && !(blocks.get(first) instanceof Heading)) {
      first++;
    }
    if (first == blocks.size() || blocks.stream().anyMatch(src::isMarker)) {
      return Optional.empty();
    }
    // the issues' headings: those of the first heading's level (the next level down, or deeper when skipped)
    int depth = ((Heading) blocks.get(first)).getLevel();
    Predicate<Node> issueHeading = b -> b instanceof Heading && ((Heading) b).getLevel() == depth;
    if (blocks.stream().anyMatch(b -> b instanceof Heading && ((Heading) b).getLevel() < depth)) {
      return Optional.empty();
    }
    List<Node> intro = blocks.subList(0, first);
    List<OpenIssue> issues = new ArrayList<>();
    int i = first;
    while (i < blocks.size()) {
      int next = i + 1;
      while (next < blocks.size() && !issueHeading.test(blocks.get(next))) {
        next++;
      }
      String title = headingText(blocks.get(i)).strip();
      if (title.isEmpty() || ShapeReader.saysNone(title)) {
        return Optional.empty();
      }
      OpenIssue.State state = ShapeReader.struck(title) ? OpenIssue.State.RESOLVED : OpenIssue.State.OPEN;
      if (title.length() > 4 && (title.startsWith("[ ] ") || title.startsWith("[x] ") || title.startsWith("[X] "))) {
        state = title.charAt(1) == ' ' ? OpenIssue.State.OPEN : OpenIssue.State.RESOLVED;
        title = title.substring(4).strip();
      }
      List<Node> body = blocks.subList(i + 1, next);
      issues.add(OpenIssue.of(body.isEmpty() ? title : title + "\n\n" + src.text(body), state));
      mark(at + "/items/" + (issues.size() - 1), blocks.get(i), blocks.get(next - 1));
      i = next;
    }
    mark(at + "/intro", intro);
    return Optional.of(OpenIssues.builder().heading(heading).intro(Optional.of(src.text(intro)))
        .notes(Optional.of("")).items(issues).build());
  }

  /** A paragraph that says there is no open issue, or that presents what follows it. */
  private static final Pattern NO_ISSUE = Pattern.compile(
      "(?is)^(?:there (?:are|is) no|no (?:open|unresolved|outstanding|known)|none|n/a|tbd|todo|to be (?:determined|decided))\\b.*|.*:$");

  /**
   * Open issues written as paragraphs, where neither a list nor subsections are: each paragraph is an issue
   * ({@code [x] } before it or struck through: resolved). Empty unless every block is a paragraph, and
   * when one says there is no issue or ends with a colon.
   */
  private Optional<Section> issueParagraphs(Optional<String> heading, List<Node> blocks, String at) {
    if (blocks.isEmpty() || !blocks.stream().allMatch(b -> b instanceof org.commonmark.node.Paragraph)) {
      return Optional.empty();
    }
    List<OpenIssue> issues = new ArrayList<>();
    for (Node block : blocks) {
      String text = src.text(List.of(block)).strip();
      if (src.isMarker(block) || ShapeReader.saysNone(text) || NO_ISSUE.matcher(text).matches()) {
        return Optional.empty();
      }
      OpenIssue.State state = ShapeReader.struck(text) ? OpenIssue.State.RESOLVED : OpenIssue.State.OPEN;
      if (text.length() > 4 && (text.startsWith("[ ] ") || text.startsWith("[x] ") || text.startsWith("[X] "))) {
        state = text.charAt(1) == ' ' ? OpenIssue.State.OPEN : OpenIssue.State.RESOLVED;
        text = text.substring(4).strip();
      }
      mark(at + "/items/" + issues.size(), block);
      issues.add(OpenIssue.of(text, state));
    }
    return Optional.of(OpenIssues.builder().heading(heading).intro(Optional.of("")).notes(Optional.of(""))
        .items(issues).build());
  }

  // ---------------------------------------------------------------- records

  private boolean isRecordHeading(Node node) {
    return node instanceof Heading && ((Heading) node).getLevel() == level;
  }

  private String headingText(Node node) {
    return src.headingText((Heading) node);
  }

  private static List<Node> after(List<Node> blocks, int index) {
    return index < 0 ? List.of() : blocks.subList(index + 1, blocks.size());
  }

  private static List<Node> before(List<Node> blocks, int index) {
    return index < 0 ? blocks : blocks.subList(0, index);
  }

  private void untyped(List<Node> notes) {
    if (!notes.isEmpty()) {
      report.info(notes.get(0), Report.UNTYPED_CONTENT,
          "content does not fit the section's typed shape; kept as Markdown in the section's notes");
    }
  }

  private static List<Node> concat(List<Node> a, List<Node> b) {
    List<Node> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private Section flows(Optional<String> heading, List<Node> blocks, String at) {
    int end = indexOf(src, blocks, Markers.END);
    List<Node> region = before(blocks, end);
    int begin = indexOf(src, region, Markers.BEGIN);
    int first = begin >= 0 ? begin + 1 : 0;
    while (first < region.size() && !(isRecordHeading(region.get(first))
        && (begin >= 0 || isFlow(region, first)))) {
      first++;
    }
    List<Node> intro = region.subList(0, begin >= 0 ? begin : first);
    List<Node> notes = after(blocks, end);
    mark(at + "/intro", intro);
    mark(at + "/notes", notes);
    List<Node> unplaced = begin >= 0 ? region.subList(begin + 1, first) : List.of();
    List<RequestFlow> flows = new ArrayList<>();
    int i = first;
    while (i < region.size()) {
      int next = i + 1;
      while (next < region.size() && !(isRecordHeading(region.get(next)) && isFlow(region, next))) {
        next++; // a heading without steps belongs to the flow before it
      }
      String p = at + "/items/" + flows.size();
      mark(p, region.get(i), region.get(next - 1));
      mark(p + "/name", region.get(i));
      flows.add(flow(headingText(region.get(i)), region.subList(i + 1, next), p));
      i = next;
    }
    List<Node> allNotes = concat(unplaced, notes);
    return RequestFlows.builder().heading(heading).intro(src.text(intro)).items(flows).notes(src.text(allNotes))
        .build();
  }

  /**
   * Whether the record heading at {@code i} opens a flow: its body (up to the next record heading) has
   * numbered steps or the writer's part marker. A heading over prose, bullets or a diagram alone names
   * no flow.
   */
  private boolean isFlow(List<Node> region, int i) {
    for (int j = i + 1; j < region.size() && !isRecordHeading(region.get(j)); j++) {
      if (region.get(j) instanceof OrderedList || src.isMarker(region.get(j), Markers.PART)) {
        return true;
      }
    }
    return false;
  }

  private RequestFlow flow(String heading, List<Node> body, String at) {
    Matcher m = FLOW.matcher(heading);
    String name = m.matches() && !m.group(1).isBlank() ? m.group(1) : heading.isBlank() ? UNTITLED_FLOW : heading;
    RequestFlow.Builder flow = RequestFlow.builder().name(name);
    int part = indexOf(src, body, Markers.PART);
    List<Node> intro;
    List<Node> steps;
    List<Node> notes;
    if (part >= 0) {
      intro = body.subList(0, part);
      List<Node> rest = body.subList(part + 1, body.size());
      int second = indexOf(src, rest, Markers.PART);
      steps = before(rest, second);
      notes = after(rest, second);
      if (!(steps.size() == 1 && steps.get(0) instanceof OrderedList)) {
        notes = concat(steps, notes);
        steps = List.of();
        untyped(notes);
      }
    } else {
      int s = 0;
      while (s < body.size() && !(body.get(s) instanceof OrderedList)) {
        s++;
      }
      intro = body.subList(0, s);
      steps = s < body.size() ? body.subList(s, s + 1) : List.of();
      notes = s < body.size() ? body.subList(s + 1, body.size()) : List.of();
    }
    if (!steps.isEmpty()) {
      flow.steps(shapes.itemTexts(steps.get(0)));
      int k = 0;
      for (ListItem item : ShapeReader.items(steps.get(0))) {
        mark(at + "/steps/" + k++, item);
      }
    }
    mark(at + "/intro", intro);
    mark(at + "/notes", notes);
    return flow.intro(src.text(intro)).notes(src.text(notes)).build();
  }

  private Section contracts(Optional<String> heading, List<Node> blocks, String at) {
    int end = indexOf(src, blocks, Markers.END);
    List<Node> region = before(blocks, end);
    int begin = indexOf(src, region, Markers.BEGIN);
    List<ApiContract> contracts = new ArrayList<>();
    List<Node> notes;
    List<Node> intro;
    if (begin >= 0) {
      intro = region.subList(0, begin);
      notes = new ArrayList<>();
      for (List<Node> chunk : chunks(region.subList(begin + 1, region.size()))) {
        Optional<ApiContract> contract = chunk.isEmpty() ? Optional.empty() : contract(chunk);
        if (contract.isPresent() && notes.isEmpty()) {
          markChunk(at + "/items/" + contracts.size(), chunk);
          contracts.add(contract.get());
        } else {
          notes.addAll(chunk);
        }
      }
    } else {
      int i = 0;
      while (i < region.size() && !isRecordHeading(region.get(i)) && !(region.get(i) instanceof FencedCodeBlock)) {
        i++;
      }
      intro = region.subList(0, i);
      while (i < region.size()) {
        int j = i;
        if (isRecordHeading(region.get(i))) {
          j = i + 1;
          while (j < region.size() && !(region.get(j) instanceof FencedCodeBlock) && !isRecordHeading(region.get(j))) {
            j++;
          }
          if (j == region.size() || !(region.get(j) instanceof FencedCodeBlock)) {
            break;
          }
        } else if (!(region.get(i) instanceof FencedCodeBlock)) {
          break;
        }
        markChunk(at + "/items/" + contracts.size(), region.subList(i, j + 1));
        contracts.add(contract(region.subList(i, j + 1)).orElseThrow());
        i = j + 1;
      }
      notes = new ArrayList<>(region.subList(i, region.size()));
    }
    untyped(notes);
    List<Node> allNotes = concat(notes, after(blocks, end));
    mark(at + "/intro", intro);
    mark(at + "/notes", allNotes);
    return ApiContracts.builder().heading(heading).intro(src.text(intro)).items(contracts)
        .notes(src.text(allNotes)).build();
  }

  private void markChunk(String pointer, List<Node> chunk) {
    mark(pointer, chunk);
    if (!chunk.isEmpty() && isRecordHeading(chunk.get(0)) && chunk.size() > 1) {
      mark(pointer + "/title", chunk.get(0));
    }
  }

  /** Splits at the {@code next} markers. */
  private List<List<Node>> chunks(List<Node> blocks) {
    List<List<Node>> chunks = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= blocks.size(); i++) {
      if (i == blocks.size() || src.isMarker(blocks.get(i), Markers.NEXT)) {
        chunks.add(blocks.subList(start, i));
        start = i + 1;
      }
    }
    return chunks;
  }

  /** A contract from {@code [### title] description* fence}. */
  private Optional<ApiContract> contract(List<Node> chunk) {
    Node last = chunk.get(chunk.size() - 1);
    if (!(last instanceof FencedCodeBlock)) {
      return Optional.empty();
    }
    int from = 0;
    Optional<String> title = Optional.empty();
    if (isRecordHeading(chunk.get(0)) && chunk.size() > 1) {
      title = Optional.of(headingText(chunk.get(0)));
      from = 1;
    }
    int to = chunk.size() - 1;
    boolean forcedCode = to > from && src.isMarker(chunk.get(to - 1), Markers.PART);
    String description = src.text(chunk.subList(from, forcedCode ? to - 1 : to));
    CodeBlock code = shapes.code(last).orElseThrow();
    Optional<HttpContract> http = code.language().isEmpty() && !forcedCode
        ? HttpBlock.parse(code.content()) : Optional.empty();
    if (http.isPresent()) {
      return Optional.of(http.get().toBuilder().title(title).description(description).build());
    }
    CodeContract contract = CodeContract.builder().title(title).description(description).code(code).build();
    if (contract.endpoints().isEmpty() && contract.operations().isEmpty()) {
      report.info(last, Report.CODE_CONTRACT,
          "API contract kept as an untyped code block: it states no endpoint, rpc or command the reader types");
    }
    return Optional.of(contract);
  }

  private Section models(Optional<String> heading, List<Node> blocks, String at) {
    int end = indexOf(src, blocks, Markers.END);
    List<Node> region = before(blocks, end);
    int begin = indexOf(src, region, Markers.BEGIN);
    List<DataModel> models = new ArrayList<>();
    List<Node> notes = new ArrayList<>();
    List<Node> intro;
    if (begin >= 0) {
      intro = region.subList(0, begin);
      for (List<Node> chunk : chunks(region.subList(begin + 1, region.size()))) {
        Optional<DataModel> model = model(chunk);
        if (model.isPresent() && notes.isEmpty()) {
          mark(at + "/items/" + models.size(), chunk);
          markFields(at + "/items/" + models.size(), chunk);
          models.add(model.get());
        } else {
          notes.addAll(chunk);
        }
      }
    } else {
      int i = 0;
      while (i < region.size() && !isRecordHeading(region.get(i)) && !isTypedModelBlock(region.get(i))) {
        i++;
      }
      intro = region.subList(0, i);
      notes = naturalModels(region, i, models, at);
    }
    untyped(notes);
    List<Node> allNotes = concat(notes, after(blocks, end));
    mark(at + "/intro", intro);
    mark(at + "/notes", allNotes);
    return DataModels.builder().heading(heading).intro(src.text(intro)).items(models).notes(src.text(allNotes))
        .build();
  }

  private void markFields(String pointer, List<Node> blocks) {
    for (Node block : blocks) {
      if (isRecordHeading(block)) {
        mark(pointer + "/name", block);
      } else if (shapes.fields(block).isPresent()) {
        int first = Source.firstLine(block);
        for (int line = first + 2, i = 0; line <= Source.lastLine(block); line++, i++) {
          markLine(pointer + "/fields/" + i, line);
        }
        return;
      }
    }
  }

  /** A block that types a model: a field table or a schema block. */
  private boolean isTypedModelBlock(Node node) {
    return shapes.fields(node).isPresent() || isSchemaBlock(node);
  }

  /** A fenced block in a schema language, or without a language and reading as a JSON object. */
  private boolean isSchemaBlock(Node node) {
    Optional<CodeBlock> code = shapes.code(node);
    if (code.isEmpty()) {
      return false;
    }
    if (SchemaFields.isInstance(code.get())) {
      return false;
    }
    String lang = SchemaFields.language(code.get());
    return SchemaFields.LANGUAGES.contains(lang)
        || (lang.isEmpty() && SchemaFields.read(code.get()).map(s -> !s.fields().isEmpty()).orElse(false));
  }

  /** The end of the run of typed blocks from {@code t}: a field table only first, schema blocks after. */
  private int typedRun(List<Node> blocks, int t) {
    int u = t + 1;
    while (u < blocks.size() && isSchemaBlock(blocks.get(u))) {
      u++;
    }
    return u;
  }

  /**
   * Sets a model's fields and schemas from a typed run: the table's fields, else (when {@code derive})
   * the fields the first schema block states. Only a named model derives them, and never a marked one.
   */
  private void typed(DataModel.Builder model, List<Node> run, boolean derive) {
    int k = 0;
    Optional<List<DataField>> table = shapes.fields(run.get(0));
    if (table.isPresent()) {
      model.fields(table.get());
      k = 1;
    }
    boolean derived = table.isPresent() || !derive;
    for (; k < run.size(); k++) {
      CodeBlock code = shapes.code(run.get(k)).orElseThrow();
      model.addSchema(code);
      if (!derived) {
        derived = true;
        SchemaFields.read(code).ifPresent(s -> model.fields(s.fields()));
      }
    }
  }

  private static final Pattern CAPTION_FILLER = Pattern.compile(
      "(?i)^(or|and|then|also|see|use|note|for example|for instance|e\\.g\\.|example|examples|such as|like|as follows|here|the following|below|"
          + "this|these|it|we|for|an example|sample|output|input|response|request)\\b.*");

  /** A caption paragraph before an unnamed model: one short line ending with a colon. */
  private Optional<String> caption(Node block) {
    if (!(block instanceof org.commonmark.node.Paragraph) || Source.firstLine(block) != Source.lastLine(block)) {
      return Optional.empty();
    }
    String text = src.text(List.of(block)).strip();
    if (!text.endsWith(":")) {
      return Optional.empty();
    }
    String name = text.substring(0, text.length() - 1).strip();
    if (name.isEmpty() || name.split("\\s+").length > 10 || name.matches(".*[.;!?`*_\\[\\]<>|].*")
        || CAPTION_FILLER.matcher(name).matches()) {
      return Optional.empty();
    }
    return Optional.of(name);
  }

  /** Models without markers, from index {@code i}; returns the blocks left for the notes. */
  private List<Node> naturalModels(List<Node> region, int i, List<DataModel> models, String at) {
    if (i > 0 && i < region.size() && !isRecordHeading(region.get(i)) && caption(region.get(i - 1)).isPresent()) {
      i--;
    }
    int pending = i;
    while (i < region.size()) {
      if (isRecordHeading(region.get(i))) {
        int j = i + 1;
        while (j < region.size() && !isRecordHeading(region.get(j))) {
          j++;
        }
        List<Node> body = region.subList(i + 1, j);
        int t = 0;
        while (t < body.size() && !isTypedModelBlock(body.get(t))) {
          t++;
        }
        boolean examples = body.subList(0, t).stream().anyMatch(b -> b instanceof FencedCodeBlock);
        if (t == body.size() || examples) { // no schema, or one after other code: the heading names no model
          return new ArrayList<>(region.subList(i, region.size()));
        }
        int u = typedRun(body, t);
        DataModel.Builder model = DataModel.builder().name(headingText(region.get(i)))
            .description(src.text(body.subList(0, t)));
        typed(model, body.subList(t, u), true);
        model.notes(src.text(body.subList(u, body.size())));
        add(models, model, region.subList(i, j), at);
        i = j;
        pending = j;
      } else if (isTypedModelBlock(region.get(i))) {
        int u = typedRun(region, i);
        DataModel.Builder model = DataModel.builder();
        List<Node> description = region.subList(pending, i);
        Optional<String> caption = description.size() == 1 ? caption(description.get(0)) : Optional.empty();
        caption.ifPresent(model::name);
        model.description(src.text(description));
        // an unnamed block is an example payload: only a named one states the model's fields
        typed(model, region.subList(i, u), caption.isPresent());
        int next = u;
        while (next < region.size() && !isRecordHeading(region.get(next)) && !isTypedModelBlock(region.get(next))) {
          next++;
        }
        int end = u;
        if (next < region.size() && isRecordHeading(region.get(next))) {
          model.notes(src.text(region.subList(u, next)));
          end = next;
        }
        add(models, model, region.subList(pending, end), at);
        pending = end;
        i = next;
        if (next == region.size()) {
          break;
        }
      } else {
        i++;
      }
    }
    return new ArrayList<>(region.subList(pending, region.size()));
  }

  private void add(List<DataModel> models, DataModel.Builder model, List<Node> blocks, String at) {
    String p = at + "/items/" + models.size();
    mark(p, blocks);
    markFields(p, blocks);
    models.add(model.build());
  }

  /** A model from {@code [### name] description* <!-- part --> [fields] schema* [<!-- part --> notes]}. */
  private Optional<DataModel> model(List<Node> chunk) {
    int part = indexOf(src, chunk, Markers.PART);
    if (part < 0) {
      return Optional.empty();
    }
    DataModel.Builder model = DataModel.builder();
    int from = 0;
    if (!chunk.isEmpty() && isRecordHeading(chunk.get(0)) && part > 0) {
      model.name(headingText(chunk.get(0)));
      from = 1;
    }
    model.description(src.text(chunk.subList(from, part)));
    List<Node> rest = chunk.subList(part + 1, chunk.size());
    int second = indexOf(src, rest, Markers.PART);
    List<Node> typed = before(rest, second);
    model.notes(src.text(after(rest, second)));
    for (int k = shapes.fields(typed.isEmpty() ? null : typed.get(0)).isPresent() ? 1 : 0; k < typed.size(); k++) {
      if (shapes.code(typed.get(k)).isEmpty()) {
        return Optional.empty();
      }
    }
    if (!typed.isEmpty()) {
      typed(model, typed, false); // marked models are the writer's: their fields are the table's only
    }
    return Optional.of(model.build());
  }
}
