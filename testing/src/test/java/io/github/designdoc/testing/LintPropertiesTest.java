package io.github.designdoc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.DocDate;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.ReadResult;
import io.github.designdoc.SourceMap;
import io.github.designdoc.Status;
import io.github.designdoc.TextRange;
import io.github.designdoc.lint.Linter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The linter over generated documents: every finding's pointer names a part the document has. */
class LintPropertiesTest {
  private static final Linter LINTER =
      Linter.builder().clock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC)).build();

  @Provide
  Arbitrary<DesignDoc> docs() {
    return DesignDocArbitraries.designDocs();
  }

  @Property(tries = 300)
  void everyFindingPointsAtAPartOfTheDocument(@ForAll("docs") DesignDoc doc) {
    List<Diagnostic> findings = LINTER.lint(doc);
    for (Diagnostic finding : findings) {
      String pointer = finding.location().pointer().orElseThrow(() -> new AssertionError("no pointer: " + finding));
      Object part = resolve(doc, pointer);
      String what = finding + " -> " + part;
      switch (finding.code()) {
        case "missing-section":
          assertTrue(pointer.isEmpty(), what);
          break;
        case "approved-with-open-issues":
          assertTrue(part instanceof OpenIssue issue && issue.isOpen(), what);
          break;
        case "revision-order":
        case "future-date":
          assertTrue(part instanceof DocDate date && date.value().isPresent(), what);
          break;
        case "placeholder":
          assertTrue(part instanceof String || part instanceof DocDate || part instanceof Status, what);
          break;
        default:
          assertTrue(part instanceof String, what);
      }
      Statistics.label("rule").collect(finding.code());
    }
  }

  /** With a range for the title and each section only, every finding has a line, its section's or the title's. */
  @Property(tries = 200)
  void everyFindingOfAReadIsLocated(@ForAll("docs") DesignDoc doc) {
    SourceMap.Builder map = SourceMap.builder().put("/title", new TextRange(1, 1, 0, 1));
    for (int i = 0; i < doc.sections().size(); i++) {
      map.put("/sections/" + i, new TextRange(i + 2, 1, i + 2, 1));
    }
    for (Diagnostic d : LINTER.lint(ReadResult.of(doc, List.of(), map.build()))) {
      String pointer = d.location().pointer().orElseThrow();
      int line = pointer.startsWith("/sections/") ? Integer.parseInt(pointer.split("/")[2]) + 2 : 1;
      assertEquals(line, d.location().line(), d.toString());
    }
  }

  /** The part a JSON pointer names, by the model's accessors; an empty optional or a missing element names nothing. */
  static Object resolve(DesignDoc doc, String pointer) {
    Object at = doc;
    if (pointer.isEmpty()) {
      return at;
    }
    assertTrue(pointer.startsWith("/"), pointer);
    for (String segment : pointer.substring(1).split("/", -1)) {
      if (at instanceof List<?> list) {
        int i = Integer.parseInt(segment);
        assertTrue(i >= 0 && i < list.size(), () -> pointer + ": no element " + segment);
        at = list.get(i);
      } else {
        at = accessor(at, segment, pointer);
      }
      if (at instanceof Optional<?> optional) {
        assertTrue(optional.isPresent(), () -> pointer + ": " + segment + " is empty");
        at = optional.get();
      }
    }
    return at;
  }

  private static Object accessor(Object target, String name, String pointer) {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      try {
        Method method = type.getMethod(name);
        return method.invoke(target);
      } catch (NoSuchMethodException e) {
        break;
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(pointer + ": " + e, e);
      }
    }
    throw new AssertionError(pointer + ": " + target.getClass().getSimpleName() + " has no part " + name);
  }
}
