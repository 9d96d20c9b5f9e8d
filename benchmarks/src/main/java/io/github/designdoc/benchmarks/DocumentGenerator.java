package io.github.designdoc.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Generates design documents as Markdown, in the template's shape and the corpus's style: metadata,
 * overview paragraphs, components with nested details, numbered request flows, HTTP and JSON contracts
 * in code blocks, data-model tables with JSON schemas, checklists, extra sections and a revision table.
 *
 * <p>The text depends only on the scale and the seed. A document of scale {@code n} has {@code n} times
 * the parts of a scale-1 document (about 10 KB), so the mix of content, and so the work per byte, is the
 * same at every size.
 *
 * <pre>{@code
 * String typical = DocumentGenerator.markdown(InputSize.TYPICAL, DocumentGenerator.DEFAULT_SEED);
 * }</pre>
 */
public final class DocumentGenerator {
  /** The seed of the benchmark inputs. */
  public static final long DEFAULT_SEED = 20260101L;

  private final Prose prose;
  private final int scale;
  private final StringBuilder out;

  private DocumentGenerator(int scale, long seed) {
    this.prose = new Prose(seed);
    this.scale = scale;
    this.out = new StringBuilder(scale * 11_000);
  }

  /**
   * A document of about {@code size.targetBytes()} UTF-8 bytes.
   *
   * @throws NullPointerException if size is null
   */
  public static String markdown(InputSize size, long seed) {
    Objects.requireNonNull(size, "size must not be null");
    int scale = scaleFor(size.targetBytes(), seed);
    String markdown = markdown(scale, seed);
    long length = utf8Length(markdown);
    if (scale > 1 && Math.abs(length - size.targetBytes()) > size.targetBytes() / 50) {
      markdown = markdown((int) Math.round(scale * (double) size.targetBytes() / length), seed);
    }
    return markdown;
  }

