package io.github.designdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The derived views of {@link DesignDoc#dataModels()}, {@link DesignDoc#components()}, {@link
 * DesignDoc#requestFlows()} and {@link DesignDoc#revisions()}: what kept text states in the forms the reader types, and what it does not.
 */
class StatedViewTest {
  private static final String FENCE = "```";

  private static DesignDoc custom(String heading, String body) {
    return DesignDoc.builder().title("T").section(heading, body).build();
  }

  private static List<String> modelNames(DesignDoc doc) {
    return doc.dataModels().stream().map(m -> m.name().orElse("?")).collect(Collectors.toList());
  }

  private static List<String> fieldNames(DataModel model) {
    return model.fields().stream().map(DataField::name).collect(Collectors.toList());
  }

  private static List<String> componentNames(DesignDoc doc) {
    return doc.components().stream().map(Component::name).collect(Collectors.toList());
  }

  private static List<String> flows(DesignDoc doc) {
    return doc.requestFlows().stream().map(f -> f.name() + " #" + f.steps().size()).collect(Collectors.toList());
  }

  // ------------------------------------------------------------ data models

  @Test
  void goStructsInACustomSectionAreModelsNamedByTheirType() {
    DesignDoc doc = custom("Design Details", "### API\n\n" + FENCE + "go\n"
        + "type Request interface{}\n\n"
        + "// Spec is the spec.\ntype Spec struct {\n  metav1.TypeMeta `json:\",inline\"`\n  Name string `json:\"name\"`\n"
        + "  // Existing members\n  ...\n  Nested struct {\n    Inner int\n  }\n}\n\n"
        + "type Queue interface {\n  Dequeue() Request\n}\n\n"
        + "type Ref struct {\n  Kind string\n}\n" + FENCE + "\n");
    assertEquals(List.of("Spec", "Ref"), modelNames(doc));
    assertEquals(List.of("TypeMeta", "Name", "Nested"), fieldNames(doc.dataModels().get(0)));
    assertEquals("string", doc.dataModels().get(0).fields().get(1).type());
    assertEquals(List.of("Kind"), fieldNames(doc.dataModels().get(1)));
  }

  @Test
  void protoMessagesEmptyOnesTooAndSqlTablesAreModels() {
    DesignDoc doc = custom("Detailed design", "Messages:\n\n" + FENCE + "protobuf\n"
        + "message LoginRequest {\n  string username = 1;\n  repeated string scopes = 2;\n}\n\n"
        + "message LogoutResponse {\n  // nothing\n}\n\nservice Auth {\n  rpc Login(LoginRequest) returns (LogoutResponse);\n}\n"
        + FENCE + "\n\nThe table:\n\n" + FENCE + "sql\nCREATE TABLE system.sessions {\n  id SERIAL PRIMARY KEY,\n"
        + "  \"createdAt\" TIMESTAMP NOT NULL,\n  INDEX(\"createdAt\"),\n  PRIMARY KEY (id)\n}\n" + FENCE + "\n");
    assertEquals(List.of("LoginRequest", "LogoutResponse", "system.sessions"), modelNames(doc));
    assertEquals(List.of("username", "scopes"), fieldNames(doc.dataModels().get(0)));
    assertEquals("repeated string", doc.dataModels().get(0).fields().get(1).type());
    assertEquals(List.of(), doc.dataModels().get(1).fields());
    assertEquals(List.of("id", "createdAt"), fieldNames(doc.dataModels().get(2)));
  }

  @Test
  void typeScriptCAndRustStructsWithFieldsAreModelsButPlaceholdersAndEnumsAreNot() {
    DesignDoc doc = custom("Specification", FENCE + "typescript\ninterface Extension {\n  tab: Component;\n"
        + "  title?: string;\n}\n\ninterface Api {\n  // ...\n}\n" + FENCE + "\n\n" + FENCE + "c\nstruct trace_notify {\n"
        + "    ...\n    __u64      ip_trace_id; // new\n};\n" + FENCE + "\n\n" + FENCE + "rust\npub enum Transaction {\n"
        + "    User(UserTransaction),\n}\n\npub struct ValidatorTransaction {\n    pub info: TransactionInfo,\n"
        + "    pub events: Vec<Event>,\n}\n" + FENCE + "\n");
    assertEquals(List.of("Extension", "trace_notify", "ValidatorTransaction"), modelNames(doc));
    assertEquals(List.of("tab", "title"), fieldNames(doc.dataModels().get(0)));
    assertEquals(List.of("ip_trace_id"), fieldNames(doc.dataModels().get(1)));
    assertEquals("__u64", doc.dataModels().get(1).fields().get(0).type());
    assertEquals(List.of("info", "events"), fieldNames(doc.dataModels().get(2)));
    assertEquals("Vec<Event>", doc.dataModels().get(2).fields().get(1).type());
  }

  @Test
  void aTypedBlockPresentedAsAnExampleOrInAnotherLanguageIsNoModel() {
    DesignDoc example = custom("Motivation", "For example, a loop:\n\n" + FENCE + "go\ntype T struct {\n  X int\n}\n"
        + FENCE + "\n\n### Examples\n\n" + FENCE + "rust\nstruct Point {\n    x: i32,\n}\n" + FENCE + "\n");
    assertEquals(List.of(), example.dataModels());
    DesignDoc python = custom("Design", "### Config\n\n" + FENCE + "python\nclass Config(BaseModel):\n    name: str\n"
        + FENCE + "\n\n### Manifest\n\n" + FENCE + "yaml\nkind: Thing\nname: x\n" + FENCE + "\n");
    assertEquals(List.of(), python.dataModels());
  }

  @Test
  void jsonInACustomSectionIsNoModelEvenUnderAHeading() {
    DesignDoc doc = custom("Specification", "### Transaction\n\n" + FENCE + "json\n{\"version\": \"1\", \"hash\": \"0x\"}\n"
        + FENCE + "\n");
    assertEquals(List.of(), doc.dataModels());
  }

  @Test
  void aTitledJsonContractThatStatesNoEndpointIsAModelNamedByItsTypeOrTitle() {
    DesignDoc doc = DesignDoc.builder().title("T")
        .codeContract(c -> c.title("Listener Subscription Record").code("json", "{\n  \"id\": \"sub_1\",\n"
            + "  \"config\": {\"poll\": 30}\n}"))
        .codeContract(c -> c.title("Node JSON schema").code("json", "{\"type\": \"CodexNode\", \"prompt\": \"p\"}"))
        .codeContract(c -> c.title("Create").code("", "POST /v1/things\nBody:\n{\"name\": \"x\"}"))
        .codeContract(c -> c.title("Tool call").description("For example, the agent sends:")
            .code("json", "{\"tool\": \"refund\", \"arguments\": {\"id\": 1}}"))
        .codeContract(c -> c.title("Example tool call").code("json", "{\"tool\": \"refund\"}"))
        .codeContract(c -> c.code("json", "{\"untitled\": true}"))
        .httpContract(h -> h.method("POST").path("/v1/login").body("{\"user\": \"ada\"}"))
        .build();
    assertEquals(List.of("Listener Subscription Record", "CodexNode"), modelNames(doc));
    assertEquals(List.of("id", "config"), fieldNames(doc.dataModels().get(0)));
    assertEquals(List.of("type", "prompt"), fieldNames(doc.dataModels().get(1)));
  }

  @Test
  void theNotesOfADataModelsSectionStateModelsTheReaderLeftThere() {
    DataModels section = DataModels.builder()
        .addItems(DataModel.builder().name("listener").field("id", "uuid", "Key").build())
        .notes("### Node Config Sketches\n\n" + FENCE + "json\n{\"type\": \"TelegramNode\", \"token\": \"t\"}\n" + FENCE
            + "\n\n### Pipeline\n\n" + FENCE + "\nA -> B\n" + FENCE + "\n\n" + FENCE + "json\n{\"a\": 1}\n" + FENCE
            + "\n\n### listener_cursor\n\n| Field | Description |\n|---|---|\n| offset | Last offset |\n")
        .build();
    DesignDoc doc = DesignDoc.builder().title("T").section(section).build();
    assertEquals(List.of("listener", "TelegramNode", "listener_cursor"), modelNames(doc));
    assertEquals(List.of("offset"), fieldNames(doc.dataModels().get(2)));
    // The editable items are the section's own.
    assertEquals(1, doc.sections(DataModels.class).get(0).items().size());
  }

  @Test
  void aFieldTableUnderItsHeadingInACustomSectionNeedsATypeColumn() {
    DesignDoc doc = custom("Design", "### Session\n\n| Name | Type | Required |\n|---|---|---|\n| id | uuid | yes |\n\n"
        + "### Renames\n\n| Field | Current | New |\n|---|---|---|\n| a | b | c |\n\n"
        + "### Options\n\n| Field | Description |\n|---|---|\n| x | y |\n\n| Field | Type |\n|---|---|\n| z | int |\n");
    assertEquals(List.of("Session"), modelNames(doc));
    assertEquals(DataField.of("id", "uuid", "Required: yes"), doc.dataModels().get(0).fields().get(0));
  }

  @Test
  void anExamplePayloadInAFlowStepIsNoModel() {
    DesignDoc doc = DesignDoc.builder().title("T")
        .requestFlow(f -> f.name("Receive").step("Bot sends a payload such as:\n\n" + FENCE + "json\n{\"type\": \"Message\"}\n"
            + FENCE))
        .build();
    assertEquals(List.of(), doc.dataModels());
  }

  @Test
  void theTypedItemsComeFirstThenTheStatedModelsInDocumentOrder() {
    DesignDoc doc = DesignDoc.builder().title("T")
        .section("Background", FENCE + "go\ntype Early struct {\n  A int\n}\n" + FENCE)
        .dataModel(m -> m.name("Item").field("id", "string", ""))
        .section("Design", FENCE + "go\ntype Late struct {\n  B int\n}\n" + FENCE)
        .build();
    assertEquals(List.of("Item", "Early", "Late"), modelNames(doc));
  }

  // ------------------------------------------------------------- components

  @Test
  void boldBulletsUnderGroupHeadingsInAComponentsSectionAreComponents() {
    Components section = Components.builder()
        .intro("### Ingestion")
        .addItems(Component.builder().name("Loader").build())
        .notes("### Retrieval\n\n- **DenseSearch (Python/Search)** ranks chunks\n  - **Detail** not a component\n"
            + "  - Uses the store\n\n- **Scope:** a label, not a component\n\n### Evaluation\n\n"
            + "- **Judge, Analyzer, ABTest**\n  - Three nodes\n")
        .build();
    DesignDoc doc = DesignDoc.builder().title("T").section(section).build();
    assertEquals(List.of("Loader", "DenseSearch", "Judge", "Analyzer", "ABTest"), componentNames(doc));
    Component dense = doc.components().get(1);
    assertEquals(Optional.of("Python/Search"), dense.owner());
    assertEquals(Optional.of("ranks chunks"), dense.summary());
  }

  @Test
  void aComponentsSectionMadeOfHeadingsHasOneComponentPerHeading() {
    Components section = Components.builder()
        .intro("Made of several parts.\n\n### Provider\n\nResolves services.\n\n#### File Provider\n\nReads files.\n\n"
            + "### xDS Server\n\nServes config.")
        .build();
    DesignDoc doc = DesignDoc.builder().title("T").section(section).build();
    assertEquals(List.of("Provider", "xDS Server"), componentNames(doc));
    DesignDoc one = DesignDoc.builder().title("T")
        .section(Components.builder().intro("### Overview\n\nOne heading names no component list.").build()).build();
    assertEquals(List.of(), one.components());
  }

  @Test
  void aComponentsHeadingOrAComponentTableInACustomSectionStatesComponents() {
    DesignDoc doc = custom("Features", "Intro.\n\n### Components\n\n- VSCode plugin\n  - Debug adapter\n"
        + "- Lang middleware\n\n### Affected\n\n| Component | Epic |\n|---|---|\n| Cloud Controller Manager | GCP-1 |\n"
        + "| **Image Registry** | GCP-2 |\n\n### Other\n\n- **Bold Thing**\n- Plain thing\n");
    assertEquals(List.of("VSCode plugin", "Lang middleware", "Cloud Controller Manager", "Image Registry"),
        componentNames(doc));
  }

  // ------------------------------------------------------------------ flows

  @Test
  void aNumberedListUnderAFlowHeadingInACustomSectionIsAFlow() {
    DesignDoc doc = custom("Proposal", "### Install Flow\n\n1. Fetch the manifest\n2. Verify\n   - nested, not a step\n"
        + "   " + FENCE + "yaml\n   kind: Plugin\n   " + FENCE + "\n3. Write the receipt\n\nInstall is idempotent.\n\n"
        + "#### Flow 2: Upgrade\n\n1. Resolve\n2. Replace\n");
    assertEquals(List.of("Install Flow #3", "Upgrade #2"), flows(doc));
    assertEquals("Fetch the manifest", doc.requestFlows().get(0).steps().get(0));
  }

  @Test
  void aFlowWordThatOnlyQualifiesAnotherNounNamesNoFlow() {
    DesignDoc doc = custom("Implementation", "#### Workflow runtime activation and routing\n\n1. **Activation**: start\n"
        + "2. **Router**: route\n\n### Tagged-flow ring buffer\n\n1. One\n2. Two\n");
    assertEquals(List.of(), doc.requestFlows());
  }

  @Test
  void bulletsChecklistsAndListsUnderOtherHeadingsAreNoFlows() {
    DesignDoc doc = custom("Design", "### Data Flow in Validator\n\n- Proposer\n- Executor\n\n"
        + "### Rollout workflow\n\n1. [ ] Enable the flag\n2. [x] Announce\n\n"
        + "### Known Limitations\n\n1. No signatures\n2. No dependencies\n\n"
        + "### CI\n\nThe repository includes CI workflows that:\n\n1. Validate\n2. Regenerate\n");
    assertEquals(List.of(), doc.requestFlows());
  }

  @Test
  void aParagraphThatAnnouncesAFlowsStepsOrAUserStoryNamesTheFlowAfterItsHeading() {
    DesignDoc doc = custom("Guide", "### Overview of OIDC\n\nSome links:\n\n- [Spec](https://example.org)\n\n"
        + "A typical flow will follow these steps:\n\n1. Authenticate\n2. Exchange\n3. Call\n\n"
        + "### Installation\n\nFollow these steps:\n\n1. Download\n2. Run\n\n"
        + "### User Stories\n\n#### Author publishes a plugin\n\nAs an author, I want to publish.\n\n1. Release\n2. Submit\n");
    assertEquals(List.of("Overview of OIDC #3", "Author publishes a plugin #2"), flows(doc));
  }

  @Test
  void theFlowsItemsComeFirstAndTheSectionsNotesAddNamedFlows() {
    RequestFlows section = RequestFlows.builder()
        .addItems(RequestFlow.builder().name("Login").step("Submit").build())
        .notes("### Auth modes\n\n- Token\n- Password\n\n### Logout sequence\n\n1. Click\n2. Clear\n")
        .build();
    DesignDoc doc = DesignDoc.builder().title("T").section(section).build();
    assertEquals(List.of("Login #1", "Logout sequence #2"), flows(doc));
    assertEquals(1, doc.sections(RequestFlows.class).get(0).items().size());
  }

  // ------------------------------------------------------------ revisions

  private static List<String> revisions(DesignDoc doc) {
    return doc.revisions().stream()
        .map(r -> r.date().map(DocDate::text).orElse("") + "|" + r.author().orElse("") + "|" + r.changes())
        .collect(Collectors.toList());
  }

  @Test
  void aHistoryWithNestedDetailsStatesItsDatedItemsAndNotTheDetails() {
    RevisionHistory history = RevisionHistory.builder().heading("Implementation History")
        .notes("- 2022-05-09: Initial KEP draft submitted.\n"
            + "- 2023-02-28 (Ada): re-use DEK https://example.com/pull/1\n"
            + "  - This was a change in design from alpha to beta.\n"
            + "  - 2023-03-01: a dated detail is still a detail\n"
            + "- Later: no date, no revision\n"
            + "- **May 9, 2023** Beta\n\n"
            + "- 2024-01-01: a second list after a paragraph break is the same list\n\n"
            + "Some closing text.\n\n- 2025-01-01: after the paragraph, not the history list\n")
        .build();
    DesignDoc doc = DesignDoc.builder().title("T").section(history).build();
    assertEquals(List.of("2022-05-09||Initial KEP draft submitted.", "2023-02-28|Ada|re-use DEK https://example.com/pull/1",
        "May 9, 2023||Beta", "2024-01-01||a second list after a paragraph break is the same list"), revisions(doc));
    assertEquals(List.of(), doc.sections(RevisionHistory.class).get(0).items());
  }

  @Test
  void typedRevisionsComeAloneAndTextElsewhereStatesNone() {
    RevisionHistory typed = RevisionHistory.builder()
        .addItems(Revision.builder().date("2026-01-01").changes("First").build())
        .notes("- 2026-02-02: kept beside typed rows, not counted twice\n")
        .build();
    DesignDoc doc = DesignDoc.builder().title("T").section(typed)
        .section("Timeline", "- 2026-03-03: a dated item outside a revision history\n").build();
    assertEquals(List.of("2026-01-01||First"), revisions(doc));
  }
}
