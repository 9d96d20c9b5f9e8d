package io.github.designdoc;

import io.github.designdoc.internal.Text;
import org.immutables.value.Value;

/**
 * An open issue: an unresolved question, a dependency or deferred work. In the template a task item
 * ({@code - [ ]} open, {@code - [x]} resolved); a plain item such as {@code None.} is {@link State#PLAIN}.
 */
@Value.Immutable
public abstract class OpenIssue {
  OpenIssue() {}

  /** Whether an issue is tracked and resolved. */
  public enum State {
    /** Not resolved yet: {@code - [ ]}. */
    OPEN,
    /** Resolved: {@code - [x]}. */
    RESOLVED,
    /** A plain item without a checkbox, such as {@code None.} */
    PLAIN
  }

  /** The issue, as Markdown; may be empty. */
  public abstract String text();

  /** Whether it is open, resolved or a plain item. */
  public abstract State state();

  /** Whether this issue is still open. */
  public boolean isOpen() {
    return state() == State.OPEN;
  }

  /** An unresolved issue. */
  public static OpenIssue open(String text) {
    return of(text, State.OPEN);
  }

  /** A resolved issue. */
  public static OpenIssue resolved(String text) {
    return of(text, State.RESOLVED);
  }

  /** An issue in the given state. */
  public static OpenIssue of(String text, State state) {
    return new Builder().text(text).state(state).build();
  }

  @Value.Check
  OpenIssue normalize() {
    String text = Text.markdown("open issue", text());
    return text.equals(text()) ? this : of(text, state());
  }

  static final class Builder extends ImmutableOpenIssue.Builder {}
}
