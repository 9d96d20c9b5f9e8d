package io.github.designdoc.json.fuzz;

import io.github.designdoc.testing.FuzzHook;
import io.github.designdoc.testing.Minimizer;
import io.github.designdoc.json.fuzz.JsonChecks.Failure;
import io.github.designdoc.json.fuzz.JsonChecks.Family;
import io.github.designdoc.json.fuzz.JsonMutator.Edit;
import io.github.designdoc.json.fuzz.JsonMutator.Op;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Disabled;

/**
 * Mutation fuzzing of the JSON reader (issue 16): mutants of what the JSON writer writes for the template and
 * the corpus ({@code -Ddesigndoc.corpus}). The reader throws nothing but located format errors, and what it
 * accepts the Markdown writer writes so that it reads back equal. {@code -Ddesigndoc.fuzz.tries} and
 * {@code -Ddesigndoc.fuzz.seed} as for the Markdown fuzz suite.
 */
@AddLifecycleHook(FuzzHook.class)
class JsonFuzzTest implements FuzzHook.Target {
  static final int CI_TRIES = 1500;

  @Property(tries = CI_TRIES)
  void readerThrowsOnlyLocatedFormatErrors(@ForAll("seeds") int seed, @ForAll("edits") List<Edit> edits) {
    check(Family.READ, seed, edits);
  }

  @Property(tries = CI_TRIES)
  void acceptedDocumentsAreWrittenAsMarkdownThatReadsBackEqual(@ForAll("seeds") int seed,
      @ForAll("edits") List<Edit> edits) {
    check(Family.MARKDOWN, seed, edits);
  }

  @Provide
  Arbitrary<Integer> seeds() {
    return Arbitraries.integers().between(0, JsonFuzzSeeds.all().size() - 1);
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(Op.class), Arbitraries.integers().between(0, 1 << 20),
        Arbitraries.integers().between(0, 1 << 16)).as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(3);
  }

  private static void check(Family family, int seed, List<Edit> edits) {
    JsonMutant m = JsonMutator.apply(JsonFuzzSeeds.all().get(seed).json(), edits);
    Optional<Failure> failure = JsonChecks.run(family, m);
    if (failure.isPresent()) {
      throw new AssertionError("mutant of " + JsonFuzzSeeds.all().get(seed) + " by " + edits + ": "
          + failure.get().describe(), failure.get().cause());
    }
  }

  private static Family family(Method property) {
    return property.getName().startsWith("reader") ? Family.READ : Family.MARKDOWN;
  }

  @Override
  public String explain(Method property, List<Object> falsified) {
    int seed = (Integer) falsified.get(0);
    @SuppressWarnings("unchecked")
    List<Edit> edits = (List<Edit>) falsified.get(1);
    return explain(family(property), JsonMutator.apply(JsonFuzzSeeds.all().get(seed).json(), edits),
        "mutant of " + JsonFuzzSeeds.all().get(seed) + " by " + edits);
  }

  static String explain(Family family, JsonMutant m, String origin) {
    Optional<Failure> first = JsonChecks.run(family, m);
    if (first.isEmpty()) {
      return origin + " did not fail again (not deterministic?)";
    }
    Failure failure = first.get();
    Minimizer minimizer = new Minimizer(3_000);
    JsonMutant min = m.isBytes()
        ? JsonMutant.ofBytes(minimizer.minimize(m.bytes(),
            b -> failure.sameKind(JsonChecks.run(family, JsonMutant.ofBytes(b)).orElse(null))))
        : JsonMutant.ofText(minimizer.minimize(m.text(),
            t -> failure.sameKind(JsonChecks.run(family, JsonMutant.ofText(t)).orElse(null))));
    Failure minFailure = JsonChecks.run(family, min).orElse(failure);
    return origin + "\n  fails " + failure.check() + "\n  minimized (" + minimizer.runs() + " runs, " + min.length()
        + (min.isBytes() ? " bytes): " : " chars): ") + min.show() + "\n  on it: " + minFailure.describe();
  }
}
