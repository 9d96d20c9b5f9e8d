package io.github.designdoc.markdown;

import net.jqwik.api.*;

class ScratchTest {
  @Property(tries = 20000)
  void many(@ForAll("noisy") String md) {
    new NoisyInputTest().anyMarkdownReadsAndWritesToAFixedPoint(md);
  }

  @Provide
  Arbitrary<String> noisy() {
    return new NoisyInputTest().noisyDocs();
  }
}
