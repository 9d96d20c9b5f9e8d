package io.github.designdoc.json.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.json.fuzz.JsonMutator.Edit;
import io.github.designdoc.json.fuzz.JsonMutator.Op;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The JSON mutation operators on their own. */
class JsonMutatorTest {
  private static final String JSON = "{\n  \"formatVersion\": \"2.0\",\n  \"title\": \"T\",\n  \"authors\": [\n"
      + "    \"Ann\"\n  ],\n  \"n\": 12\n}\n";

  private static JsonMutant apply(Op op, int at, int arg) {
    return JsonMutator.apply(JSON, List.of(new Edit(op, at, arg)));
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void everyOperatorChangesTheDocumentAndIsDeterministic(Op op) {
    int changed = 0;
    for (int arg = 0; arg < 30; arg++) {
      JsonMutant a = apply(op, 1, arg);
      assertEquals(a, apply(op, 1, arg));
      assertEquals(op.isByteLevel(), a.isBytes());
      changed += a.isBytes() ? (java.util.Arrays.equals(a.bytes(), JSON.getBytes(StandardCharsets.UTF_8)) ? 0 : 1)
          : (a.text().equals(JSON) ? 0 : 1);
    }
    assertTrue(changed >= 25, op + " changed only " + changed + " of 30");
  }

  @Test
  void valueOperators() {
    assertEquals(List.of("\"T\"", "\"2.0\"", "\"Ann\""), List.of(
        span(JsonMutator.strings(JSON, false).get(1)), span(JsonMutator.strings(JSON, false).get(0)),
        span(JsonMutator.strings(JSON, false).get(2))));
    assertEquals(4, JsonMutator.strings(JSON, true).size()); // formatVersion, title, authors, n
    assertTrue(apply(Op.REPLACE_STRING, 1, 2).text().contains("\"title\": \"\\u3000\""));
    assertTrue(apply(Op.REPLACE_KEY, 1, 0).text().contains("\"\": \"T\""));
    assertTrue(apply(Op.REPLACE_VALUE, 2, 0).text().contains("[\n    null\n  ]"));
    assertTrue(apply(Op.REPLACE_NUMBER, 0, 6).text().contains("\"n\": 1e999"));
    assertTrue(apply(Op.DUPLICATE_LINE, 2, 0).text().contains("\"title\": \"T\",\n  \"title\": \"T\","));
    assertTrue(apply(Op.DEEP_NESTING, 1, 98).text().contains("\"title\": " + "[".repeat(100) + "\"T\"" + "]".repeat(100)));
  }

  /** A string "kept and added to" that is a quote left open at the end (here the whole text) has nothing to keep. */
  @Test
  void aQuoteLeftOpenAtTheEndKeepsNothing() {
    int quote = JsonMutator.TOKENS.indexOf("\"");
    int addAfter = JsonMutator.STRINGS.size() + 1; // the second odd string, after the value kept
    assertEquals("\" \"", JsonMutator.apply("", List.of(new Edit(Op.INSERT_TOKEN, 0, quote),
        new Edit(Op.REPLACE_STRING, 0, addAfter))).text());
  }

  @Test
  void byteOperators() {
    assertEquals(3, apply(Op.TRUNCATE, 3, 0).bytes().length);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{'}, java.util.Arrays.copyOf(
        apply(Op.BOM, 9, 0).bytes(), 4));
    assertArrayEquals(JSON.getBytes(StandardCharsets.UTF_16LE), apply(Op.UTF16, 0, 1).bytes());
    assertTrue(new String(apply(Op.INVALID_UTF8, 5, 0).bytes(), StandardCharsets.UTF_8).contains("\uFFFD"));
  }

  private static String span(int[] s) {
    return JSON.substring(s[0], s[1]);
  }
}
