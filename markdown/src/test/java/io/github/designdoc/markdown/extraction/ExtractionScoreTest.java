package io.github.designdoc.markdown.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DataModel;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.Operation;
import io.github.designdoc.ReadResult;
import io.github.designdoc.markdown.MarkdownReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Scores what the reader types in real design docs against careful hand-made extractions
 * ({@code src/test/resources/extractions/*.json}, one per corpus doc, each with the judgement calls
 * its writer made in {@code notes}), written before anyone looked at the reader's output: precision,
 * recall and F1 per kind of part, over the corpus named by the system property {@code designdoc.corpus}.
 *
 * <p>Matching is by normalized text (inline Markdown marks, case, surrounding blanks and a trailing
 * colon ignored): a title, status or date is right when it equals the expected one; authors, section
 * roles (heading and template part), components, flows (name and number of steps), data models (by
 * name), their fields and open issues (first line and whether resolved) are compared as multisets;
 * endpoints ({@code METHOD /path}, host and query dropped) and other contracts ({@code rpc Name}, a
 * command without its arguments, a call or message name) as sets per document; revision rows by count.
 */
class ExtractionScoreTest {
  /** Kinds whose scores gate the build, with the floors they must reach (F1, precision). */
  static final Map<String, double[]> FLOORS = new LinkedHashMap<>();

  static {
    // Floors: what the reader reaches today (F1, precision), so that no change makes it worse. Issue 12
    // raises every kind to F1 0.95 and precision 0.98.
    FLOORS.put("title", new double[] {0.99, 0.99});
    FLOORS.put("status", new double[] {0.99, 0.99});
    FLOORS.put("date", new double[] {0.99, 0.99});
    // An author entry with words after the contact is kept whole, so that writing keeps them (26-cilium).
    FLOORS.put("authors", new double[] {0.99, 0.99});
    FLOORS.put("roles", new double[] {0.99, 0.99});
    FLOORS.put("components", new double[] {0.99, 0.99});
    FLOORS.put("flows", new double[] {0.99, 0.99});
    FLOORS.put("endpoints", new double[] {0.99, 0.99});
    FLOORS.put("otherContracts", new double[] {0.99, 0.99});
    FLOORS.put("dataModels", new double[] {0.98, 0.99});
    FLOORS.put("dataModelFields", new double[] {0.96, 0.99});
    FLOORS.put("openIssues", new double[] {0.95, 0.99});
    FLOORS.put("revisionRows", new double[] {0.99, 0.99});
  }

  /** True, false and missed positives of one kind of part. */
  static final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    double precision() {
      int found = truePositives + falsePositives;
      return found == 0 ? 1 : truePositives / (double) found;
    }

    double recall() {
      int expected = truePositives + falseNegatives;
      return expected == 0 ? 1 : truePositives / (double) expected;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Map<String, Score> scores = new LinkedHashMap<>();
  private final StringBuilder misses = new StringBuilder();

  @Test
  void theReaderFindsWhatACarefulReaderFinds() throws IOException {
    String folder = System.getProperty("designdoc.corpus", "");
    Assumptions.assumeTrue(!folder.isBlank() && Files.isDirectory(Path.of(folder)),
        "designdoc.corpus not set: extraction scores skipped");
    MarkdownReader reader = MarkdownReader.create();
    int documents = 0;
    for (String name : expectedNames()) {
      Path doc = Path.of(folder, name.replace(".json", ".md"));
      if (!Files.exists(doc)) {
        continue;
      }
      documents++;
      score(name, expected(name), reader.read(doc));
    }
    assertTrue(documents > 0, "no corpus document has an expected extraction");
    StringBuilder table = new StringBuilder(String.format("%-16s %5s %5s %5s %9s %7s %6s%n", "part", "tp", "fp", "fn",
        "precision", "recall", "f1"));
    List<String> below = new ArrayList<>();
    scores.forEach((kind, s) -> {
      table.append(String.format(Locale.ROOT, "%-16s %5d %5d %5d %9.2f %7.2f %6.2f%n", kind, s.truePositives,
          s.falsePositives, s.falseNegatives, s.precision(), s.recall(), s.f1()));
      double[] floor = FLOORS.get(kind);
      if (floor != null && (s.f1() < floor[0] || s.precision() < floor[1])) {
        below.add(kind);
      }
    });
    System.out.println("Extraction scores over " + documents + " documents:\n" + table);
    System.out.println("Misses (- expected but not found, + found but not expected):\n" + misses);
    assertEquals(List.of(), below, "kinds below their floors");
  }

  private static List<String> expectedNames() throws IOException {
    try (InputStream in = ExtractionScoreTest.class.getResourceAsStream("/extractions/index.txt")) {
      Objects.requireNonNull(in, "extractions/index.txt is missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> expected(String name) throws IOException {
    try (InputStream in = ExtractionScoreTest.class.getResourceAsStream("/extractions/" + name)) {
      Objects.requireNonNull(in, name + " is missing");
      // YAML 1.2 is a superset of JSON: the YAML library the reader uses parses the expectations too.
      return (Map<String, Object>) new Load(LoadSettings.builder().build())
          .loadFromString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @SuppressWarnings("unchecked")
  private void score(String name, Map<String, Object> e, ReadResult read) {
    DesignDoc doc = read.document();
    boolean untitled = read.diagnostics().stream().anyMatch(d -> d.code().equals("MD005"));
    one(name, "title", (String) e.get("title"), untitled ? null : doc.title());
    one(name, "status", (String) e.get("status"), doc.status().map(Object::toString).orElse(null));
    one(name, "date", (String) e.get("date"), doc.date().map(Object::toString).orElse(null));
    many(name, "authors", (List<String>) e.get("authors"), doc.authors());
    List<String> roles = new ArrayList<>();
    for (Map<String, Object> r : (List<Map<String, Object>>) e.get("roles")) {
      roles.add(norm((String) r.get("heading")) + " -> " + r.get("part"));
    }
    many(name, "roles", roles, doc.sections().stream().map(s -> norm(s.title()) + " -> " + s.kind().id()).toList());
    many(name, "components", (List<String>) e.get("components"), doc.components().stream().map(c -> c.name()).toList());
    List<String> flows = new ArrayList<>();
    for (Map<String, Object> f : (List<Map<String, Object>>) e.get("flows")) {
      flows.add(norm((String) f.get("name")) + " #" + f.get("steps"));
    }
    many(name, "flows", flows, doc.requestFlows().stream().map(f -> norm(f.name()) + " #" + f.steps().size()).toList());
    // Endpoints and other contracts are what the document states (DesignDoc.endpoints() and operations():
    // typed contracts, the typed view of code blocks, prose and tables), each counted once per document, as an index
    // of the doc lists it: the same endpoint stated twice, or a command with two argument forms, is one.
    Set<String> endpoints = new LinkedHashSet<>();
    doc.endpoints().forEach(h -> endpoints.add(endpoint(h.method(), h.path())));
    Set<String> others = new LinkedHashSet<>();
    doc.operations().forEach(o -> others.add(norm((o.kind() == Operation.Kind.RPC ? "rpc " : "") + o.name())));
    many(name, "endpoints", ((List<String>) e.get("endpoints")).stream().map(x -> {
      int space = x.indexOf(' ');
      return endpoint(x.substring(0, Math.max(space, 0)), x.substring(space + 1));
    }).toList(), List.copyOf(endpoints));
    many(name, "otherContracts", (List<String>) e.get("otherContracts"), List.copyOf(others));
    List<String> models = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    for (Map<String, Object> m : (List<Map<String, Object>>) e.get("dataModels")) {
      String model = m.get("name") == null ? "?" : (String) m.get("name");
      if (m.get("name") != null) {
        models.add(model);
      }
      ((List<String>) m.get("fields")).forEach(f -> fields.add(norm(model) + "." + norm(f)));
    }
    List<String> actualModels = new ArrayList<>();
    List<String> actualFields = new ArrayList<>();
    for (DataModel m : doc.dataModels()) {
      m.name().ifPresent(actualModels::add);
      m.fields().forEach(f -> actualFields.add(norm(m.name().orElse("?")) + "." + norm(f.name())));
    }
    many(name, "dataModels", models, actualModels);
    many(name, "dataModelFields", fields, actualFields);
    List<String> issues = new ArrayList<>();
    for (Map<String, Object> i : (List<Map<String, Object>>) e.get("openIssues")) {
      issues.add(norm(firstLine((String) i.get("text"))) + (Boolean.TRUE.equals(i.get("resolved")) ? " [x]" : " [ ]"));
    }
    many(name, "openIssues", issues, doc.openIssues().stream()
        .map(i -> norm(firstLine(i.text())) + (i.state() == OpenIssue.State.RESOLVED ? " [x]" : " [ ]")).toList());
    int rows = ((Number) e.get("revisionRows")).intValue();
    int found = doc.revisions().size();
    Score s = scores.computeIfAbsent("revisionRows", k -> new Score());
    s.truePositives += Math.min(rows, found);
    s.falsePositives += Math.max(0, found - rows);
    s.falseNegatives += Math.max(0, rows - found);
    if (rows != found) {
      misses.append(name).append(" revisionRows: expected ").append(rows).append(", found ").append(found).append('\n');
    }
  }

  private void one(String doc, String kind, String expected, String actual) {
    many(doc, kind, expected == null ? List.of() : List.of(expected), actual == null ? List.of() : List.of(actual));
  }

  private void many(String doc, String kind, List<String> expected, List<String> actual) {
    Score s = scores.computeIfAbsent(kind, k -> new Score());
    Map<String, Integer> left = new HashMap<>();
    expected.forEach(x -> left.merge(norm(x), 1, Integer::sum));
    for (String a : actual) {
      String key = norm(a);
      Integer n = left.get(key);
      if (n != null && n > 0) {
        left.put(key, n - 1);
        s.truePositives++;
      } else {
        s.falsePositives++;
        misses.append(doc).append(' ').append(kind).append(" + ").append(key).append('\n');
      }
    }
    left.forEach((key, n) -> {
      s.falseNegatives += n;
      for (int i = 0; i < n; i++) {
        misses.append(doc).append(' ').append(kind).append(" - ").append(key).append('\n');
      }
    });
  }

  private static String endpoint(String method, String path) {
    String p = path.strip();
    int scheme = p.indexOf("://");
    if (scheme >= 0) {
      int slash = p.indexOf('/', scheme + 3);
      p = slash >= 0 ? p.substring(slash) : "/";
    }
    int query = p.indexOf('?');
    if (query >= 0) {
      p = p.substring(0, query);
    }
    return method.strip().toUpperCase(Locale.ROOT) + " " + p;
  }

  private static String firstLine(String text) {
    return text.strip().lines().findFirst().orElse("");
  }

  /** Text with inline Markdown marks, case, runs of blanks and a trailing colon ignored. */
  static String norm(String text) {
    String t = text.replace("**", "").replace("__", "").replace("`", "").replace("~~", "");
    t = t.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("\\s+", " ").strip();
    if (t.endsWith(":")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t.toLowerCase(Locale.ROOT);
  }
}
