package io.github.designdoc.json;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.testing.DesignDocArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The shared adversarial generator, plus the front matter it leaves out. */
final class GeneratedDocs {
  private GeneratedDocs() {}

  static Arbitrary<DesignDoc> docs() {
    return Combinators.combine(DesignDocArbitraries.designDocs(), DesignDocArbitraries.markdownBlocks().optional(0.2))
        .as((doc, frontMatter) -> doc.toBuilder().frontMatter(frontMatter).build());
  }
}
