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
import io.github.designdoc.SectionText;
import io.github.designdoc.Status;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
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

    Map<SectionKind, SectionText> texts = DesignDoc.template().sectionTexts();
    String textsJson = MAPPER.writeValueAsString(texts);
    assertTrue(textsJson.startsWith("{\"components\":{\"intro\":"), textsJson);
    assertEquals(texts, MAPPER.readValue(textsJson, new TypeReference<Map<SectionKind, SectionText>>() {}));
    assertEquals("\"requestFlows\"", MAPPER.writeValueAsString(SectionKind.REQUEST_FLOWS));
  }

  @Test
  void formatErrorsAreDatabindExceptionsCarryingTheDiagnostics() {
    DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue(
        "{\"formatVersion\": \"1.0\", \"title\": \"T\", \"components\": [{\"name\": \"A\\nB\"}]}", DesignDoc.class));
    DesignDocFormatException cause = assertInstanceOf(DesignDocFormatException.class, e.getCause());
    assertEquals("/components/0/name", cause.diagnostics().get(0).location().pointer().orElseThrow());
    assertEquals("json-invalid-value", cause.diagnostics().get(0).code());

    DatabindException newer = assertThrows(DatabindException.class,
        () -> MAPPER.readValue("{\"formatVersion\": \"2.0\", \"title\": \"T\"}", DesignDoc.class));
    assertTrue(newer.getMessage().contains("format version 2.0 is newer than this reader supports"),
        newer::getMessage);
  }

  @Test
  void typeInformationIsNeverUsed() {
    String polymorphic = "{\"formatVersion\": \"1.0\", \"title\": \"T\", \"apiContracts\": "
        + "[\"io.github.designdoc.HttpContract\", {\"method\": \"GET\", \"path\": \"/\"}]}";
    DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue(polymorphic, DesignDoc.class));
    DesignDocFormatException cause = assertInstanceOf(DesignDocFormatException.class, e.getCause());
    assertEquals(List.of("json-wrong-type", "json-missing-property"),
        cause.diagnostics().stream().map(d -> d.code()).collect(Collectors.toList()));

  }

  @Test
  void registeringTwiceIsHarmless() {
    JsonMapper twice = JsonMapper.builder().addModule(new DesignDocModule()).addModule(new DesignDocModule()).build();
    assertEquals(DesignDoc.template(), twice.readValue(twice.writeValueAsString(DesignDoc.template()), DesignDoc.class));
  }
}