  /**
   * A document with {@code scale} times the parts of a typical one.
   *
   * @throws IllegalArgumentException if scale is less than 1
   */
  public static String markdown(int scale, long seed) {
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be at least 1, was " + scale);
    }
    return new DocumentGenerator(scale, seed).document();
  }

  /** The scale whose document comes closest to the target size, from the sizes of scales 1 and 16. */
  static int scaleFor(long targetBytes, long seed) {
    long one = utf8Length(markdown(1, seed));
    double perScale = Math.max(1, (utf8Length(markdown(16, seed)) - one) / 15.0);
    double fixed = one - perScale;
    return (int) Math.max(1, Math.round((targetBytes - fixed) / perScale));
  }

  /**
   * Writes the document of a size, from {@link #DEFAULT_SEED}, to a file as UTF-8: {@code java -cp
   * benchmarks.jar io.github.designdoc.benchmarks.DocumentGenerator TYPICAL doc.md} (used by {@code
   * benchmarks/startup.sh}).
   *
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the size is not one of {@link InputSize}
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: DocumentGenerator TYPICAL|LARGE|HUGE FILE");
      System.exit(2);
    }
    InputSize size = InputSize.valueOf(args[0].toUpperCase(Locale.ROOT));
    Files.writeString(Path.of(args[1]), markdown(size, DEFAULT_SEED), StandardCharsets.UTF_8);
  }

  /** The length of the text in UTF-8 bytes. */
  public static long utf8Length(String text) {
    return Objects.requireNonNull(text, "text must not be null").getBytes(StandardCharsets.UTF_8).length;
  }

  private String document() {
    out.append("# Design Document\n\n## For ").append(prose.name(scale)).append(" Service\n\n");
    out.append("- **Version:** 0.").append(prose.between(1, 9)).append('\n');
    out.append("- **Author:** ").append(prose.person()).append('\n');
    out.append("- **Date:** 2026-0").append(prose.between(1, 9)).append('-').append(prose.between(10, 28)).append('\n');
    out.append("- **Status:** In Review\n");
    out.append("- **Reviewers:** ").append(prose.person()).append(", ").append(prose.person()).append("\n\n---\n\n");
    section("Overview");
    for (int i = 0; i < 2 * scale; i++) {
      out.append(prose.paragraph()).append("\n\n");
    }
    for (int i = 1; i <= scale; i++) {
      section(i == 1 ? "Goals" : "Goals " + i);
      out.append("- ").append(prose.sentence()).append("\n- ").append(prose.sentence()).append("\n\n");
    }
    components();
    flows();
    contracts();
    dataModels();
    bullets("Security Considerations", 4);
    bullets("Performance Considerations", 3);
    testing();
    rollout();
    openIssues();
    for (int i = 1; i <= scale; i++) {
      alternatives(i == 1 ? "Alternatives Considered" : "Alternatives Considered " + i);
    }
    revisions();
    return out.toString();
  }

  private void section(String heading) {
    out.append("## ").append(heading).append("\n\n");
  }

  private void components() {
    section("Components");
    out.append(prose.sentence()).append("\n\n");
    for (int i = 1; i <= 4 * scale; i++) {
      out.append("- **").append(prose.name(i)).append(" (").append(prose.technology()).append('/')
          .append(prose.team()).append(")**");
      if (prose.chance(0.3)) {
        out.append(" (new) to ").append(prose.verb()).append(' ').append(prose.word()).append(" events");
      }
      out.append('\n');
      int details = prose.between(2, 3);
      for (int d = 0; d < details; d++) {
        out.append("  - ").append(prose.sentence()).append('\n');
        if (prose.chance(0.2)) {
          out.append("    - ").append(prose.sentence()).append('\n');
          out.append("    - ").append(prose.sentence()).append('\n');
        }
      }
      out.append('\n');
    }
  }

  private void flows() {
    section("Request Flows");
    for (int i = 1; i <= 2 * scale; i++) {
      out.append("### Flow ").append(i).append(": ").append(prose.name(i)).append(" ").append(prose.word()).append("\n\n");
      if (prose.chance(0.4)) {
        out.append(prose.sentence()).append("\n\n");
      }
      int steps = prose.between(3, 6);
      for (int s = 1; s <= steps; s++) {
        out.append(s).append(". ").append(prose.sentence()).append('\n');
        if (prose.chance(0.15)) {
          out.append("   - **").append(prose.word()).append("**: ").append(prose.sentence()).append('\n');
          out.append("   - **").append(prose.word()).append("**: ").append(prose.sentence()).append('\n');
        }
      }
      out.append('\n');
      if (prose.chance(0.2)) {
        out.append(prose.paragraph()).append("\n\n");
      }
    }
  }

  private void contracts() {
    section("API Contracts");
    out.append(prose.sentence()).append("\n\n");
    for (int i = 1; i <= 3 * scale; i++) {
      out.append("### ").append(prose.name(i)).append(" API\n\n");
      if (i % 3 == 0) {
        out.append("WebSocket message sent to subscribers.\n\n```json\n");
        jsonObject(prose.between(4, 7));
        out.append("```\n\n");
        continue;
      }
      String resource = prose.identifier();
      String method = i % 6 == 1 ? "GET" : i % 6 == 2 ? "POST" : i % 6 == 4 ? "PUT" : "DELETE";
      out.append("```\n").append(method).append(" /api/v1/").append(resource).append("/{id}\n");
      out.append("Headers:\n  Authorization: Bearer <token>\n");
      if (method.equals("POST") || method.equals("PUT")) {
        out.append("  Content-Type: application/json\nBody:\n");
        int fields = prose.between(2, 5);
        for (int f = 0; f < fields; f++) {
          out.append("  ").append(prose.identifier()).append(": ").append(prose.type()).append('\n');
        }
      }
      out.append("\nResponse:\n  200 OK -> { ").append(prose.identifier()).append(", ").append(prose.identifier())
          .append(" }\n  404 Not Found -> unknown ").append(resource).append("\n  4xx/5xx -> error cases\n```\n\n");
    }
  }

  private void dataModels() {
    section("Data Models / Schemas");
    for (int i = 1; i <= 2 * scale; i++) {
      out.append("### ").append(prose.name(i)).append(" Record\n\n");
      if (prose.chance(0.5)) {
        out.append(prose.sentence()).append("\n\n");
      }
      out.append("| Field | Type | Description |\n|-------|------|-------------|\n");
      int rows = prose.between(4, 8);
      for (int r = 0; r < rows; r++) {
        out.append("| ").append(prose.identifier()).append(" | ").append(prose.type()).append(" | ")
            .append(prose.sentence()).append(" |\n");
      }
      out.append('\n');
      if (prose.chance(0.4)) {
        out.append("```json\n");
        jsonObject(prose.between(3, 6));
        out.append("```\n\n");
      }
    }
  }

  private void jsonObject(int fields) {
    out.append("{\n");
    for (int f = 0; f < fields; f++) {
      out.append("  \"").append(prose.identifier()).append("\": ");
      if (prose.chance(0.3)) {
        out.append("{ \"").append(prose.identifier()).append("\": \"").append(prose.type()).append("\" }");
      } else {
        out.append('"').append(prose.type()).append('"');
      }
      out.append(f + 1 < fields ? ",\n" : "\n");
    }
    out.append("}\n");
  }

  private void bullets(String heading, int perScale) {
    section(heading);
    for (int i = 0; i < perScale * scale; i++) {
      out.append("- ").append(prose.sentence()).append('\n');
    }
    out.append('\n');
  }

  private void testing() {
    section("Testing Strategy");
    String[] labels = {"Unit tests", "Integration tests", "Load tests", "Manual QA checklist"};
    for (int i = 0; i < labels.length * scale; i++) {
      out.append("- **").append(labels[i % labels.length]);
      if (i >= labels.length) {
        out.append(' ').append(i / labels.length + 1);
      }
      out.append("**: ").append(prose.sentence()).append('\n');
    }
    out.append('\n');
  }

  private void rollout() {
    section("Rollout Plan");
    for (int i = 1; i <= 3 * scale; i++) {
      out.append(i).append(". Phase ").append(i).append(": ").append(prose.sentence()).append('\n');
    }
    out.append('\n').append(prose.paragraph()).append("\n\n");
  }

  private void openIssues() {
    section("Open Issues");
    for (int i = 0; i < 3 * scale; i++) {
      out.append(prose.chance(0.25) ? "- [x] " : "- [ ] ").append(prose.sentence()).append('\n');
    }
    out.append('\n');
  }

  private void alternatives(String heading) {
    section(heading);
    out.append(prose.paragraph()).append("\n\n");
    if (prose.chance(0.5)) {
      out.append("### ").append(prose.name(1)).append(" option\n\n").append(prose.paragraph()).append("\n\n");
      out.append("- ").append(prose.sentence()).append("\n- ").append(prose.sentence()).append("\n\n");
    }
  }

  private void revisions() {
    out.append("---\n\n");
    section("Revision History");
    out.append("| Date | Author | Changes |\n|------|--------|---------|\n");
    for (int i = 1; i <= 2 * scale; i++) {
      out.append("| 2026-").append(String.format("%02d", 1 + (i % 12))).append('-').append(10 + prose.between(0, 18))
          .append(" | ").append(prose.person()).append(" | ").append(prose.sentence()).append(" |\n");
    }
  }
}
