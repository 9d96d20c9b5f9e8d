package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DataField;
import io.github.designdoc.DataModel;
import io.github.designdoc.DataModels;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.Revision;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Data models under their own headings, from tables of other columns and from schema blocks; struck
 * open issues; revision histories of dated bullets. Each document is read, written and read back.
 */
class ModelsIssuesAndRevisionsTest {
  private static DesignDoc read(String markdown) {
    return TitleAndMetadataTest.read(markdown);
  }

  private static DesignDoc models(String body) {
    return read("# Design Document\n\n## For Models\n\n## Data Models\n\n" + body);
  }

  private static List<String> names(DataModel model) {
    return model.fields().stream().map(DataField::name).toList();
  }

  private static final String FENCE = "```";

  @Test
  void eachHeadingIsAModelAndProseAfterItsTableIsItsNotes() {
    DesignDoc doc = models("### Plugin\n\nWhat it is.\n\n| Field | Type | Source | Description |\n|---|---|---|---|\n"
        + "| name | string | metadata | Package name |\n| api | integer |  | API version |\n\n"
        + "Fields from metadata are never written.\n\n### Record\n\n| Name | Type | Required |\n|---|---|---|\n"
        + "| id | string | yes |\n");
    assertEquals(2, doc.dataModels().size());
    DataModel plugin = doc.dataModels().get(0);
    assertEquals(Optional.of("Plugin"), plugin.name());
    assertEquals(Optional.of("What it is."), plugin.description());
    assertEquals(List.of(DataField.of("name", "string", "Package name; Source: metadata"),
        DataField.of("api", "integer", "API version")), plugin.fields());
    assertEquals(Optional.of("Fields from metadata are never written."), plugin.notes());
    DataModel record = doc.dataModels().get(1);
    assertEquals(Optional.of("Record"), record.name());
    assertEquals(List.of(DataField.of("id", "string", "Required: yes")), record.fields());
  }

  @Test
  void aTableWithoutATypeOrDescriptionColumnIsNoModel() {
    DesignDoc doc = models("Fields renamed:\n\n| Field | Current | New |\n|---|---|---|\n| a | b | c |\n");
    assertEquals(List.of(), doc.dataModels());
  }

  @Test
  void aJsonBlockUnderAHeadingStatesItsTopLevelFields() {
    DesignDoc doc = models("### Cache payload\n\n" + FENCE + "json\n{\n  \"checked_at\": \"2026-01-01\",\n"
        + "  \"count\": 3,\n  \"last\": {\n    \"ok\": true\n  },\n  \"tags\": [\"a\"]\n}\n" + FENCE + "\n");
    DataModel model = doc.dataModels().get(0);
    assertEquals(Optional.of("Cache payload"), model.name());
    assertEquals(List.of(DataField.of("checked_at", "string", ""), DataField.of("count", "number", ""),
        DataField.of("last", "object", ""), DataField.of("tags", "array", "")), model.fields());
    assertEquals(1, model.schemas().size());
  }

  @Test
  void aJsonSchemaStatesItsProperties() {
    DesignDoc doc = models("### Config\n\n" + FENCE + "json\n{\n  \"$schema\": \"x\",\n  \"type\": \"object\",\n"
        + "  \"properties\": {\n    \"crate\": {\"type\": \"string\"},\n    \"claims\": {\"type\": \"object\"}\n  }\n}\n"
        + FENCE + "\n");
    assertEquals(List.of(DataField.of("crate", "string", ""), DataField.of("claims", "object", "")),
        doc.dataModels().get(0).fields());
  }

