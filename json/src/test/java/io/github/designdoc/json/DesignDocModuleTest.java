package io.github.designdoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.ApiContract;
import io.github.designdoc.CodeContract;
import io.github.designdoc.Component;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.HttpContract;
import io.github.designdoc.SectionKind;
import io.github.designdoc.Components;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.Overview;
import io.github.designdoc.Section;
import io.github.designdoc.Status;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import java.util.ArrayList;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;

/** The module in users' own mappers: the same format, Jackson's exceptions, no type handling. */
class DesignDocModuleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new DesignDocModule()).build();

  @Test
  void isFoundByFindAndAddModules() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    String json = found.writeValueAsString(DesignDoc.template());
    assertEquals(JsonWriter.builder().pretty(false).build().write(DesignDoc.template()), json);
    assertEquals(DesignDoc.template(), found.readValue(json, DesignDoc.class));
  }

  @Test
  void bindsDocumentsInsideUsersOwnTypes() {
    Map<String, DesignDoc> docs = Map.of("login", DesignDoc.template(), "search", DesignDoc.builder()
        .title("Search").status(Status.of("Superseded")).date("Q3 2025").build());
    String json = MAPPER.writeValueAsString(docs);
    assertEquals(docs, MAPPER.readValue(json, new TypeReference<Map<String, DesignDoc>>() {}));
  }

  @Test
  void bindsTheDocumentsParts() {
    List<Component> components = DesignDoc.template().components();
    String json = MAPPER.writeValueAsString(components);
    assertEquals("[{\"name\":\"Component A\",\"owner\":\"Technology/Team\",\"details\":[\"Responsibility description\","
        + "\"Key interfaces or dependencies\"]},{\"name\":\"Component B\",\"owner\":\"Technology/Team\",\"details\":"
        + "[\"Responsibility description\",\"Key interfaces or dependencies\"]}]", json);
    assertEquals(components, MAPPER.readValue(json, new TypeReference<List<Component>>() {}));

    List<ApiContract> contracts = DesignDoc.builder().title("T")
        .httpContract(h -> h.method("GET").path("/a")).codeContract(c -> c.code("proto", "message A {}"))
        .build().apiContracts();
    String contractsJson = MAPPER.writeValueAsString(contracts);
    assertEquals(contracts, MAPPER.readValue(contractsJson, new TypeReference<List<ApiContract>>() {}));
    assertInstanceOf(HttpContract.class, MAPPER.readValue(MAPPER.writeValueAsString(contracts.get(0)),
        HttpContract.class));
    DatabindException wrongKind = assertThrows(DatabindException.class,
        () -> MAPPER.readValue(MAPPER.writeValueAsString(contracts.get(1)), HttpContract.class));
    assertTrue(wrongKind.getMessage().contains("expected an API contract of type \"http\""), wrongKind::getMessage);
    assertInstanceOf(CodeContract.class, MAPPER.readValue(MAPPER.writeValueAsString(contracts.get(1)),
        CodeContract.class));

    List<Section> sections = DesignDoc.template().sections();
    String sectionsJson = MAPPER.writeValueAsString(sections);
    assertTrue(sectionsJson.startsWith("[{\"kind\":\"overview\",\"text\":"), sectionsJson);
    assertEquals(sections, MAPPER.readValue(sectionsJson, new TypeReference<List<Section>>() {}));
    Components section = DesignDoc.template().sections(Components.class).get(0);
    assertEquals(section, MAPPER.readValue(MAPPER.writeValueAsString(section), Components.class));
    DatabindException wrongSection = assertThrows(DatabindException.class,
        () -> MAPPER.readValue(MAPPER.writeValueAsString(section), Overview.class));
    assertTrue(wrongSection.getMessage().contains("expected a section of kind \"overview\", found \"components\""),
        wrongSection::getMessage);
    assertEquals("\"requestFlows\"", MAPPER.writeValueAsString(SectionKind.REQUEST_FLOWS));
    assertEquals(SectionKind.REQUEST_FLOWS, MAPPER.readValue("\"requestFlows\"", SectionKind.class));
    assertEquals("\"resolved\"", MAPPER.writeValueAsString(OpenIssue.State.RESOLVED));
  }

  @Test
  void readsFormat1DocumentsToo() {
    String json = "{\"formatVersion\": \"1.0\", \"title\": \"T\", \"openIssues\": [{\"text\": \"x\", \"state\": \"plain\"}]}";
    assertEquals(DesignDoc.builder().title("T").openIssue("x").build(), MAPPER.readValue(json, DesignDoc.class));
    DatabindException e = assertThrows(DatabindException.class,
        () -> MAPPER.readValue("{\"text\": \"x\", \"state\": \"plain\"}", OpenIssue.class));
    assertTrue(e.getMessage().contains("the open issue state \"plain\" is format 1.0's"), e::getMessage);
  }

  @Test
  void formatErrorsAreDatabindExceptionsCarryingTheDiagnostics() {
    DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue(
        "{\"formatVersion\": \"1.0\", \"title\": \"T\", \"components\": [{\"name\": \"A\\nB\"}]}", DesignDoc.class));
    DesignDocFormatException cause = assertInstanceOf(DesignDocFormatException.class, e.getCause());
    assertEquals("/components/0/name", cause.diagnostics().get(0).location().pointer().orElseThrow());
    assertEquals("json-invalid-value", cause.diagnostics().get(0).code());

    DatabindException newer = assertThrows(DatabindException.class,
        () -> MAPPER.readValue("{\"formatVersion\": \"3.0\", \"title\": \"T\"}", DesignDoc.class));
    assertTrue(newer.getMessage().contains("format version 3.0 is newer than this reader supports"),
        newer::getMessage);
  }

  @Test
  void typeInformationIsNeverUsed() {
    String polymorphic = "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"sections\": [{\"kind\": \"apiContracts\","
        + " \"items\": [\"io.github.designdoc.HttpContract\", {\"method\": \"GET\", \"path\": \"/\"}]}]}";
    DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue(polymorphic, DesignDoc.class));
    DesignDocFormatException cause = assertInstanceOf(DesignDocFormatException.class, e.getCause());
    assertEquals(List.of("json-wrong-type", "json-missing-property"),
        cause.diagnostics().stream().map(d -> d.code()).collect(Collectors.toList()));

  }

  @Test
  void unknownPropertiesFollowTheMappersSettingsAndHandlers() {
    String json = "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"colour\": \"red\", \"sections\": [{\"kind\":"
        + " \"components\", \"items\": [{\"name\": \"A\", \"team\": {\"x\": [1]}}]}]}";
    DesignDoc expected = DesignDoc.builder().title("T").component(c -> c.name("A")).build();
    JsonMapper lenient = JsonMapper.builder().addModule(new DesignDocModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertEquals(expected, lenient.readValue(json, DesignDoc.class), "skipped, as the mapper says");

    JsonMapper strict = JsonMapper.builder().addModule(new DesignDocModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    DatabindException e = assertThrows(DatabindException.class, () -> strict.readValue(json, DesignDoc.class));
    DesignDocFormatException cause = assertInstanceOf(DesignDocFormatException.class, e.getCause());
    assertEquals(List.of("/colour", "/sections/0/items/0/team"), cause.diagnostics().stream()
        .map(d -> d.location().pointer().orElseThrow()).collect(Collectors.toList()), "every error, as JsonReader");

    List<String> seen = new ArrayList<>();
    JsonMapper handled = JsonMapper.builder().addModule(new DesignDocModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addHandler(new DeserializationProblemHandler() {
          @Override
          public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deser,
              Object beanOrClass, String name) {
            seen.add(((Class<?>) beanOrClass).getSimpleName() + "." + name);
            p.skipChildren();
            return true;
          }

          @Override
          public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
              String failureMsg) {
            return targetType == Status.class ? Status.of(value) : NOT_HANDLED;
          }
        }).build();
    assertEquals(expected, handled.readValue(json, DesignDoc.class));
    assertEquals(List.of("DesignDoc.colour", "Component.team"), seen);
    assertEquals(Status.of("Superseded"), handled.readValue(
        "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"status\": \"Superseded\"}", DesignDoc.class).status()
        .orElseThrow(), "a handler may give a value for a string the format rejects");
    assertThrows(DatabindException.class, () -> handled.readValue(
        "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"date\": \"March\"}", DesignDoc.class),
        "what no handler takes is still an error");
  }

  @Test
  void registeringTwiceIsHarmless() {
    JsonMapper twice = JsonMapper.builder().addModule(new DesignDocModule()).addModule(new DesignDocModule()).build();
    assertEquals(DesignDoc.template(), twice.readValue(twice.writeValueAsString(DesignDoc.template()), DesignDoc.class));
  }
}
