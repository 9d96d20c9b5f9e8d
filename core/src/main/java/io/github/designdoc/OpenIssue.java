package io.github.designdoc;

import io.github.designdoc.internal.Text;
import org.immutables.value.Value;

/**
 * An open issue: an unresolved question, a dependency or deferred work, open or resolved. In the template
 * a task item: {@code - [ ]} open, {@code - [x]} resolved; a plain item is open.
 */
@Value.Immutable
public abstract class OpenIssue {
  OpenIssue() {}

  /** Whether an issue is resolved. */
  public enum State {
    /** Not resolved yet: {@code - [ ]}, or a plain item. */
    OPEN,
    /** Resolved: {@code - [x]}. */
    RESOLVED
  }

  /** The issue, as Markdown; may be empty. */
  public abstract String text();

  /** Whether it is open or resolved. */
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

  /** This issue in the given state. */
  public OpenIssue withState(State state) {
    return of(text(), state);
  }

  @Value.Check
  OpenIssue normalize() {
    String text = Text.markdown("open issue", text());
    return text.equals(text()) ? this : of(text, state());
  }

  static final class Builder extends ImmutableOpenIssue.Builder {}
}
