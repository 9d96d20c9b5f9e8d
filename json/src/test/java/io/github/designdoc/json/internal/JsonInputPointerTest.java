package io.github.designdoc.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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

  /** Pointers reuse the levels they share with the one before: siblings, cousins, the same names elsewhere. */
  @Test
  void thePointerIsJacksonsAmongSiblingsAndRepeatedNames() {
    String json = "{\"s\": [{\"a\": {\"x\": [1, {\"a\": 2}]}}, {\"a\": {\"x\": [3, {\"a\": 4}]}, \"b\": []},"
        + " {\"b\": [{\"x\": 5}], \"a\": {}}], \"a\": {\"x\": [[{\"a\": {\"a\": 6}}], [{\"a\": 7}]]},"
        + " \"x\": [{\"s\": [{\"a\": 8}]}]}";
    try (JsonParser parser = JsonMapper.builder().build().createParser(json)) {
      JsonInput in = new JsonInput(parser, false);
      int tokens = 0;
      // the objects open, innermost first: their fields, or none for an object read without
      Deque<Optional<Fields>> objects = new ArrayDeque<>();
      List<Fields> started = new ArrayList<>();
      List<String> expected = new ArrayList<>();
      for (JsonToken token = in.next(); token != null; token = in.next()) {
        String jackson = parser.streamReadContext().pathAsPointer().toString();
        if (token == JsonToken.START_OBJECT && tokens % 3 != 1) {
          // an object's own pointer, built later from what startFields() kept, between pointers built at once
          Fields fields = in.startFields();
          objects.push(Optional.of(fields));
          if (tokens % 2 == 0) {
            assertEquals(jackson, in.pointer(), "at " + token + " " + parser.currentTokenLocation());
            assertEquals(jackson, fields.location().pointer().orElseThrow(), "object at " + parser.currentTokenLocation());
          } else {
            started.add(fields); // asked for at the end, once the parser has moved on
            expected.add(jackson);
          }
          assertEquals(parser.currentTokenLocation().getLineNr(), fields.location().line());
        } else {
          if (token == JsonToken.START_OBJECT) {
            objects.push(Optional.empty());
          } else if (token == JsonToken.END_OBJECT) {
            objects.pop().ifPresent(in::endFields);
          }
          assertEquals(jackson, in.pointer(), "at " + token + " " + parser.currentTokenLocation());
        }
        tokens++;
      }
      assertEquals(79, tokens);
      for (int i = 0; i < started.size(); i++) {
        assertEquals(expected.get(i), started.get(i).location().pointer().orElseThrow());
        assertEquals(expected.get(i) + "/a~1", started.get(i).pointer("a/"));
      }
      assertTrue(started.size() >= 5, "objects whose pointer was asked for late: " + started.size());
    }
  }
}
