package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A block of code or schema with its language, such as a JSON schema or a protobuf message.
 *
 * <p>The content is kept verbatim; only line endings become {@code \n} and trailing line breaks are
 * removed.
 */
@Value.Immutable
public abstract class CodeBlock {
  CodeBlock() {}

  /** The language or info string, such as {@code json}; empty when none is given. */
  public abstract Optional<String> language();

  /** The code, verbatim. */
  public abstract String content();

  /** A block without a language. */
  public static CodeBlock of(String content) {
    return new Builder().content(content).build();
  }

  /** A block in the given language. */
  public static CodeBlock of(String language, String content) {
    return new Builder().language(language).content(content).build();
  }

  @Value.Check
  CodeBlock normalize() {
    Optional<String> language = Text.optionalLine("code block language", language());
    String content = code(content());
    if (language.equals(language()) && content.equals(content())) {
      return this;
    }
    return new Builder().language(language).content(content).build();
  }

  static String code(String value) {
    Objects.requireNonNull(value, "code block content must not be null");
    String text = value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
    }
    return text.substring(0, end);
  }

  static final class Builder extends ImmutableCodeBlock.Builder {}
}
