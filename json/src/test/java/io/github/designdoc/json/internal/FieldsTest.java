package io.github.designdoc.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Fields} finds each property by name, in few properties and in many (past its scanned part). */
class FieldsTest {
  @Test
  void findsPropertiesBeforeAndPastTheScannedPart() {
    Fields fields = new Fields("/sections", JsonInput.ARRAY, null, 3, 2, 5, 0);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String name = i == 7 ? "Aa" : i == 8 ? "BB" : "p" + i; // "Aa" and "BB" have the same hash code
      assertFalse(fields.has(name), name);
      assertEquals(i, fields.name(new String(name), i + 1, 0)); // another instance than the one asked for below
      assertEquals(-1 - i, fields.name(name, 99, 99), "recorded once");
      assertEquals(i + 1, fields.nameLine(i));
      if (i % 3 != 0) {
        fields.value(name, i);
      }
      expected.add(name);
      for (int j = 0; j <= i; j++) {
        String known = expected.get(j);
        assertTrue(fields.has(known), known + " after " + (i + 1));
        assertEquals(j % 3 != 0 ? Optional.of(j) : Optional.empty(), fields.optional(known), known);
      }
      assertFalse(fields.has("q" + i));
    }
    List<String> names = new ArrayList<>();
    fields.names().forEach(names::add);
    assertEquals(expected, names);
    assertEquals(List.of(), fields.list("absent"));
    assertNull(fields.nameLocation("absent"));
    assertEquals("/sections/3/p~1q", fields.pointer("p/q"));
    assertEquals(io.github.designdoc.Location.of("/sections/3/p9", 10, 1), fields.nameLocation("p9"));
    assertEquals(io.github.designdoc.Location.of("/sections/3", 2, 5), fields.location());
    Fields inner = new Fields(fields, JsonInput.ARRAY, "a~/b", 4, 7, 8, 0);
    assertEquals(io.github.designdoc.Location.of("/sections/3/a~0~1b/4", 7, 8), inner.location());
    assertEquals("/sections/3/a~0~1b/4/x", inner.pointer("x"));
    assertEquals("/sections/3/p1/y", new Fields(fields, JsonInput.OBJECT, "p1", 0, 1, 1, 0).pointer("y"));
  }
}