  @Test
  void sqlProtobufGoAndTypeScriptBlocksStateTheirFields() {
    DesignDoc doc = models("### Sessions\n\n" + FENCE + "sql\nCREATE TABLE system.web_sessions (\n"
        + "  id INT8 NOT NULL DEFAULT unique_rowid(),\n  \"hashedSecret\" BYTES NOT NULL,\n"
        + "  PRIMARY KEY (id),\n  INDEX (\"hashedSecret\")\n);\n" + FENCE + "\n\n### Request\n\n" + FENCE
        + "protobuf\nmessage EncryptRequest {\n  bytes plaintext = 1;\n  string uid = 2;\n"
        + "  map<string, bytes> annotations = 3;\n}\n" + FENCE + "\n\n### Link\n\n" + FENCE
        + "go\ntype Link struct {\n  metav1.TypeMeta `json:\",inline\"`\n  // the spec\n"
        + "  Spec LinkSpec `json:\"spec\"`\n  Items []string\n}\n" + FENCE + "\n\n### Extension\n\n" + FENCE
        + "ts\ninterface Extension {\n  component: string;\n  resourceTab?: boolean;\n}\n" + FENCE + "\n");
    List<DataModel> m = doc.dataModels();
    assertEquals(List.of("id", "hashedSecret"), names(m.get(0)));
    assertEquals("INT8", m.get(0).fields().get(0).type());
    assertEquals(List.of("plaintext", "uid", "annotations"), names(m.get(1)));
    assertEquals("map<string, bytes>", m.get(1).fields().get(2).type());
    assertEquals(List.of("TypeMeta", "Spec", "Items"), names(m.get(2)));
    assertEquals("[]string", m.get(2).fields().get(2).type());
    assertEquals(List.of("component", "resourceTab"), names(m.get(3)));
  }

  @Test
  void aBlockDefiningTwoTypesStatesNoFields() {
    DesignDoc doc = models("### Types\n\n" + FENCE + "go\ntype A struct {\n  X int\n}\n\ntype B struct {\n  Y int\n}\n"
        + FENCE + "\n");
    assertEquals(List.of(), doc.dataModels().get(0).fields());
  }

  @Test
  void aCaptionNamesAModelWithoutAHeading() {
    DesignDoc doc = models("Current models:\n\nExpected normalized output:\n\n" + FENCE + "json\n{\"dense\": []}\n"
        + FENCE + "\n\nSparse output is kept.\n");
    DataModel model = doc.dataModels().get(0);
    assertEquals(Optional.of("Expected normalized output"), model.name());
    assertEquals(List.of("dense"), names(model));
  }

  @Test
  void anExampleWithoutANameOrAfterOtherCodeOrOfATypedInstanceIsNoNamedModel() {
    DesignDoc unnamed = models("For example:\n\n" + FENCE + "json\n{\"a\": 1}\n" + FENCE + "\n");
    assertEquals(Optional.empty(), unnamed.dataModels().get(0).name());
    assertEquals(List.of(), unnamed.dataModels().get(0).fields());
    DesignDoc sketches = models("### Pipeline sketches\n\n" + FENCE + "\nA -> B\n" + FENCE + "\n\n" + FENCE
        + "json\n{\"a\": 1}\n" + FENCE + "\n");
    assertEquals(List.of(), sketches.dataModels());
    DesignDoc instance = models("### Node configs\n\n" + FENCE + "json\n{\"type\": \"TelegramNode\", \"token\": \"t\"}\n"
        + FENCE + "\n");
    // The reader types no item from a typed instance; the stated view names it by the type it names.
    assertEquals(List.of(), instance.sections(DataModels.class).get(0).items());
    assertEquals(List.of(Optional.of("TelegramNode")), instance.dataModels().stream().map(DataModel::name).toList());
    DesignDoc python = models("### Base classes\n\n" + FENCE + "python\nclass A:\n    pass\n" + FENCE + "\n");
    assertEquals(List.of(), python.dataModels());
  }

  @Test
  void aStruckQuestionIsResolved() {
    DesignDoc doc = read("# Design Document\n\n## For Q\n\n## Open Issues\n\n- ~~Should tokens expire?~~\n"
        + "- Is the cache shared?\n");
    assertEquals(List.of(OpenIssue.State.RESOLVED, OpenIssue.State.OPEN),
        doc.openIssues().stream().map(OpenIssue::state).toList());
    assertEquals("~~Should tokens expire?~~", doc.openIssues().get(0).text());
  }

