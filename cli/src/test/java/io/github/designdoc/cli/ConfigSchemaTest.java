package io.github.designdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.designdoc.lint.LintRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schema of {@code .designdoc.json} shipped in the jar, and the reader of the file, agree. */
class ConfigSchemaTest {
  @TempDir
  Path dir;

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA = REGISTRY.getSchema(Config.schema(), InputFormat.JSON);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final List<String> VALID = List.of(
      "{}",
      "{\"$schema\": \"x\", \"include\": [\"docs/**/*.md\"], \"exclude\": [\"drafts/**\"]}",
      "{\"lint\": {\"disable\": [\"placeholder\", \"MD007\"], \"severity\": {\"missing-section\": \"info\", "
          + "\"future-date\": \"off\"}, \"require\": [\"overview\", \"Components\"], \"quiet\": true, "
          + "\"maxWarnings\": 0, \"failOn\": \"warning\"}}",
      "{\"lint\": {\"require\": \"none\"}}");

  private static final List<String> INVALID = List.of(
      "[]",
      "{\"lint\": {\"disabled\": []}}",
      "{\"includes\": []}",
      "{\"lint\": {\"disable\": [\"no-such-rule\"]}}",
      "{\"lint\": {\"severity\": {\"placeholder\": \"loud\"}}}",
      "{\"lint\": {\"maxWarnings\": -1}}",
      "{\"lint\": {\"failOn\": \"info\"}}",
      "{\"lint\": {\"quiet\": \"yes\"}}",
      "{\"lint\": {\"require\": \"all\"}}",
      "{\"include\": \"docs\"}");

  @Test
  void theSchemaIsValidDraft202012() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertEquals(List.of(), meta.validate(Config.schema(), InputFormat.JSON));
  }

  @Test
  void theSchemaAndTheReaderAcceptAndRejectTheSameFiles() throws Exception {
    for (String valid : VALID) {
      assertEquals(List.of(), SCHEMA.validate(valid, InputFormat.JSON), valid);
      Path file = dir.resolve("valid.json");
      Files.writeString(file, valid);
      ConfigFile.read(file);
    }
    for (String invalid : INVALID) {
      assertFalse(SCHEMA.validate(invalid, InputFormat.JSON).isEmpty(), "the schema rejects " + invalid);
      Path file = dir.resolve("invalid.json");
      Files.writeString(file, invalid);
      CliException e = assertThrows(CliException.class, () -> readAndCheck(file), invalid);
      assertEquals(2, e.exitCode());
      assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }
  }

  /** What lint does with a file: read it, then check its rule names and levels. */
  private static void readAndCheck(Path file) {
    Config config = ConfigFile.read(file);
    Cli run = Cli.run("lint", "--config", file.toString(), "-");
    if (run.code == 2 && run.err.startsWith("designdoc: " + file)) {
      throw CliException.input(run.err.substring("designdoc: ".length()).strip());
    }
    throw new AssertionError("accepted " + config.disable + " " + config.severity + ": " + run.err);
  }

  @Test
  void theSchemaListsExactlyTheSettingsTheReaderKnows() throws Exception {
    JsonNode schema = MAPPER.readTree(Config.schema());
    assertEquals(ConfigFile.TOP, names(schema.get("properties")));
    assertEquals(ConfigFile.LINT, names(schema.get("properties").get("lint").get("properties")));
    String pattern = schema.get("$defs").get("rule").get("pattern").asString();
    List<String> ids = new ArrayList<>();
    for (LintRule rule : LintRule.values()) {
      ids.add(rule.id());
    }
    assertTrue(pattern.startsWith("^(" + String.join("|", ids) + "|MD"), "the rule pattern lists every rule: " + pattern);
  }

  private static Set<String> names(JsonNode object) {
    return new HashSet<>(object.propertyNames());
  }
}
