package io.github.designdoc.cli;

import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.ReadResult;
import io.github.designdoc.json.JsonReader;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Reads inputs at each limit of the readers and prints the heap the read needed: not a test, a program
 * to run by hand in a small heap, one input a run (so each peak is its own):
 * {@code java -Xmx256m -cp <test classpath> io.github.designdoc.cli.HeapAtLimits CASE}, where CASE is
 * one of the {@link Case} names. It prints the case, the input's size, what the read gave, the time and
 * the peak heap (the largest heap in use at a collection or at the end, so an upper bound).
 */
public final class HeapAtLimits {
  /** The Markdown input length: the reader's default limit, or {@code -Ddesigndoc.limit=N} characters. */
  private static final int MD_LIMIT = Integer.getInteger("designdoc.limit",
      MarkdownReader.Builder.DEFAULT_MAX_INPUT_LENGTH);
  private static final int CELLS = 1_000_000;

  /** The inputs. */
  enum Case {
    MD_PLAIN_TEXT(() -> fill(head() + "## Overview\n\n", "Plain words of a paragraph line, read as text.\n", MD_LIMIT)),
    MD_UNCLOSED_LINKS(() -> fill(head() + "## Overview\n\n", "[a](", MD_LIMIT)),
    MD_OPEN_ISSUES(() -> fill(head() + "## Open Issues\n\n", "- [ ] Who decides the open question?\n", MD_LIMIT)),
    MD_TABLE_AT_CELL_LIMIT(() -> table(CELLS - 10)),
    MD_TABLE_PAST_CELL_LIMIT(() -> table(CELLS + 10)),
    MD_DEEP_NESTING(() -> fill(head() + "## Overview\n\n", nested(45), MD_LIMIT)),
    MD_PAST_LENGTH_BYTES(() -> fill(head(), "x", 64 * 1024 * 1024)),
    MD_WRITE_AT_LIMIT(() -> fill(head() + "## Open Issues\n\n", "- [ ] Who decides the open question?\n", MD_LIMIT)),
    JSON_AT_DOCUMENT_LIMIT(() -> json(32 * 1024 * 1024)),
    JSON_PAST_DOCUMENT_LIMIT(() -> json(64 * 1024 * 1024)),
    JSON_DEEP_NESTING(() -> "{\"formatVersion\":\"2.0\",\"title\":\"t\",\"x\":" + "[".repeat(31) + "]".repeat(31) + "}");

    final Supplier<String> input;

    Case(Supplier<String> input) {
      this.input = input;
    }
  }

  private HeapAtLimits() {}

  /** Runs the cases named, or every case one after the other (peaks then include the earlier cases). */
  public static void main(String[] args) throws Exception {
    for (String name : args.length == 0 ? names() : args) {
      run(Case.valueOf(name));
    }
  }

  private static String[] names() {
    Case[] all = Case.values();
    String[] names = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      names[i] = all[i].name();
    }
    return names;
  }

  private static void run(Case c) throws Exception {
    String text = c.input.get();
    byte[] bytes = c.name().endsWith("_BYTES") || c.name().startsWith("JSON") ? text.getBytes(StandardCharsets.UTF_8)
        : null;
    int length = text.length();
    if (bytes != null) {
      text = null;
    }
    System.gc();
    resetPeaks();
    long start = System.nanoTime();
    String outcome;
    try {
      outcome = read(c, text, bytes);
    } catch (OutOfMemoryError e) {
      outcome = "OUT OF MEMORY";
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("%-26s %,12d %s  %-60s %,7d ms  peak heap %,5d MB (max %,d MB)%n", c, bytes == null ? length
        : bytes.length, bytes == null ? "chars" : "bytes", outcome, millis, peak() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static String read(Case c, String text, byte[] bytes) throws Exception {
    if (c.name().startsWith("JSON")) {
      try {
        JsonReader.create().read(new ByteArrayInputStream(bytes));
        return "read";
      } catch (DesignDocFormatException e) {
        return "refused: " + e.errors().get(0).code() + " " + abbreviate(e.errors().get(0).message());
      }
    }
    ReadResult read = bytes != null ? MarkdownReader.create().read(new ByteArrayInputStream(bytes))
        : MarkdownReader.create().read(text);
    String outcome = read.document().sections().size() + " sections, " + read.diagnostics().size() + " diagnostics"
        + read.diagnostics().stream().filter(d -> d.severity() == io.github.designdoc.Severity.ERROR).findFirst()
            .map(d -> ", error " + d.code() + " " + abbreviate(d.message())).orElse("");
    if (c == Case.MD_WRITE_AT_LIMIT) {
      outcome += "; formatted " + MarkdownWriter.create().format(text, read).length() + " chars";
    }
    return outcome;
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  private static String head() {
    return "# Design Document\n\n## For Limits\n\n- **Status:** Draft\n\n---\n\n";
  }

  /** {@code head} and then {@code unit} repeated up to {@code length} characters, cut to exactly that. */
  private static String fill(String head, String unit, int length) {
    StringBuilder out = new StringBuilder(length).append(head);
    while (out.length() < length) {
      out.append(unit);
    }
    out.setLength(length);
    return out.toString();
  }

  private static String nested(int depth) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      out.append("  ".repeat(i)).append("- level ").append(i).append('\n');
    }
    return out.append('\n').toString();
  }

  private static String table(int cells) {
    int columns = 10;
    StringBuilder out = new StringBuilder(head()).append("## Data Models\n\n");
    out.append("| name | type | a | b | c | d | e | f | g | description |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|\n");
    int rows = cells / columns - 1;
    for (int r = 0; r < rows; r++) {
      out.append("| field").append(r).append(" | string | a | b | c | d | e | f | g | the field number ").append(r)
          .append(" |\n");
    }
    return out.toString();
  }

  private static String json(int length) {
    StringBuilder out = new StringBuilder(length).append("{\"formatVersion\":\"2.0\",\"title\":\"Limits\",\"sections\":[");
    int body = 8 * 1024 * 1024 - 16;
    int i = 0;
    while (out.length() + body + 200 < length) {
      out.append(i == 0 ? "" : ",").append("{\"kind\":\"custom\",\"heading\":\"Part ").append(i++)
          .append("\",\"body\":\"");
      int end = out.length() + body;
      while (out.length() < end) {
        out.append("words in a body. ");
      }
      out.setLength(end);
      out.append("\"}");
    }
    return out.append("]}").toString();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
