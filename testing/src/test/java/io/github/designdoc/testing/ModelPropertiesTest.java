package io.github.designdoc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.designdoc.DesignDoc;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the model over the adversarial generator. They live here because core cannot depend on the generator. */
class ModelPropertiesTest {

  @Provide
  Arbitrary<DesignDoc> docs() {
    return DesignDocArbitraries.designDocs();
  }

  @Property(tries = 1000)
  void toBuilderRoundTrips(@ForAll("docs") DesignDoc doc) {
    DesignDoc copy = doc.toBuilder().build();
    assertEquals(doc, copy);
    assertEquals(doc.hashCode(), copy.hashCode());
    assertEquals(doc.toString(), copy.toString());
  }

  @Property(tries = 1000)
  void normalizationIsIdempotent(@ForAll("docs") DesignDoc doc) {
    DesignDoc renormalized = DesignDoc.builder()
        .from(doc)
        .title(" \t" + doc.title() + "\n")
        .overview(doc.overview().map(o -> "\r\n  \n" + o.replace("\n", "\r\n") + "\n\n  "))
        .build();
    assertEquals(doc, renormalized);
  }

  @Property(tries = 500)
  void equalityFollowsContent(@ForAll("docs") DesignDoc a, @ForAll("docs") DesignDoc b) {
    if (a.equals(b)) {
      assertEquals(a.hashCode(), b.hashCode());
    }
    DesignDoc retitled = a.toBuilder().title(a.title() + " v2").build();
    assertNotEquals(a, retitled);
    assertEquals(a, retitled.toBuilder().title(a.title()).build());
  }
}
