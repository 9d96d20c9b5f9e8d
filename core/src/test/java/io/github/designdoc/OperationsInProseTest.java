package io.github.designdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Operations a custom section names outside code blocks: hooks under a hooks heading, calls named in prose. */
class OperationsInProseTest {
  private static List<String> calls(String body) {
    DesignDoc doc = DesignDoc.builder().title("T").section(CustomSection.of("Design", body)).build();
    return doc.operations().stream().map(o -> o.kind() + " " + o.name()).toList();
  }

  @Test
  void eachPascalCaseHeadingUnderAHooksHeadingIsAHook() {
    assertEquals(List.of("CALL BeforeNodeDrain", "CALL AfterNodeDrain"),
        calls("### Lifecycle hooks\n\n#### BeforeNodeDrain (new hook)\n\nCalled first.\n\n"
            + "##### Request\n\nA body.\n\n#### `AfterNodeDrain`\n\nCalled last.\n"));
  }

  @Test
  void pascalCaseHeadingsUnderOtherHeadingsAreNoHooks() {
    assertEquals(List.of(), calls("### Components\n\n#### ControlPlane\n\nRuns things.\n\n#### Hooks and Notes\n\nNone.\n"));
  }

  @Test
  void qualifiedNamesInCodeSpansBeforeAWordThatSaysTheyAreOperationsAreCalls() {
    assertEquals(List.of("CALL store.<name>.ListKeys", "CALL store.<name>.PutKey"),
        calls("The sidecar adds the `store.<name>.ListKeys` and `store.<name>.PutKey` workflows.\n"));
  }

  @Test
  void qualifiedNamesWithoutThatWordOrWithALowerCaseLastPartAreNoCalls() {
    assertEquals(List.of(), calls("Set `store.<name>.ListKeys` in the config.\n\n"
        + "The `store.config.timeout` operation default is 5s.\n"));
  }
}
