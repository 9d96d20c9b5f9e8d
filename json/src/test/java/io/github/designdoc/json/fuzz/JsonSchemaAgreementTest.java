package io.github.designdoc.json.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.json.JsonFormat;
import io.github.designdoc.json.JsonReader;
import io.github.designdoc.json.fuzz.JsonMutator.Edit;
import io.github.designdoc.json.fuzz.JsonMutator.Op;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The published schema and the reader agree on the JSON fuzz suite's mutants (issue 16): a mutant in the
 * current format that one accepts the other accepts too, except where the schema says it cannot tell
 * (its description lists them): a property given twice, content after the document, the reader's size
 * limits and error count, and Markdown the Markdown writer could not place (an open code fence or HTML
 * block, a heading that would start a new part, a metadata entry keyed like an empty template field, an
 * author Markdown would read as another name). Format 1 documents, which the schema does not describe, are left out.
 */
class JsonSchemaAgreementTest {
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(JsonFormat.schema(), InputFormat.JSON);
  private static final JsonReader READER = JsonReader.create();
  private static final Pattern FORMAT_1 = Pattern.compile("\"formatVersion\"\\s*:\\s*\"1\\.");

  /** Codes of errors no schema can see. */
  private static final Set<String> BEYOND_A_SCHEMA = Set.of("json-duplicate-property", "json-trailing-content",
      "json-limit", "json-too-many-errors");

  /** Messages of the Markdown checks, which the schema lists but does not express. */
  private static final List<String> MARKDOWN_CHECKS = List.of("code fence open", "HTML block open",
      "must not hold a heading of level", "which Markdown reads as the document's", "which Markdown reads as the author",
      "which Markdown reads as two authors");

  @Property(tries = JsonFuzzTest.CI_TRIES)
  void theSchemaAndTheReaderAgreeOnMutants(@ForAll("seeds") int seed, @ForAll("edits") List<Edit> edits) {
    JsonMutant m = JsonMutator.apply(JsonFuzzSeeds.all().get(seed).json(), edits);
    String text = m.text();
    if (FORMAT_1.matcher(text).find()) {
      return;
    }
    String disagreement = disagreement(text);
    if (disagreement != null) {
      throw new AssertionError("mutant of " + JsonFuzzSeeds.all().get(seed) + " by " + edits + ": " + disagreement
          + "\n  mutant: " + JsonChecks.abbreviate(JsonMutant.escape(text)));
    }
  }

  @Test
  void theCheckFindsADisagreementWhereThereIsOne() {
    // A schema-valid document the reader rejects for a reason the schema could express would be reported;
    // the documented exceptions are not.
    String duplicate = "{\"formatVersion\":\"2.0\",\"title\":\"a\",\"title\":\"b\"}";
    assertEquals(null, disagreement(duplicate));
    assertTrue(schemaAccepts(duplicate), "no schema sees a duplicate key");
    String fence = "{\"formatVersion\":\"2.0\",\"title\":\"a\",\"sections\":[{\"kind\":\"overview\",\"text\":\"```\"}]}";
    assertTrue(schemaAccepts(fence));
    assertEquals(null, disagreement(fence));
    String ideographicSpace = "{\"formatVersion\":\"2.0\",\"title\":\"a\\u3000\"}";
    assertFalse(schemaAccepts(ideographicSpace), "the schema's line pattern refuses a title ending with U+3000");
    assertEquals(null, disagreement(ideographicSpace));
    String verbatimIso = "{\"formatVersion\":\"2.0\",\"title\":\"a\",\"date\":{\"verbatim\":\" 2024-01-02 \"}}";
    assertFalse(schemaAccepts(verbatimIso));
    assertEquals(null, disagreement(verbatimIso));
    String marker = "{\"formatVersion\":\"2.0\",\"title\":\"a\",\"preamble\":\"x\\n <!-- designdoc:end -->\\u3000\"}";
    assertFalse(schemaAccepts(marker), "the schema's markdown pattern refuses a marker line");
    assertEquals(null, disagreement(marker));
    String rule = "{\"formatVersion\":\"2.0\",\"title\":\"a\",\"sections\":[{\"kind\":\"rolloutPlan\",\"items\":[\"- - -\"]}]}";
    assertFalse(schemaAccepts(rule), "the schema refuses an item that is a rule of dashes");
    assertEquals(null, disagreement(rule));
    String frontRule = "{\"formatVersion\":\"2.0\",\"title\":\"a\",\"frontMatter\":\"a: b\\r\\n...\"}";
    assertFalse(schemaAccepts(frontRule), "the schema refuses a front matter line ...");
    assertEquals(null, disagreement(frontRule));
    String customDraft = "{\"formatVersion\":\"2.0\",\"title\":\"a\",\"status\":{\"custom\":\"\\tDraft\"}}";
    assertFalse(schemaAccepts(customDraft));
    assertEquals(null, disagreement(customDraft));
  }

  /** How the schema and the reader disagree on a text, or {@code null}. */
  static String disagreement(String text) {
    boolean schema = schemaAccepts(text);
    List<Diagnostic> errors;
    try {
      READER.read(text);
      errors = List.of();
    } catch (DesignDocFormatException e) {
      errors = e.errors();
    }
    if (schema == errors.isEmpty()) {
      return null;
    }
    if (schema && errors.stream().allMatch(JsonSchemaAgreementTest::beyondTheSchema)) {
      return null;
    }
    if (schema && errors.stream().anyMatch(d -> d.code().equals("json-duplicate-property"))) {
      // A validator sees only one of the values given twice; the reader also checks the other one.
      return null;
    }
    return schema ? "the schema accepts, the reader rejects: " + errors
        : "the reader accepts, the schema rejects: " + SCHEMA.validate(text, InputFormat.JSON);
  }

  private static boolean beyondTheSchema(Diagnostic d) {
    return BEYOND_A_SCHEMA.contains(d.code()) || MARKDOWN_CHECKS.stream().anyMatch(d.message()::contains);
  }

  private static boolean schemaAccepts(String text) {
    try {
      return SCHEMA.validate(text, InputFormat.JSON).isEmpty();
    } catch (RuntimeException e) {
      return false; // not JSON the validator can parse
    }
  }

  @Provide
  Arbitrary<Integer> seeds() {
    return Arbitraries.integers().between(0, JsonFuzzSeeds.all().size() - 1);
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    // Text edits only: the schema validator takes text.
    Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(Op.class).filter(op -> !op.isByteLevel()),
        Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 1 << 16)).as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(3);
  }
}
