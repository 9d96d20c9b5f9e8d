package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A component involved in the design, with its ownership and what it does.
 *
 * <p>In the template: {@code - **Component A (Technology/Team)**} followed by nested bullets, which are
 * the {@link #details()}.
 */
@Value.Immutable
public abstract class Component {
  Component() {}

  /** The component's name, such as {@code Gateway}. Single line, not blank. */
  public abstract String name();

  /** Who owns it or what it is built with: the template's {@code (Technology/Team)}. */
  public abstract Optional<String> owner();

  /** Inline text after the name on the same line, such as {@code (new) to parse callbacks}. */
  public abstract Optional<String> summary();

  /** Its responsibilities, interfaces and dependencies: one Markdown item each, nested lists kept. */
  public abstract List<String> details();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialized with this value. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  Component normalize() {
    String name = Text.requiredLine("component name", name());
    Optional<String> owner = Text.optionalLine("owner of component", name, owner());
    Optional<String> summary = Text.optionalLine("summary of component", name, summary());
    List<String> details = Text.markdowns("details of component", name, details());
    if (name.equals(name()) && owner.equals(owner()) && summary.equals(summary()) && details.equals(details())) {
      return this;
    }
    return builder().name(name).owner(owner).summary(summary).details(details).build();
  }

  /** Builds a {@link Component}. */
  public static final class Builder extends ImmutableComponent.Builder {
    Builder() {}

    /** Adds a detail: a responsibility, interface or dependency, as Markdown. */
    public Builder detail(String detail) {
      return addDetail(detail);
    }
  }
}
