package io.github.designdoc.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.SectionKind;
import io.github.designdoc.json.JsonFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema and the codecs' property tables say the same: for every object of the format, the schema's
 * {@code properties} (in writing order) and {@code required} are the codec's properties and required ones.
 */
class SchemaTableTest {
  private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(JsonFormat.schema());

  /** Every object of the format: its place in the schema and its codec. */
  private static Map<String, ObjectCodec<?>> tables() {
    Map<String, ObjectCodec<?>> tables = new LinkedHashMap<>();
    tables.put("", DocumentCodec.DOCUMENT);
    tables.put("/$defs/verbatimDate", Scalars.VERBATIM_DATE_OBJECT);
    tables.put("/$defs/customStatus", Scalars.CUSTOM_STATUS_OBJECT);
    tables.put("/$defs/metadataEntry", PartCodecs.METADATA_ENTRY);
    tables.put("/$defs/component", PartCodecs.COMPONENT);
    tables.put("/$defs/requestFlow", PartCodecs.REQUEST_FLOW);
    tables.put("/$defs/httpHeader", PartCodecs.HTTP_HEADER);
    tables.put("/$defs/httpResponse", PartCodecs.HTTP_RESPONSE);
    tables.put("/$defs/codeBlock", PartCodecs.CODE_BLOCK);
    tables.put("/$defs/httpContract", ApiContractCodec.HTTP_CONTRACT);
    tables.put("/$defs/codeContract", ApiContractCodec.CODE_CONTRACT);
    tables.put("/$defs/dataField", PartCodecs.DATA_FIELD);
    tables.put("/$defs/dataModel", PartCodecs.DATA_MODEL);
    tables.put("/$defs/testingEntry", PartCodecs.TESTING_ENTRY);
    tables.put("/$defs/openIssue", PartCodecs.OPEN_ISSUE);
    tables.put("/$defs/revision", PartCodecs.REVISION);
    for (SectionKind kind : SectionKind.values()) {
      tables.put("/$defs/" + kind.id() + "Section", SectionCodec.codecs().get(kind));
    }
    return tables;
  }

  @Test
  void everyObjectsPropertiesAndRequiredOnesAreTheCodecs() {
    Map<String, ObjectCodec<?>> tables = tables();
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, ObjectCodec<?>> table : tables.entrySet()) {
      JsonNode object = SCHEMA.at(table.getKey());
      assertTrue(object.isObject(), () -> "no " + table.getKey() + " in the schema");
      List<String> properties = new ArrayList<>(object.get("properties").propertyNames());
      List<String> required = new ArrayList<>();
      object.path("required").forEach(name -> required.add(name.asString()));
      List<String> codecProperties = new ArrayList<>();
      List<String> codecRequired = new ArrayList<>();
      for (Property<?> p : table.getValue().properties()) {
        codecProperties.add(p.name());
        if (p.required()) {
          codecRequired.add(p.name());
        }
      }
      if (!properties.equals(codecProperties)) {
        differences.add(table.getKey() + " properties: schema " + properties + ", codec " + codecProperties);
      }
      if (!new TreeSet<>(required).equals(new TreeSet<>(codecRequired))) {
        differences.add(table.getKey() + " required: schema " + required + ", codec " + codecRequired);
      }
      if (!object.path("additionalProperties").isBoolean() || object.get("additionalProperties").asBoolean()) {
        differences.add(table.getKey() + " allows additional properties");
      }
    }
    assertEquals(List.of(), differences);
    assertEquals(16 + SectionKind.values().length, tables.size());
  }

  @Test
  void everyObjectOfTheSchemaHasATable() {
    List<String> objects = new ArrayList<>();
    if (SCHEMA.has("properties")) {
      objects.add("");
    }
    for (String name : SCHEMA.get("$defs").propertyNames()) {
      if (SCHEMA.get("$defs").get(name).has("properties")) {
        objects.add("/$defs/" + name);
      }
    }
    assertEquals(new TreeSet<>(tables().keySet()), new TreeSet<>(objects));
  }
}
