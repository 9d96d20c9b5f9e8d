/**
 * Reads Markdown design documents into the DesignDoc model, with a source map, and writes the model as
 * Markdown: in the template's look, as a faithful format of the text read, or as a minimal-diff
 * rewrite. Built on commonmark-java and snakeyaml-engine.
 */
module io.github.designdoc.markdown {
  requires transitive io.github.designdoc.core;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires org.snakeyaml.engine;

  exports io.github.designdoc.markdown;
}
