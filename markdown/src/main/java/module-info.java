/**
 * Reads Markdown design documents into the DesignDoc model and writes the model as Markdown that looks
 * like the design document template. Built on commonmark-java.
 */
module io.github.designdoc.markdown {
  requires transitive io.github.designdoc.core;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;

  exports io.github.designdoc.markdown;
}
