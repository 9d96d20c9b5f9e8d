package io.github.designdoc.markdown;

import io.github.designdoc.Component;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.Revision;
import io.github.designdoc.SectionKind;
import io.github.designdoc.SectionText;
import io.github.designdoc.TestingEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * Reads a known section's blocks: Markdown before the typed content is the introduction, the first run
 * that fits the section's typed shape is typed, and everything from the first block that does not fit is
 * kept as notes, in order. Marker comments written by {@link MarkdownWriter} fix the boundaries where
 * the content alone would be ambiguous.
 */
final class SectionReader {
  private final Source src;
  private final Report report;
  private final ShapeReader shapes;
  private final RecordReader records;

  SectionReader(Source src, Report report, int recordLevel) {
    this.src = src;
    this.report = report;
    this.shapes = new ShapeReader(src);
    this.records = new RecordReader(src, report, shapes, recordLevel);
  }

  /** Intro, typed region and notes of a section (or record) body. */
  record Split(List<Node> intro, List<Node> typed, List<Node> notes) {}

  /** Reads the section into the builder. */
  void read(SectionKind kind, Optional<String> heading, List<Node> blocks, DesignDoc.Builder doc) {
    SectionText.Builder text = SectionText.builder().heading(heading);
    boolean typed;
    switch (kind) {
      case OVERVIEW:
        typed = readOverview(blocks, doc, text);
        break;
      case REQUEST_FLOWS:
        typed = records.readFlows(blocks, doc, text);
        break;
      case API_CONTRACTS:
        typed = records.readContracts(blocks, doc, text);
        break;
      case DATA_MODELS:
        typed = records.readModels(blocks, doc, text);
        break;
      default:
        typed = readSingle(kind, blocks, doc, text);
    }
    SectionText sectionText = text.build();
    if (!typed || !sectionText.isEmpty()) {
      doc.putSectionText(kind, sectionText);
    }
  }

  /** Copies one section's parts, read into a document of their own, to the document being read. */
  static void copy(DesignDoc from, SectionKind kind, DesignDoc.Builder to) {
    switch (kind) {
      case OVERVIEW:
        to.overview(from.overview());
        break;
      case COMPONENTS:
        to.addAllComponents(from.components());
        break;
      case REQUEST_FLOWS:
        to.addAllRequestFlows(from.requestFlows());
        break;
      case API_CONTRACTS:
        to.addAllApiContracts(from.apiContracts());
        break;
      case DATA_MODELS:
        to.addAllDataModels(from.dataModels());
        break;
      case SECURITY:
        to.addAllSecurityConsiderations(from.securityConsiderations());
        break;
      case PERFORMANCE:
        to.addAllPerformanceConsiderations(from.performanceConsiderations());
        break;
      case TESTING_STRATEGY:
        to.addAllTestingStrategy(from.testingStrategy());
        break;
      case ROLLOUT_PLAN:
        to.addAllRolloutPhases(from.rolloutPhases());
        break;
      case OPEN_ISSUES:
        to.addAllOpenIssues(from.openIssues());
        break;
      case REVISION_HISTORY:
        to.addAllRevisions(from.revisions());
        break;
      default:
        throw new AssertionError(kind);
    }
    from.sectionText(kind).ifPresent(t -> to.putSectionText(kind, t));
    if (!from.hasSection(kind)) {
      to.putSectionText(kind, SectionText.builder().build()); // present, though empty
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

  private boolean readOverview(List<Node> blocks, DesignDoc.Builder doc, SectionText.Builder text) {
    int end = indexOf(src, blocks, Markers.END);
    List<Node> rest = end >= 0 ? blocks.subList(0, end) : blocks;
    int begin = indexOf(src, rest, Markers.BEGIN);
    List<Node> overview = begin >= 0 ? rest.subList(begin + 1, rest.size()) : rest;
    if (begin >= 0) {
      text.intro(src.text(rest.subList(0, begin)));
    }
    if (end >= 0) {
      text.notes(src.text(blocks.subList(end + 1, blocks.size())));
    }
    doc.overview(src.text(overview));
    return !src.text(overview).isBlank();
  }

  /**
   * Splits a body at the section markers, or where the typed shape starts and stops: {@code fits} tells
   * whether a block is typed content; the typed region is at most {@code max} blocks. Notes are reported
   * as untyped content unless {@code notesTyped} (the rollout plan's free notes are part of its shape).
   */
  Split split(List<Node> blocks, java.util.function.Predicate<Node> fits, int max, boolean notesTyped) {
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

  private boolean readSingle(SectionKind kind, List<Node> blocks, DesignDoc.Builder doc, SectionText.Builder text) {
    Split split = split(blocks, b -> fits(kind, b), 1, kind == SectionKind.ROLLOUT_PLAN);
    text.intro(src.text(split.intro())).notes(src.text(split.notes()));
    if (split.typed().isEmpty()) {
      return false;
    }
    Node block = split.typed().get(0);
    switch (kind) {
      case COMPONENTS:
        doc.addAllComponents(shapes.components(block).orElseThrow());
        break;
      case SECURITY:
        doc.addAllSecurityConsiderations(shapes.itemTexts(block));
        break;
      case PERFORMANCE:
        doc.addAllPerformanceConsiderations(shapes.itemTexts(block));
        break;
      case TESTING_STRATEGY:
        doc.addAllTestingStrategy(shapes.testingEntries(block).orElseThrow());
        break;
      case ROLLOUT_PLAN:
        doc.addAllRolloutPhases(shapes.itemTexts(block));
        break;
      case OPEN_ISSUES:
        doc.addAllOpenIssues(shapes.openIssues(block));
        break;
      case REVISION_HISTORY:
        doc.addAllRevisions(shapes.revisions(block).orElseThrow());
        break;
      default:
        throw new AssertionError(kind);
    }
    return true;
  }

  private boolean fits(SectionKind kind, Node block) {
    switch (kind) {
      case COMPONENTS:
        return shapes.components(block).map(List<Component>::size).isPresent();
      case SECURITY:
      case PERFORMANCE:
      case OPEN_ISSUES:
        return block instanceof BulletList;
      case TESTING_STRATEGY:
        return shapes.testingEntries(block).map(List<TestingEntry>::size).isPresent();
      case ROLLOUT_PLAN:
        return block instanceof OrderedList;
      case REVISION_HISTORY:
        return shapes.revisions(block).map(List<Revision>::size).isPresent();
      default:
        throw new AssertionError(kind);
    }
  }
}
