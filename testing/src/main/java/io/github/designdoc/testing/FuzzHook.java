package io.github.designdoc.testing;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import java.security.SecureRandom;
import java.util.List;
import net.jqwik.api.FixedSeedMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Runs a fuzz property with the tries of {@code -Ddesigndoc.fuzz.tries} (default: the property's own, the
 * CI size) and the seed of {@code -Ddesigndoc.fuzz.seed} (default: a random one, printed before the run so
 * that any run can be replayed). When the property fails, the test class minimizes the shrunk sample and
 * the failure names the minimized input and how to replay it. Shared by the modules' fuzz suites:
 * {@code @AddLifecycleHook(FuzzHook.class)} on the test class.
 */
public final class FuzzHook implements AroundPropertyHook {
  /** The system property for the tries of each fuzz property. */
  public static final String TRIES = "designdoc.fuzz.tries";
  /** The system property for the seed. */
  public static final String SEED = "designdoc.fuzz.seed";
  /** One seed for the whole run, so that one line replays every property. */
  public static final String RUN_SEED = seed();

  /** A test class whose failing samples can be explained (replayed, minimized). */
  public interface Target {
    /** Why the property failed on these parameters: the minimized input and how to replay it. */
    String explain(Method property, List<Object> falsified);
  }

  /** The hook, as jqwik creates it. */
  public FuzzHook() {}

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public boolean appliesTo(Optional<AnnotatedElement> element) {
    return element.map(e -> e instanceof Method).orElse(false);
  }

  private static String seed() {
    String given = System.getProperty(SEED, "").strip();
    return given.isEmpty() ? Long.toString(new SecureRandom().nextLong()) : given;
  }

  /** The tries of each fuzz property: the system property if set, else {@code ciTries}. */
  public static int tries(int ciTries) {
    String given = System.getProperty(TRIES, "").strip();
    return given.isEmpty() ? ciTries : Integer.parseInt(given);
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    int tries = tries(context.attributes().tries().orElse(1000));
    context.attributes().setTries(tries);
    context.attributes().setSeed(RUN_SEED);
    context.attributes().setWhenFixedSeed(FixedSeedMode.ALLOW);
    String name = context.containerClass().getSimpleName() + "." + context.targetMethod().getName();
    String replay = "-D" + SEED + "=" + RUN_SEED + " -D" + TRIES + "=" + tries;
    System.out.println("[fuzz] " + name + ": " + tries + " tries, seed " + RUN_SEED + " (replay: " + replay + ")");
    long start = System.nanoTime();
    PropertyExecutionResult result = property.execute();
    System.out.printf("[fuzz] %s: %s after %d tries in %.1f s%n", name, result.status(), result.countTries(),
        (System.nanoTime() - start) / 1e9);
    if (result.status() != PropertyExecutionResult.Status.FAILED || result.falsifiedParameters().isEmpty()
        || !(context.testInstance() instanceof Target target)) {
      return result;
    }
    String explanation;
    try {
      explanation = target.explain(context.targetMethod(), result.falsifiedParameters().get());
    } catch (RuntimeException | StackOverflowError e) {
      explanation = "(could not minimize: " + e + ")";
    }
    String message = name + " failed; replay with " + replay + "\n" + explanation;
    System.out.println("[fuzz] " + message);
    AssertionError error = new AssertionError(message, result.throwable().orElse(null));
    return result.mapToFailed(error);
  }
}
