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
import tools.jackson.databind.node.ArrayNode;
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
    assertTrue(schema.get("properties").get("formatVersion").get("pattern").asString().startsWith("^2\\."));

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
    BREAKAGES.put("newer major version", d -> d.put("formatVersion", "3.0"));
    BREAKAGES.put("format 1 version", d -> d.put("formatVersion", "1.0").putArray("sections").addObject()
        .put("kind", "overview").put("text", ""));
    BREAKAGES.put("format 1 property", d -> d.putArray("components").addObject().put("name", "A"));
    BREAKAGES.put("null version", d -> d.putNull("version"));
    BREAKAGES.put("blank author", d -> d.putArray("authors").add(""));
    BREAKAGES.put("unknown status string", d -> d.put("status", "Superseded"));
    BREAKAGES.put("custom known status", d -> d.putObject("status").put("custom", "Draft"));
    BREAKAGES.put("custom known status padded", d -> d.putObject("status").put("custom", " In Review\t"));
    BREAKAGES.put("non-ISO date string", d -> d.put("date", "March 2024"));
    BREAKAGES.put("date string that does not exist", d -> d.put("date", "2023-02-29"));
    BREAKAGES.put("date string with a line break", d -> d.put("date", "2024-01-01\n"));
    BREAKAGES.put("verbatim ISO date", d -> d.putObject("date").put("verbatim", "2024-02-29"));
    BREAKAGES.put("verbatim ISO date padded", d -> d.putObject("date").put("verbatim", "\f2000-02-29 "));
    BREAKAGES.put("verbatim date with extra property",
        d -> d.putObject("date").put("verbatim", "Q3").put("year", 1));
    BREAKAGES.put("section without kind", d -> d.putArray("sections").addObject().put("text", "x"));
    BREAKAGES.put("unknown section kind", d -> d.putArray("sections").addObject().put("kind", "goals"));
    BREAKAGES.put("overview without text", d -> d.putArray("sections").addObject().put("kind", "overview"));
    BREAKAGES.put("overview with items", d -> d.putArray("sections").addObject().put("kind", "overview")
        .put("text", "").putArray("items"));
    BREAKAGES.put("custom section without heading", d -> d.putArray("sections").addObject().put("kind", "custom")
        .put("body", ""));
    BREAKAGES.put("custom section with blank heading", d -> d.putArray("sections").addObject().put("kind", "custom")
        .put("heading", "\n").put("body", ""));
    BREAKAGES.put("two-line known heading", d -> d.putArray("sections").addObject().put("kind", "components")
        .put("heading", "Parts\nand pieces"));
    BREAKAGES.put("component without name", d -> items(d, "components").addObject().put("owner", "x"));
    BREAKAGES.put("component as a string", d -> items(d, "components").add("Gateway"));
    BREAKAGES.put("unknown issue state", d -> items(d, "openIssues").addObject().put("text", "x").put("state", "closed"));
    BREAKAGES.put("format 1 issue state", d -> items(d, "openIssues").addObject().put("text", "x").put("state", "plain"));
    BREAKAGES.put("unknown contract type", d -> items(d, "apiContracts").addObject().put("type", "grpc"));
    BREAKAGES.put("http contract with a code block", d -> items(d, "apiContracts").addObject().put("type", "http")
        .put("method", "GET").put("path", "/").putObject("code").put("content", ""));
    BREAKAGES.put("data field without type", d -> items(d, "dataModels").addObject().putArray("fields").addObject()
        .put("name", "id").put("description", ""));
    BREAKAGES.put("security item as an object", d -> items(d, "securityConsiderations").addObject());
  }

  /** The items of a new section of this kind, added at the end. */
  private static ArrayNode items(ObjectNode doc, String kind) {
    ArrayNode sections = doc.has("sections") ? (ArrayNode) doc.get("sections") : doc.putArray("sections");
    return sections.addObject().put("kind", kind).putArray("items");
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

  /** Every character the model might take for a blank or a line break, and a few it does not. */
  private static final String CANDIDATES = "\u0000\u0008\t\n\u000b\f\r\u001c\u001f \u007f\u0085\u00a0\u1680\u180e"
      + "\u2000\u2007\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeffx";

  @Test
  void theSchemaAndTheReaderAgreeOnBlanksAndLineBreaks() {
    List<String> disagreements = new ArrayList<>();
    int rejected = 0;
    for (char c : CANDIDATES.toCharArray()) {
      for (String title : List.of(String.valueOf(c), c + "a" + c, "a" + c + "b", "a\n" + c, c + "\na", "a" + c + "\nb",
          "a\n" + c + "b")) {
        ObjectNode doc = MAPPER.createObjectNode().put("formatVersion", "2.0").put("title", title);
        doc.putArray("sections").addObject().put("kind", "custom").put("heading", title).put("body", "");
        doc.putObject("date").put("verbatim", title);
        String json = MAPPER.writeValueAsString(doc);
        boolean schemaAccepts = SCHEMA.validate(json, InputFormat.JSON).isEmpty();
        boolean readerAccepts;
        try {
          JsonReader.create().read(json);
          readerAccepts = true;
        } catch (DesignDocFormatException e) {
          readerAccepts = false;
          rejected++;
        }
        if (schemaAccepts != readerAccepts) {
          disagreements.add(String.format("U+%04X in %s: schema %s, reader %s", (int) c, MAPPER.writeValueAsString(title),
              schemaAccepts, readerAccepts));
        }
      }
    }
    assertEquals(List.of(), disagreements);
    assertTrue(rejected > 20, "the check can fail: the reader rejected " + rejected);
  }

  @Test
  void theSchemaAndTheReaderAgreeOnDatesAndStatuses() {
    List<String> disagreements = new ArrayList<>();
    for (String text : List.of("2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29", "0000-02-29", "2024-04-31",
        "2024-12-31", "2024-13-01", "9999-12-31", "+10000-01-01", " 2024-01-01", "2024-01-01 ", "2024-01-01\n",
        "\n2024-01-01", "2024-1-01", "2024-01-01x", "March 2024", "Draft", " Draft", "Draft\t", "draft", "In Review",
        "In  Review", "Approved\f", "Approved.", "Superseded", "Draft | In Review | Approved")) {
      for (String member : List.of("date", "verbatim", "status", "custom")) {
        ObjectNode doc = MAPPER.createObjectNode().put("formatVersion", "2.0").put("title", "T");
        switch (member) {
          case "date" -> doc.put("date", text);
          case "verbatim" -> doc.putObject("date").put("verbatim", text);
          case "status" -> doc.put("status", text);
          default -> doc.putObject("status").put("custom", text);
        }
        String json = MAPPER.writeValueAsString(doc);
        boolean schemaAccepts = SCHEMA.validate(json, InputFormat.JSON).isEmpty();
        boolean readerAccepts;
        try {
          JsonReader.create().read(json);
          readerAccepts = true;
        } catch (DesignDocFormatException e) {
          readerAccepts = false;
        }
        if (schemaAccepts != readerAccepts) {
          disagreements.add(member + " " + MAPPER.writeValueAsString(text) + ": schema " + schemaAccepts + ", reader "
              + readerAccepts);
        }
      }
    }
    assertEquals(List.of(), disagreements);
  }

  @Test
  void theDescriptionSaysWhatTheSchemaCannotExpress() {
    String description = MAPPER.readTree(JsonFormat.schema()).get("description").asString();
    for (String limit : List.of("given twice", "kind must come before its items", "nesting depth of "
        + JsonReader.DEFAULT_MAX_NESTING_DEPTH, String.format("%,d", JsonReader.DEFAULT_MAX_STRING_LENGTH),
        String.format("%,d", JsonReader.DEFAULT_MAX_DOCUMENT_LENGTH), "format 1.0")) {
      assertTrue(description.contains(limit), () -> limit + " not in " + description);
    }
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
