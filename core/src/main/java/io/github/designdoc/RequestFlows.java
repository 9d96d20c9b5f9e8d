package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The main user and system flows: the template's {@code ## Request Flows}, one {@code ### Flow N: Name} each.
 */
@Value.Immutable
public abstract non-sealed class RequestFlows implements ItemSection<RequestFlow> {
  RequestFlows() {}

  @Override
  public final SectionKind kind() {
    return SectionKind.REQUEST_FLOWS;
  }

  @Override
  public abstract Optional<String> heading();

  @Override
  public abstract Optional<String> intro();

  /** The flows, in order. */
  @Override
  public abstract List<RequestFlow> items();

  @Override
  public abstract Optional<String> notes();

  /** A section of these items under the template's heading. */
  public static RequestFlows of(List<RequestFlow> items) {
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
  RequestFlows normalize() {
    Optional<String> heading = Text.heading(kind().title(), heading());
    Optional<String> intro = Text.optionalMarkdown("intro of request flows", intro());
    Optional<String> notes = Text.optionalMarkdown("notes of request flows", notes());
    if (heading.equals(heading()) && intro.equals(intro()) && notes.equals(notes())) {
      return this;
    }
    return builder().from(this).heading(heading).intro(intro).notes(notes).build();
  }

  /** Builds a {@link RequestFlows} section. */
  public static final class Builder extends ImmutableRequestFlows.Builder {
    Builder() {}
  }
}
