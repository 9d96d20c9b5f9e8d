/**
 * The DesignDoc model: an immutable {@link io.github.designdoc.DesignDoc} of every part of the design
 * document template, its fluent builder, reading diagnostics and the lint rules.
 *
 * <p>This module has no runtime dependencies. The Markdown and JSON formats live in their own modules.
 */
module io.github.designdoc.core {
  requires static org.immutables.value;

  exports io.github.designdoc;
  exports io.github.designdoc.diff;
  exports io.github.designdoc.index;
  exports io.github.designdoc.lint;
  exports io.github.designdoc.internal to io.github.designdoc.markdown;
}
