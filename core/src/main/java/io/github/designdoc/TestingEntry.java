package io.github.designdoc;

import io.github.designdoc.internal.Text;
import org.immutables.value.Value;

/**
 * An entry of the testing strategy: a label such as {@code Unit tests}, {@code Integration tests} or
 * {@code Manual QA checklist} (any label is legal) and what it covers.
 */
@Value.Immutable
public abstract class TestingEntry {
  TestingEntry() {}

  /** The label. Single line, not blank. */
  public abstract String label();

  /** What is tested, as Markdown (nested checklists kept); may be empty. */
  public abstract String description();

  /** The entry {@code label: description}. */
  public static TestingEntry of(String label, String description) {
    return new Builder().label(label).description(description).build();
  }

  @Value.Check
  TestingEntry normalize() {
    String label = Text.requiredLine("testing label", label());
    String description = Text.markdown("description of testing entry", label, description());
    return label.equals(label()) && description.equals(description()) ? this : of(label, description);
  }

  static final class Builder extends ImmutableTestingEntry.Builder {}
}
