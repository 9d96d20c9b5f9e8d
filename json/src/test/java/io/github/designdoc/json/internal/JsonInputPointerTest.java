package io.github.designdoc.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** {@link JsonInput#pointer()} appends the pointer Jackson's contexts give, at every token. */
class JsonInputPointerTest {
  @Test
  void thePointerIsJacksonsAtEveryToken() {
    String json = "{\"a\": 1, \"b\": [true, {\"c~d/e\": [[], [{}, {\"\": null}]], \"~0\": {}}], \"f\": {\"g\": [1, 2, "
        + "{\"h\": \"x\"}]}, \"/\": [[[3]]]}";
    Set<String> seen = new HashSet<>();
    try (JsonParser parser = JsonMapper.builder().build().createParser(json)) {
      JsonInput in = new JsonInput(parser, false);
      for (JsonToken token = in.next(); token != null; token = in.next()) {
        String jackson = parser.streamReadContext().pathAsPointer().toString();
        assertEquals(jackson, in.pointer(), "at " + token + " " + parser.currentTokenLocation());
        seen.add(jackson);
      }
    }
    assertTrue(seen.containsAll(Set.of("", "/a", "/b/1/c~0d~1e/1/1/", "/~1/0/0/0", "/b/1/~00", "/f/g/2/h")), seen.toString());
  }
}
