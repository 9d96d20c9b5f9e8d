package io.github.designdoc.markdown;

import io.github.designdoc.ApiContract;
import io.github.designdoc.CodeBlock;
import io.github.designdoc.CodeContract;
import io.github.designdoc.DataField;
import io.github.designdoc.DataModel;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.HttpContract;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.SectionText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * Reads the sections made of records under their own headings: request flows ({@code ### Flow N: Name}
 * and numbered steps), API contracts (optional {@code ### Title}, description, fenced block) and data
 * models (optional {@code ### Name}, description, field table, schema blocks).
 */
final class RecordReader {
  static final String UNTITLED_FLOW = "(untitled flow)";
  private static final Pattern FLOW = Pattern.compile("^Flow(?:[ \\t]+\\d+)?[ \\t]*:[ \\t]*(.*)$");

  private final Source src;
  private final Report report;
  private final ShapeReader shapes;
  private final int level;

  RecordReader(Source src, Report report, ShapeReader shapes, int level) {
    this.src = src;
    this.report = report;
    this.shapes = shapes;
    this.level = level;
  }

  private boolean isRecordHeading(Node node) {
    return node instanceof Heading && ((Heading) node).getLevel() == level;
  }

  private String headingText(Node node) {
    return src.headingText((Heading) node);
  }

  private int endMarker(List<Node> blocks) {
    return SectionReader.indexOf(src, blocks, Markers.END);
  }

  private List<Node> after(List<Node> blocks, int index) {
    return index < 0 ? List.of() : blocks.subList(index + 1, blocks.size());
  }

  private List<Node> before(List<Node> blocks, int index) {
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

  // ---------------------------------------------------------------- request flows

  boolean readFlows(List<Node> blocks, DesignDoc.Builder doc, SectionText.Builder text) {
    int end = endMarker(blocks);
    List<Node> region = before(blocks, end);
    int first = 0;
    while (first < region.size() && !isRecordHeading(region.get(first))) {
      first++;
    }
    text.intro(src.text(region.subList(0, first))).notes(src.text(after(blocks, end)));
    boolean any = false;
    int i = first;
    while (i < region.size()) {
      int next = i + 1;
      while (next < region.size() && !isRecordHeading(region.get(next))) {
        next++;
      }
      doc.addRequestFlow(flow(headingText(region.get(i)), region.subList(i + 1, next)));
      any = true;
      i = next;
    }
    return any;
  }

  private RequestFlow flow(String heading, List<Node> body) {
    Matcher m = FLOW.matcher(heading);
    String name = m.matches() && !m.group(1).isBlank() ? m.group(1) : heading.isBlank() ? UNTITLED_FLOW : heading;
    RequestFlow.Builder flow = RequestFlow.builder().name(name);
    int part = SectionReader.indexOf(src, body, Markers.PART);
    List<Node> intro;
    List<Node> steps;
    List<Node> notes;
    if (part >= 0) {
      intro = body.subList(0, part);
      List<Node> rest = body.subList(part + 1, body.size());
      int second = SectionReader.indexOf(src, rest, Markers.PART);
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
    }
    return flow.intro(src.text(intro)).notes(src.text(notes)).build();
  }

  // ---------------------------------------------------------------- API contracts

  boolean readContracts(List<Node> blocks, DesignDoc.Builder doc, SectionText.Builder text) {
    int end = endMarker(blocks);
    List<Node> region = before(blocks, end);
    int begin = SectionReader.indexOf(src, region, Markers.BEGIN);
    List<ApiContract> contracts = new ArrayList<>();
    List<Node> notes;
    if (begin >= 0) {
      text.intro(src.text(region.subList(0, begin)));
      notes = new ArrayList<>();
      for (List<Node> chunk : chunks(region.subList(begin + 1, region.size()))) {
        Optional<ApiContract> contract = chunk.isEmpty() ? Optional.empty() : contract(chunk);
        if (contract.isPresent() && notes.isEmpty()) {
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
      text.intro(src.text(region.subList(0, i)));
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
        contracts.add(contract(region.subList(i, j + 1)).orElseThrow());
        i = j + 1;
      }
      notes = new ArrayList<>(region.subList(i, region.size()));
    }
    untyped(notes);
    text.notes(src.text(concat(notes, after(blocks, end))));
    doc.addAllApiContracts(contracts);
    return !contracts.isEmpty();
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
    report.info(last, Report.CODE_CONTRACT, "API contract kept as a code block: it is not a canonical HTTP contract");
    return Optional.of(CodeContract.builder().title(title).description(description).code(code).build());
  }

  // ---------------------------------------------------------------- data models

  boolean readModels(List<Node> blocks, DesignDoc.Builder doc, SectionText.Builder text) {
    int end = endMarker(blocks);
    List<Node> region = before(blocks, end);
    int begin = SectionReader.indexOf(src, region, Markers.BEGIN);
    List<DataModel> models = new ArrayList<>();
    List<Node> notes = new ArrayList<>();
    if (begin >= 0) {
      text.intro(src.text(region.subList(0, begin)));
      for (List<Node> chunk : chunks(region.subList(begin + 1, region.size()))) {
        Optional<DataModel> model = model(chunk);
        if (model.isPresent() && notes.isEmpty()) {
          models.add(model.get());
        } else {
          notes.addAll(chunk);
        }
      }
    } else {
      notes = naturalModels(region, models, text);
    }
    untyped(notes);
    text.notes(src.text(concat(notes, after(blocks, end))));
    doc.addAllDataModels(models);
    return !models.isEmpty();
  }

  private boolean isTypedModelBlock(Node node) {
    return node instanceof FencedCodeBlock || shapes.fields(node).isPresent();
  }

  /** Models without markers; returns the blocks left for the notes. */
  private List<Node> naturalModels(List<Node> region, List<DataModel> models, SectionText.Builder text) {
    int i = 0;
    while (i < region.size() && !isRecordHeading(region.get(i)) && !isTypedModelBlock(region.get(i))) {
      i++;
    }
    text.intro(src.text(region.subList(0, i)));
    DataModel.Builder current = null;
    boolean typed = false;
    int pending = i; // start of blocks not yet assigned
    for (; i < region.size(); i++) {
      Node block = region.get(i);
      if (isRecordHeading(block)) {
        if (current != null && !typed) {
          current.description(src.text(region.subList(pending, i)));
        } else if (pending < i) {
          return finish(models, current, region.subList(pending, region.size()));
        }
        finish(models, current, List.of());
        current = DataModel.builder().name(headingText(block));
        typed = false;
        pending = i + 1;
      } else if (isTypedModelBlock(block)) {
        Optional<List<DataField>> fields = shapes.fields(block);
        boolean fresh = current != null && !typed;
        if (!fresh && (fields.isPresent() || pending < i || current == null)) {
          finish(models, current, List.of());
          current = DataModel.builder();
        }
        if (pending < i) {
          current.description(src.text(region.subList(pending, i)));
        }
        if (fields.isPresent()) {
          current.fields(fields.get());
        } else {
          current.addSchema(shapes.code(block).orElseThrow());
        }
        typed = true;
        pending = i + 1;
      }
    }
    if (current != null && !typed) {
      current.description(src.text(region.subList(pending, region.size())));
      pending = region.size();
    }
    return finish(models, current, region.subList(pending, region.size()));
  }

  private static List<Node> finish(List<DataModel> models, DataModel.Builder current, List<Node> rest) {
    if (current != null) {
      models.add(current.build());
    }
    return new ArrayList<>(rest);
  }

  /** A model from {@code [### name] description* <!-- part --> [fields] schema*}. */
  private Optional<DataModel> model(List<Node> chunk) {
    int part = SectionReader.indexOf(src, chunk, Markers.PART);
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
    List<Node> typed = chunk.subList(part + 1, chunk.size());
    int k = 0;
    if (k < typed.size() && shapes.fields(typed.get(k)).isPresent()) {
      model.fields(shapes.fields(typed.get(k++)).get());
    }
    for (; k < typed.size(); k++) {
      Optional<CodeBlock> code = shapes.code(typed.get(k));
      if (code.isEmpty()) {
        return Optional.empty();
      }
      model.addSchema(code.get());
    }
    return Optional.of(model.build());
  }
}
