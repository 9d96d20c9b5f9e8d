package io.github.designdoc.json;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.testing.DesignDocArbitraries;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The shared adversarial generator, plus the front matter it leaves out: Markdown blocks as front matter,
 * except those the JSON reader refuses because Markdown cannot hold them as front matter (a line that
 * ends it, a top-level key the Markdown reader would take as a field); {@code JsonFuzzFindingsTest} and
 * the schema-agreement tests check those refusals.
 */
final class GeneratedDocs {
  private static final Pattern REFUSED = Pattern.compile(
      "(?m)^(?:---|\\.\\.\\.)\\s*$|(?im)^[\"']?(?:version|authors?|date|creation-date|created|status)[\"']?[ \\t]*:");

  private GeneratedDocs() {}

  static Arbitrary<DesignDoc> docs() {
    Arbitrary<String> frontMatter = DesignDocArbitraries.markdownBlocks().filter(f -> !REFUSED.matcher(f).find());
    return Combinators.combine(DesignDocArbitraries.designDocs(), frontMatter.optional(0.2))
        .as((doc, front) -> doc.toBuilder().frontMatter(front).build());
  }
}
