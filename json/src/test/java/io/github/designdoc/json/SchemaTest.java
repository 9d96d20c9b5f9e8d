package io.github.designdoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The published JSON Schema: valid draft 2020-12, fully described, and in agreement with the reader. */
class SchemaTest {
  private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA = REGISTRY.getSchema(JsonFormat.schema(), InputFormat.JSON);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonWriter COMPACT = JsonWriter.builder().pretty(false).build();

  @Test
  void theSchemaIsValidDraft202012() {
    Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12));
    assertEquals(List.of(), metaSchema.validate(JsonFormat.schema(), InputFormat.JSON));
    JsonNode schema = MAPPER.readTree(JsonFormat.schema());
    assertEquals(DRAFT_2020_12, schema.get("$schema").asString());
    assertTrue(schema.get("properties").get("formatVersion").get("pattern").asString().startsWith("^1\\."));

    List<Error> errors = metaSchema.validate("{\"type\": \"no such type\", \"properties\": []}", InputFormat.JSON);
    assertFalse(errors.isEmpty(), "the meta-schema check can fail");
  }

  @Test
  void everyPropertyHasADescription() {
    List<String> properties = new ArrayList<>();
    collectProperties(MAPPER.readTree(JsonFormat.schema()), "#", properties);
    assertTrue(properties.size() > 80, () -> "found only " + properties);
    List<String> undescribed = new ArrayList<>();
    JsonNode root = MAPPER.readTree(JsonFormat.schema());
    for (String path : properties) {
      JsonNode description = root.at(path.substring(1)).get("description");
      if (description == null || !description.isString() || description.asString().isBlank()) {
        undescribed.add(path);
      }
    }
    assertEquals(List.of(), undescribed);
  }

  @Test
  void theSchemaIsTheResourceShippedInTheJar() throws IOException {
    byte[] shipped;
    try (InputStream in = JsonFormat.class.getModule().getResourceAsStream(JsonFormat.SCHEMA_RESOURCE)) {
      assertNotNull(in, JsonFormat.SCHEMA_RESOURCE);
      shipped = in.readAllBytes();
    }
    assertEquals(new String(shipped, StandardCharsets.UTF_8), JsonFormat.schema());
    Path source = Path.of("src/main/resources").resolve(JsonFormat.SCHEMA_RESOURCE);
    if (Files.exists(source)) {
      assertEquals(Files.readString(source, StandardCharsets.UTF_8), JsonFormat.schema());
    }
  }

  @Test
  void theSchemaRejectsAnEmptyObjectAndAcceptsTheTemplate() {
    assertFalse(SCHEMA.validate("{}", InputFormat.JSON).isEmpty());
    assertEquals(List.of(), SCHEMA.validate(JsonWriter.create().write(DesignDoc.template()), InputFormat.JSON));
  }

  @Provide
  Arbitrary<DesignDoc> docs() {
    return GeneratedDocs.docs();
  }

  @Property(tries = 1000)
  void writtenDocumentsValidate(@ForAll("docs") DesignDoc doc) {
    assertEquals(List.of(), SCHEMA.validate(COMPACT.write(doc), InputFormat.JSON));
  }

  /** Changes that make a document invalid, each of which both the schema and the reader must catch. */
  private static final Map<String, Consumer<ObjectNode>> BREAKAGES = new LinkedHashMap<>();

  static {
    BREAKAGES.put("unknown property", d -> d.put("colour", "red"));
    BREAKAGES.put("no title", d -> d.remove("title"));
    BREAKAGES.put("number title", d -> d.put("title", 42));
    BREAKAGES.put("two-line title", d -> d.put("title", "Session\nLogin"));
    BREAKAGES.put("blank title", d -> d.put("title", " \t"));
    BREAKAGES.put("no format version", d -> d.remove("formatVersion"));
    BREAKAGES.put("newer major version", d -> d.put("formatVersion", "2.0"));
    BREAKAGES.put("null version", d -> d.putNull("version"));
    BREAKAGES.put("blank author", d -> d.putArray("authors").add(""));
    BREAKAGES.put("unknown status string", d -> d.put("status", "Superseded"));
    BREAKAGES.put("custom known status", d -> d.putObject("status").put("custom", "Draft"));
    BREAKAGES.put("non-ISO date string", d -> d.put("date", "March 2024"));
    BREAKAGES.put("verbatim date with extra property",
        d -> d.putObject("date").put("verbatim", "Q3").put("year", 1));
    BREAKAGES.put("component without name", d -> d.putArray("components").addObject().put("owner", "x"));
    BREAKAGES.put("unknown issue state",
        d -> d.putArray("openIssues").addObject().put("text", "x").put("state", "closed"));
    BREAKAGES.put("unknown contract type", d -> d.putArray("apiContracts").addObject().put("type", "grpc"));
    BREAKAGES.put("http contract with a code block", d -> d.putArray("apiContracts").addObject().put("type", "http")
        .put("method", "GET").put("path", "/").putObject("code").put("content", ""));
    BREAKAGES.put("unknown section", d -> d.putObject("sectionTexts").putObject("goals"));
    BREAKAGES.put("section after an unknown one", d -> d.putArray("customSections").addObject().put("heading", "H")
        .put("body", "").put("after", "goals"));
    BREAKAGES.put("data field without type", d -> d.putArray("dataModels").addObject().putArray("fields").addObject()
        .put("name", "id").put("description", ""));
  }

  @Provide
  Arbitrary<String> broken() {
    return Combinators.combine(GeneratedDocs.docs(), Arbitraries.of(BREAKAGES.keySet()))
        .as((doc, breakage) -> {
          ObjectNode node = (ObjectNode) MAPPER.readTree(COMPACT.write(doc));
          BREAKAGES.get(breakage).accept(node);
          return MAPPER.writeValueAsString(node);
        });
  }

  @Property(tries = 1000)
  void theSchemaAndTheReaderRejectBrokenDocuments(@ForAll("broken") String json) {
    assertFalse(SCHEMA.validate(json, InputFormat.JSON).isEmpty(), "schema accepted " + json);
    assertThrows(DesignDocFormatException.class, () -> JsonReader.create().read(json));
  }

  private static void collectProperties(JsonNode node, String path, List<String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String child = path + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
        if (field.getKey().equals("properties") && field.getValue().isObject()) {
          for (String name : field.getValue().propertyNames()) {
            out.add(child + "/" + name);
          }
        }
        collectProperties(field.getValue(), child, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectProperties(node.get(i), path + "/" + i, out);
      }
    }
  }
}