  @Test
  void datedBulletsAreTheRevisionHistory() {
    DesignDoc doc = read("# Design Document\n\n## For R\n\n## Revision History\n\n* [x] 2022-03-29: Opened the doc\n"
        + "* **2022-04-14** Opened the PR\n* Jun 12, 2024 - Presented\n");
    List<Revision> rows = doc.revisions();
    assertEquals(3, rows.size());
    assertEquals("2022-03-29", rows.get(0).date().orElseThrow().text());
    assertEquals("Opened the doc", rows.get(0).changes());
    assertEquals("Opened the PR", rows.get(1).changes());
    assertEquals("Presented", rows.get(2).changes());
  }

  @Test
  void anAuthorInParenthesesAfterTheDateIsTheRevisionsAuthor() {
    DesignDoc doc = read("# Design Document\n\n## For R\n\n## Revision History\n\n- 2022-03-29 (Ada): Opened\n"
        + "- 2022-04-14: Opened the PR (draft)\n");
    assertEquals(Optional.of("Ada"), doc.revisions().get(0).author());
    assertEquals("Opened", doc.revisions().get(0).changes());
    assertEquals(Optional.empty(), doc.revisions().get(1).author());
    assertEquals("Opened the PR (draft)", doc.revisions().get(1).changes());
  }

  @Test
  void aRevisionAddedToDatedBulletsIsOneBulletInTheirStyle() {
    String text = "# Design Document\n\n## For R\n\n## Revision History\n\n* [x] **2022-03-29**: Opened the doc\n"
        + "* [x] **2022-04-14**: Opened the PR\n\n## Notes\n\nEnd.\n";
    io.github.designdoc.ReadResult read = MarkdownReader.create().read(text);
    DesignDoc edited = read.document().toBuilder().revision("2026-03-01", "Ada", "Approved").build();
    String out = MarkdownWriter.create().rewrite(text, read, edited);
    assertEquals(text.replace("Opened the PR\n", "Opened the PR\n* [x] **2026-03-01** (Ada): Approved\n"), out);
    assertEquals(edited, MarkdownReader.create().read(out).document());
  }

  @Test
  void bulletsThatAreNotAllDatedAreKeptAsTextThatStatesTheDatedOnes() {
    DesignDoc doc = read("# Design Document\n\n## For R\n\n## Revision History\n\n- 2022-03-29: Opened\n"
        + "- later we presented it\n");
    assertEquals(List.of(), doc.sections(io.github.designdoc.RevisionHistory.class).get(0).items());
    assertTrue(doc.sections().get(0).toString().contains("later we presented it"));
    assertEquals(List.of(io.github.designdoc.Revision.builder().date("2022-03-29").changes("Opened").build()),
        doc.revisions());
  }

  @Test
  void aHeadingWithoutNumberedStepsIsNoFlowAndStaysWithTheFlowBefore() {
    DesignDoc doc = read("# Design Document\n\n## For F\n\n## Request Flows\n\n### Flow 1: Setup\n\n1. Install\n"
        + "2. Run\n\n### Auth modes\n\n- token\n- password\n\n### Flow 2: Upgrade\n\n1. Check\n");
    assertEquals(List.of("Setup", "Upgrade"), doc.requestFlows().stream().map(f -> f.name()).toList());
    assertTrue(doc.requestFlows().get(0).notes().orElseThrow().contains("### Auth modes"));
    DesignDoc diagrams = read("# Design Document\n\n## For F\n\n## Flows\n\n### Replay\n\n" + FENCE
        + "mermaid\nA->>B: go\n" + FENCE + "\n");
    assertEquals(List.of(), diagrams.requestFlows());
  }

  @Test
  void aKeyOverANestedListTakesItsItems() {
    DesignDoc doc = read("## Remote Secrets\n\n* **Owners:**\n  * Jane Doe (@jane)\n  * Li Wei\n\n"
        + "* **Implementation Status:** Not implemented\n\n## Why\n\nText.\n");
    assertEquals(List.of("Jane Doe", "Li Wei"), doc.authors());
    assertEquals("Not implemented", doc.status().orElseThrow().text());
  }

  @Test
  void aFilledInPlaceholderDateLosesItsAngleBrackets() {
    DesignDoc doc = read("---\ntitle: T\ncreated: <10/17/2023>\nupdated: <mm/dd/yyyy>\n---\n\n# T\n\n## Summary\n\nS.\n");
    assertEquals("10/17/2023", doc.date().orElseThrow().text());
  }

}
