package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request flow: a named path through the system as numbered steps.
 *
 * <p>In the template: {@code ### Flow 1: <Flow Name>} followed by a numbered list.
 */
@Value.Immutable
public abstract class RequestFlow {
  RequestFlow() {}

  /** The flow's name, without the {@code Flow N:} prefix. Single line, not blank. */
  public abstract String name();

  /** Markdown between the flow's heading and its steps. */
  public abstract Optional<String> intro();

  /** The steps in order, one Markdown item each (a step may carry nested content). */
  public abstract List<String> steps();

  /** Markdown after the steps. */
  public abstract Optional<String> notes();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialized with this value. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  RequestFlow normalize() {
    String name = Text.requiredLine("request flow name", name());
    Optional<String> intro = Text.optionalMarkdown("intro of request flow", name, intro());
    List<String> steps = Text.markdowns("steps of request flow", name, steps());
    Optional<String> notes = Text.optionalMarkdown("notes of request flow", name, notes());
    if (name.equals(name()) && intro.equals(intro()) && steps.equals(steps()) && notes.equals(notes())) {
      return this;
    }
    return builder().name(name).intro(intro).steps(steps).notes(notes).build();
  }

  /** Builds a {@link RequestFlow}. */
  public static final class Builder extends ImmutableRequestFlow.Builder {
    Builder() {}

    /** Adds the next step, as Markdown. */
    public Builder step(String step) {
      return addStep(step);
    }
  }
}
