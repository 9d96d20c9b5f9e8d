package io.github.designdoc.markdown.internal;

import io.github.designdoc.SourceMap;
import io.github.designdoc.TextRange;
import java.util.Arrays;
import org.commonmark.node.Node;

/**
 * Records where each part was read from. The reader works on the input with a byte-order mark removed
 * and line breaks as {@code \n}; ranges are recorded in the input as given, so offsets here are mapped
 * back past the mark and the {@code \r} of each CRLF.
 */
public final class Ranges {
  private final SourceMap.Builder map = SourceMap.builder();
  private final int bom;
  private final int[] removed;
  private final int length;
  private Source src;

  /**
   * @param bom 1 when the input starts with a byte-order mark
   * @param removed the offsets, in the text read, of each {@code \n} whose {@code \r} was removed (ascending)
   */
  public Ranges(int bom, int[] removed, int length) {
    this.bom = bom;
    this.removed = removed;
    this.length = length;
  }

  void source(Source src) {
    this.src = src;
  }

  /** The offset in the input as given of an offset in the text read. */
  public int original(int offset) {
    int i = Arrays.binarySearch(removed, offset);
    int before = i >= 0 ? i : -i - 1;
    return Math.min(length, offset + bom + before);
  }

  /** Records the range {@code [start, end)} of the text read. */
  public void put(String pointer, int start, int end) {
    if (src == null || start < 0 || end < start) {
      return;
    }
    int line = src.lineOf(start);
    int column = start - src.lineStart(line) + 1;
    int from = original(start);
    int to = original(end);
    map.put(pointer, new TextRange(line + 1, column, from, Math.max(0, to - from)));
  }

  /** Records a node's range: from its span's start to the end of its last line. */
  public void put(String pointer, Node node) {
    if (src != null && node != null && !node.getSourceSpans().isEmpty()) {
      put(pointer, Source.spanStart(node), src.end(node));
    }
  }

  /** Records the range from one node's start to another's end. */
  public void put(String pointer, Node first, Node last) {
    if (src != null && first != null && last != null && !first.getSourceSpans().isEmpty()) {
      put(pointer, Source.spanStart(first), src.end(last));
    }
  }

  /** Records the range of these sibling blocks, if any. */
  public void put(String pointer, java.util.List<Node> blocks) {
    if (!blocks.isEmpty()) {
      put(pointer, blocks.get(0), blocks.get(blocks.size() - 1));
    }
  }

  /** Records for {@code to} the range recorded for {@code from}, if any. */
  public void copy(String from, String to) {
    SourceMap partial = map.build();
    partial.range(from).ifPresent(r -> map.put(to, r));
  }

  public SourceMap build() {
    return map.build();
  }
}
