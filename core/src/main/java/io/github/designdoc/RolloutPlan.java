package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rollout plan: the template's {@code ## Rollout Plan}, numbered phases followed by free notes (feature flags, migration steps, compatibility) in {@link #notes()}.
 */
@Value.Immutable
public abstract non-sealed class RolloutPlan implements ItemSection<String> {
  RolloutPlan() {}

  @Override
  public final SectionKind kind() {
    return SectionKind.ROLLOUT_PLAN;
  }

  @Override
  public abstract Optional<String> heading();

  @Override
  public abstract Optional<String> intro();

  /** The phases, in order, one Markdown item each. */
  @Override
  public abstract List<String> items();

  @Override
  public abstract Optional<String> notes();

  /** A section of these items under the template's heading. */
  public static RolloutPlan of(List<String> items) {
    return builder().items(items).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialized with this section. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  RolloutPlan normalize() {
    Optional<String> heading = Text.heading(kind().title(), heading());
    Optional<String> intro = Text.optionalMarkdown("intro of rollout plan", intro());
    List<String> items = Text.markdowns("rollout plan", items());
    Optional<String> notes = Text.optionalMarkdown("notes of rollout plan", notes());
    if (heading.equals(heading()) && intro.equals(intro()) && items.equals(items()) && notes.equals(notes())) {
      return this;
    }
    return builder().from(this).heading(heading).intro(intro).items(items).notes(notes).build();
  }

  /** Builds a {@link RolloutPlan} section. */
  public static final class Builder extends ImmutableRolloutPlan.Builder {
    Builder() {}
  }
}
