package io.github.designdoc.markdown.fuzz;

import io.github.designdoc.testing.FuzzHook;
import io.github.designdoc.testing.Minimizer;
import io.github.designdoc.markdown.fuzz.MarkdownChecks.Failure;
import io.github.designdoc.markdown.fuzz.MarkdownChecks.Family;
import io.github.designdoc.markdown.fuzz.MarkdownMutator.Edit;
import io.github.designdoc.markdown.fuzz.MarkdownMutator.Op;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Mutation fuzzing of the Markdown reader and writer (issue 16): mutants of the template, the bad inputs and
 * the corpus ({@code -Ddesigndoc.corpus}), each property one family of {@link MarkdownChecks}. The tries
 * here are the CI size; {@code -Ddesigndoc.fuzz.tries=20000} sets them for a release run, and
 * {@code -Ddesigndoc.fuzz.seed=N} replays a run (every run prints its seed first). {@code write} writes
 * the template's look, so its words check lets it replace what the template spells its own way (the key
 * of a metadata field it fills, a flow's number, a prefix before the title) and nothing else; {@code
 * format} must keep every word as written ({@link MarkdownChecks#forgiveTemplateForms}).
 */
@AddLifecycleHook(FuzzHook.class)
class MarkdownFuzzTest implements FuzzHook.Target {
  /** The family of checks a property runs. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface Checks {
    Family value();
  }

  static final int CI_TRIES = 600;

  @Property(tries = CI_TRIES)
  @Checks(Family.READ)
  void lenientReadNeverThrows(@ForAll("seeds") int seed, @ForAll("edits") List<Edit> edits) {
    check(Family.READ, seed, edits);
  }

  @Property(tries = CI_TRIES)
  @Checks(Family.WRITE)
  void writeOfReadSucceedsReadsBackEqualAndIsAFixedPoint(@ForAll("seeds") int seed,
      @ForAll("edits") List<Edit> edits) {
    check(Family.WRITE, seed, edits);
  }

  @Property(tries = CI_TRIES)
  @Checks(Family.WRITE_WORDS)
  void writeOfReadLosesNoRenderedWord(@ForAll("seeds") int seed, @ForAll("edits") List<Edit> edits) {
    check(Family.WRITE_WORDS, seed, edits);
  }

  @Property(tries = CI_TRIES)
  @Checks(Family.FORMAT)
  void formatSucceedsReadsBackEqualKeepsHeadingsAndIsAFixedPoint(@ForAll("seeds") int seed,
      @ForAll("edits") List<Edit> edits) {
    check(Family.FORMAT, seed, edits);
  }

  @Property(tries = CI_TRIES)
  @Checks(Family.FORMAT_WORDS)
  void formatLosesNoRenderedWord(@ForAll("seeds") int seed, @ForAll("edits") List<Edit> edits) {
    check(Family.FORMAT_WORDS, seed, edits);
  }

  @Property(tries = CI_TRIES)
  @Checks(Family.REWRITE)
  void rewriteWithTheReadDocumentGivesTheInputBack(@ForAll("seeds") int seed, @ForAll("edits") List<Edit> edits) {
    check(Family.REWRITE, seed, edits);
  }

  @Provide
  Arbitrary<Integer> seeds() {
    return Arbitraries.integers().between(0, FuzzSeeds.all().size() - 1);
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    return edits(4);
  }

  /** Lists of 1 to {@code max} edits: any operator, any place, any variant. */
  static Arbitrary<List<Edit>> edits(int max) {
    Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(Op.class),
        Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 1 << 16)).as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(max);
  }

  private static void check(Family family, int seed, List<Edit> edits) {
    Mutant m = MarkdownMutator.apply(FuzzSeeds.all().get(seed).text(), edits);
    Optional<Failure> failure = MarkdownChecks.run(family, m);
    if (failure.isPresent()) {
      throw failure.get().toError("mutant of " + FuzzSeeds.all().get(seed) + " by " + edits + ": ");
    }
  }

  @Override
  public String explain(Method property, List<Object> falsified) {
    Family family = property.getAnnotation(Checks.class).value();
    int seed = (Integer) falsified.get(0);
    @SuppressWarnings("unchecked")
    List<Edit> edits = (List<Edit>) falsified.get(1);
    Mutant m = MarkdownMutator.apply(FuzzSeeds.all().get(seed).text(), edits);
    return explain(family, m, "mutant of " + FuzzSeeds.all().get(seed) + " by " + edits);
  }

  /** The failure of the family on the mutant and its minimized input, for a report. */
  static String explain(Family family, Mutant m, String origin) {
    Optional<Failure> first = MarkdownChecks.run(family, m);
    if (first.isEmpty()) {
      return origin + " did not fail again (not deterministic?)";
    }
    Failure failure = first.get();
    Minimizer minimizer = new Minimizer(3_000);
    Mutant min;
    if (m.isBytes()) {
      byte[] bytes = minimizer.minimize(m.bytes(), b -> failure.sameKind(
          MarkdownChecks.run(family, Mutant.ofBytes(b, List.of())).orElse(null)));
      min = Mutant.ofBytes(bytes, List.of());
    } else {
      String text = minimizer.minimize(m.text(), t -> failure.sameKind(
          MarkdownChecks.run(family, Mutant.ofText(t, List.of())).orElse(null)));
      min = Mutant.ofText(text, List.of());
    }
    Failure minFailure = MarkdownChecks.run(family, min).orElse(failure);
    return origin + "\n  fails " + failure.check() + "\n  minimized (" + minimizer.runs() + " runs, "
        + min.text().getBytes(StandardCharsets.UTF_8).length + " bytes): " + min.show()
        + "\n  on it: " + minFailure.describe();
  }
}
