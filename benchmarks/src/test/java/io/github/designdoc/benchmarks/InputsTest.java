package io.github.designdoc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InputsTest {
  @Test
  void theJsonInputReadsBackToTheSameDocument() {
    Inputs inputs = Inputs.of(InputSize.TYPICAL);
    assertEquals(inputs.document(), Engines.jsonReader().read(inputs.json()));
  }

  @Test
  void theWrittenMarkdownReadsBackToTheSameDocument() {
    Inputs inputs = Inputs.of(InputSize.TYPICAL);
    String written = Engines.markdownWriter().write(inputs.document());
    assertEquals(inputs.document(), Engines.markdownReader().read(written).orThrow());
  }

  @Test
  void theFloorsSeeTheSameInput() {
    Inputs inputs = Inputs.of(InputSize.TYPICAL);
    JsonNode tree = Engines.jsonMapper().readTree(inputs.json());
    assertEquals(inputs.document().sections().size(), tree.path("sections").size());
    assertEquals(inputs.json(), Engines.jacksonTreeWriter().writeValueAsString(tree) + "\n",
        "Jackson writes the tree as the same text as our writer");
    assertTrue(Engines.commonmarkParser().parse(inputs.markdown()).getFirstChild() != null);
  }

  @Test
  void sizesAreCountedInUtf8Bytes() {
    Inputs inputs = Inputs.of(InputSize.TYPICAL);
    assertTrue(inputs.markdown().chars().anyMatch(c -> c > 127), "the generator writes some non-ASCII text");
    assertTrue(inputs.markdownBytes() > inputs.markdown().length());
    assertTrue(inputs.jsonBytes() > 0);
  }

  @Test
  void oneReaderSharedByParallelThreadsGivesWhatItGivesOnOneThread() {
    List<Inputs> inputs = IntStream.rangeClosed(1, 200).mapToObj(seed -> Inputs.of(InputSize.TYPICAL, seed)).toList();
    var markdownReader = Engines.markdownReader();
    var jsonReader = Engines.jsonReader();
    List<DesignDoc> sequential = inputs.stream().map(i -> markdownReader.read(i.markdown()).document()).toList();
    for (int round = 0; round < 3; round++) {
      assertEquals(sequential, inputs.parallelStream().map(i -> markdownReader.read(i.markdown()).document()).toList());
      assertEquals(sequential, inputs.parallelStream().map(i -> jsonReader.read(i.json())).toList());
    }
    assertFalse(sequential.stream().distinct().count() < sequential.size(), "every seed gives another document");
  }
}
