package io.github.designdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.Severity;
import io.github.designdoc.lint.LintRule;
import io.github.designdoc.lint.Linter;
import io.github.designdoc.json.JsonWriter;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code designdoc lint}: located findings, CI formats, settings, folders. */
class LintCommandTest {
  @TempDir
  Path dir;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Pattern TEXT_LINE = Pattern.compile("(.+):(\\d+):(\\d+): (error|warning|info) (\\S+) (.*)");
  private static final String TEMPLATE = MarkdownWriter.create().write(DesignDoc.template());
  private static final String APPROVED_WITH_ISSUES = MarkdownWriter.create().write(
      DesignDoc.builder().title("A").status("Approved").overview("Why.").openIssue("Open").build());

  private static Schema sarifSchema() throws Exception {
    try (InputStream in = LintCommandTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
      String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema, InputFormat.JSON);
    }
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static List<Diagnostic> expected(String markdown, Linter linter) {
    return linter.lint(MarkdownReader.create().read(markdown));
  }

  private static int lineOf(String text, String needle) {
    int index = text.indexOf(needle);
    assertTrue(index >= 0, needle);
    return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }

  private static List<Matcher> findings(Cli run) {
    List<Matcher> out = new ArrayList<>();
    for (String line : run.out.lines().collect(Collectors.toList())) {
      Matcher m = TEXT_LINE.matcher(line);
      if (m.matches()) {
        out.add(m);
      }
    }
    return out;
  }

  @Test
  void everyFindingHasARealLineAndColumnInMarkdown() throws Exception {
    Path template = write("template.md", TEMPLATE);
    Cli run = Cli.lint(template.toString());
    assertEquals(0, run.code, run.out + run.err);
    List<Diagnostic> expected = expected(TEMPLATE, Linter.create());
    List<Matcher> findings = findings(run);
    assertEquals(expected.size(), findings.size(), run.out);
    for (Matcher m : findings) {
      assertEquals(template.toString(), m.group(1));
      assertTrue(Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(3)) >= 1, m.group());
    }
    Matcher title = findings.stream().filter(m -> m.group(6).endsWith("(/title)")).findFirst().orElseThrow();
    assertEquals(lineOf(TEMPLATE, "<Feature Name>"), Integer.parseInt(title.group(2)), title.group());
    String summary = run.out.strip().lines().reduce((a, b) -> b).orElseThrow();
    assertEquals("1 file: 0 errors, " + expected.stream().filter(d -> d.severity() == Severity.WARNING).count()
        + " warnings, " + expected.stream().filter(d -> d.severity() == Severity.INFO).count() + " infos", summary);
  }

  @Test
  void findingsOnJsonAreLocatedInTheJsonText() throws Exception {
    String json = JsonWriter.create().write(DesignDoc.template());
    Path file = write("template.json", json);
    Cli run = Cli.lint(file.toString());
    assertEquals(0, run.code, run.out + run.err);
    Matcher title = findings(run).stream().filter(m -> m.group(6).endsWith("(/title)")).findFirst().orElseThrow();
    assertEquals(lineOf(json, "\"title\""), Integer.parseInt(title.group(2)), title.group());
    assertTrue(findings(run).stream().allMatch(m -> Integer.parseInt(m.group(2)) >= 1), run.out);
  }

  @Test
  void corpusFindingsAreAllLocated() throws Exception {
    List<String> args = new ArrayList<>();
    for (Path doc : Cli.corpus()) {
      args.add(doc.toString());
    }
    args.add(0, "--format");
    args.add(1, "json");
    Cli run = Cli.lint(args.toArray(new String[0]));
    assertTrue(run.code <= 1, run.err);
    JsonNode report = MAPPER.readTree(run.out);
    assertEquals(args.size() - 2, report.get("files").asInt());
    int located = 0;
    int readerDiagnostics = 0;
    for (JsonNode finding : report.get("findings")) {
      String file = finding.get("file").asString();
      int line = finding.get("line").asInt();
      long lines = Files.readString(Path.of(file)).lines().count();
      assertTrue(line >= 1 && line <= lines + 1, finding.toString());
      if (finding.has("pointer") && !finding.get("pointer").asString().isEmpty()) {
        located++;
      } else if (!finding.has("pointer")) {
        readerDiagnostics++;
      }
    }
    assertTrue(located > 0 && readerDiagnostics > 0, "findings about parts: " + located + ", reader diagnostics: " + readerDiagnostics);
  }

  @Test
  void jsonReportHasTheFindingsAndASummary() throws Exception {
    Path template = write("template.md", TEMPLATE);
    Cli run = Cli.lint("--format", "json", template.toString());
    assertEquals(0, run.code, run.err);
    JsonNode report = MAPPER.readTree(run.out);
    List<Diagnostic> expected = expected(TEMPLATE, Linter.create());
    assertEquals(1, report.get("files").asInt());
    assertEquals(expected.size(), report.get("findings").size());
    assertEquals(expected.stream().filter(d -> d.severity() == Severity.WARNING).count(), report.get("warnings").asLong());
    JsonNode placeholder = null;
    for (JsonNode finding : report.get("findings")) {
      if (finding.get("code").asString().equals("placeholder") && finding.get("pointer").asString().equals("/title")) {
        placeholder = finding;
      }
    }
    assertEquals(template.toString(), placeholder.get("file").asString());
    assertEquals("warning", placeholder.get("severity").asString());
    assertEquals(lineOf(TEMPLATE, "<Feature Name>"), placeholder.get("line").asInt());
  }

  @Test
  void sarifIsValidSarif210WithRulesAndRegions() throws Exception {
    Path template = write("docs/template.md", TEMPLATE);
    Path approved = write("docs/approved.md", APPROVED_WITH_ISSUES);
    Path broken = dir.resolve("docs/broken.md");
    Files.write(broken, new byte[] {'#', ' ', (byte) 0xFF});
    Cli run = Cli.lint("--format", "sarif", dir.resolve("docs").toString());
    assertEquals(2, run.code, "a file could not be read: " + run.err);
    Schema schema = sarifSchema();
    List<Error> errors = schema.validate(run.out, InputFormat.JSON);
    assertEquals(List.of(), errors, run.out);

    JsonNode log = MAPPER.readTree(run.out);
    assertEquals("2.1.0", log.get("version").asString());
    JsonNode sarifRun = log.get("runs").get(0);
    JsonNode rules = sarifRun.get("tool").get("driver").get("rules");
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.get("id").asString()));
    for (LintRule rule : LintRule.values()) {
      assertTrue(ids.contains(rule.id()), rule.id());
    }
    rules.forEach(r -> assertFalse(r.get("help").get("text").asString().isBlank(), r.toString()));
    JsonNode results = sarifRun.get("results");
    assertTrue(results.size() > 0);
    boolean sawError = false;
    for (JsonNode result : results) {
      assertEquals(result.get("ruleId").asString(), rules.get(result.get("ruleIndex").asInt()).get("id").asString());
      JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
      assertTrue(region.get("startLine").asInt() >= 1, result.toString());
      if (result.get("ruleId").asString().equals("approved-with-open-issues")) {
        sawError = true;
        assertEquals("error", result.get("level").asString());
        assertTrue(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri")
            .asString().endsWith("docs/approved.md"), result.toString());
      }
    }
    assertTrue(sawError, run.out);
    assertTrue(results.findValues("charLength").size() > 0, "regions from the source map have a length");
    JsonNode invocation = sarifRun.get("invocations").get(0);
    assertFalse(invocation.get("executionSuccessful").asBoolean());
    assertTrue(invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asString()
        .contains("broken.md"), invocation.toString());
    assertTrue(template.toFile().exists());

    assertFalse(schema.validate("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}", InputFormat.JSON).isEmpty(),
        "the schema check can fail");
  }

  @Test
  void githubFormatPrintsWorkflowCommands() throws Exception {
    Path approved = write("a,b.md", APPROVED_WITH_ISSUES);
    Cli run = Cli.lint("--format", "github", approved.toString());
    assertEquals(1, run.code, run.err);
    String file = approved.toString().replace(":", "%3A").replace(",", "%2C");
    List<String> commands = run.out.lines().filter(l -> l.startsWith("::")).collect(Collectors.toList());
    assertFalse(commands.isEmpty(), run.out);
    String error = commands.stream().filter(l -> l.contains("approved-with-open-issues")).findFirst().orElseThrow();
    assertTrue(error.matches("::error file=" + Pattern.quote(file) + ",line=\\d+,col=\\d+(,endLine=\\d+)?"
        + ",title=designdoc approved-with-open-issues::.+"), error);
    assertTrue(commands.stream().allMatch(l -> l.matches("::(error|warning|notice) file=.*")), run.out);
  }

  @Test
  void rulesCanBeTurnedOffOrChangedAndSectionsRequired() throws Exception {
    Path template = write("template.md", TEMPLATE);
    List<Matcher> all = findings(Cli.lint(template.toString()));
    assertTrue(all.stream().anyMatch(m -> m.group(5).equals("placeholder")));

    Cli disabled = Cli.lint("--disable", "placeholder", template.toString());
    assertTrue(findings(disabled).stream().noneMatch(m -> m.group(5).equals("placeholder")), disabled.out);
    assertEquals(all.size() - all.stream().filter(m -> m.group(5).equals("placeholder")).count(),
        findings(disabled).size());

    Cli raised = Cli.lint("--severity", "placeholder=error", template.toString());
    assertEquals(1, raised.code, raised.out);
    assertTrue(findings(raised).stream().filter(m -> m.group(5).equals("placeholder"))
        .allMatch(m -> m.group(4).equals("error")));
    Cli off = Cli.lint("--severity", "placeholder=off", template.toString());
    assertEquals(findings(disabled).size(), findings(off).size());

    Path bare = write("bare.md", "# Audit Log\n\nJust text.\n");
    long missing = findings(Cli.lint(bare.toString())).stream().filter(m -> m.group(5).equals("missing-section")).count();
    assertEquals(Linter.TEMPLATE_SECTIONS.size(), missing);
    assertEquals(0, findings(Cli.lint("--require", "none", bare.toString())).stream()
        .filter(m -> m.group(5).equals("missing-section")).count());
    assertEquals(2, findings(Cli.lint("--require", "components,openIssues", bare.toString())).stream()
        .filter(m -> m.group(5).equals("missing-section")).count());
    Cli.lint("--require", "custom", bare.toString()).assertInputError();
    Cli unknown = Cli.lint("--disable", "no-such-rule", bare.toString()).assertInputError();
    assertTrue(unknown.err.contains("unknown rule 'no-such-rule'"), unknown.err);
    Cli.lint("--severity", "placeholder=loud", bare.toString()).assertInputError();
  }

  @Test
  void quietMaxWarningsAndFailOnDecideTheExitCode() throws Exception {
    Path template = write("template.md", TEMPLATE);
    List<Diagnostic> expected = expected(TEMPLATE, Linter.create());
    long warnings = expected.stream().filter(d -> d.severity() == Severity.WARNING).count();
    assertTrue(warnings > 0);
    assertEquals(0, Cli.lint(template.toString()).code);
    assertEquals(1, Cli.lint("--fail-on", "warning", template.toString()).code);
    assertEquals(1, Cli.lint("--max-warnings", String.valueOf(warnings - 1), template.toString()).code);
    assertEquals(0, Cli.lint("--max-warnings", String.valueOf(warnings), template.toString()).code);
    Cli quiet = Cli.lint("--quiet", template.toString());
    assertTrue(findings(quiet).stream().noneMatch(m -> m.group(4).equals("info")), quiet.out);
    assertTrue(quiet.out.strip().endsWith(" warnings"), quiet.out);
  }

  @Test
  void aDocumentCanTurnRulesOffForItself() throws Exception {
    Path template = write("template.md", TEMPLATE + "\n<!-- designdoc-disable placeholder http-method -->\n");
    List<Matcher> found = findings(Cli.lint(template.toString()));
    assertTrue(found.stream().noneMatch(m -> m.group(5).equals("placeholder") || m.group(5).equals("http-method")),
        found.stream().map(Matcher::group).collect(Collectors.joining("\n")));
    Path all = write("all.md", APPROVED_WITH_ISSUES + "\n<!-- designdoc-disable -->\n");
    assertEquals(0, Cli.lint(all.toString()).code);
  }

  @Test
  void settingsComeFromAConfigFileAndOptionsOverrideThem() throws Exception {
    Path template = write("template.md", TEMPLATE);
    Path config = write("config/.designdoc.json",
        "{\"lint\": {\"disable\": [\"placeholder\"], \"failOn\": \"warning\", \"require\": \"none\"}}");
    Cli run = Cli.run("lint", "--config", config.toString(), template.toString());
    assertTrue(findings(run).stream().noneMatch(m -> m.group(5).equals("placeholder") || m.group(5).equals("missing-section")),
        run.out);
    boolean warnings = findings(run).stream().anyMatch(m -> m.group(4).equals("warning"));
    assertEquals(warnings ? 1 : 0, run.code, run.out);
    Cli override = Cli.run("lint", "--config", config.toString(), "--fail-on", "error", template.toString());
    assertEquals(0, override.code, override.out);

    Path bad = write("bad/.designdoc.json", "{\"lint\": {\"disabled\": [\"placeholder\"]}}");
    Cli refused = Cli.run("lint", "--config", bad.toString(), template.toString()).assertInputError();
    assertTrue(refused.err.contains(bad.toString()) && refused.err.contains("/lint/disabled"), refused.err);
    Path unknownRule = write("rule/.designdoc.json", "{\"lint\": {\"disable\": [\"nope\"]}}");
    Cli.run("lint", "--config", unknownRule.toString(), template.toString()).assertInputError();
  }

  @Test
  void foldersHoldMarkdownAndDesignDocJsonOnlyAndGlobsChoose() throws Exception {
    write("repo/docs/a.md", TEMPLATE);
    write("repo/docs/b.MARKDOWN", TEMPLATE);
    write("repo/docs/c.json", JsonWriter.create().write(DesignDoc.template()));
    write("repo/package.json", "{\"name\": \"app\", \"version\": \"1.0.0\"}");
    write("repo/notes.txt", "not a doc");
    write("repo/.git/HEAD.md", "# not a doc\n");
    write("repo/drafts/d.md", TEMPLATE);
    Cli run = Cli.lint(dir.resolve("repo").toString());
    assertEquals(0, run.code, run.out + run.err);
    assertEquals(List.of("docs/a.md", "docs/b.MARKDOWN", "docs/c.json", "drafts/d.md"), files(run));
    Cli excluded = Cli.lint("--exclude", "drafts/**", dir.resolve("repo").toString());
    assertEquals(List.of("docs/a.md", "docs/b.MARKDOWN", "docs/c.json"), files(excluded));
    Cli included = Cli.lint("--include", "**/*.md", dir.resolve("repo").toString());
    assertEquals(List.of("docs/a.md", "drafts/d.md"), files(included));
    Cli byName = Cli.lint("--include", "a.md", dir.resolve("repo").toString());
    assertEquals(List.of("docs/a.md"), files(byName));
  }

  private List<String> files(Cli run) {
    Path root = dir.resolve("repo");
    return findings(run).stream().map(m -> root.relativize(Path.of(m.group(1))).toString().replace('\\', '/'))
        .distinct().sorted().collect(Collectors.toList());
  }

  @Test
  void aFileThatCannotBeReadIsReportedAndTheOthersAreLinted() throws Exception {
    Path good = write("good.md", APPROVED_WITH_ISSUES);
    Path binary = dir.resolve("binary.md");
    Files.write(binary, new byte[] {(byte) 0xC3, 0x28, 0x00});
    Path odd = write("odd\nname.md", TEMPLATE);
    Path missing = dir.resolve("missing.md");
    Cli run = Cli.lint(missing.toString(), binary.toString(), good.toString(), odd.toString());
    assertEquals(2, run.code, run.out + run.err);
    assertEquals(List.of("designdoc: no such file: " + missing, "designdoc: " + binary + " is not valid UTF-8 text"),
        run.err.lines().collect(Collectors.toList()));
    assertTrue(run.out.contains(good + ":"), "the good file is still linted: " + run.out);
    assertTrue(run.out.contains("error approved-with-open-issues"), run.out);
    assertTrue(run.out.contains(dir.resolve("odd?name.md") + ":"), "an odd name is shown on one line: " + run.out);
    assertTrue(run.out.lines().anyMatch(l -> l.startsWith("2 files: 1 errors")), run.out);
  }

  @Test
  void inAFolderAFileThatCannotBeReadIsReportedAndTheOthersAreLinted() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("docs"));
    Path good = write("docs/a-good.md", APPROVED_WITH_ISSUES);
    Path binary = folder.resolve("b-binary.md");
    Files.write(binary, new byte[] {(byte) 0xC3, 0x28, 0x00});
    Path odd = write("docs/c-odd\nname.md", TEMPLATE);
    Path dangling = Files.createSymbolicLink(folder.resolve("d-dangling.md"), folder.resolve("gone.md"));
    Path alsoGood = write("docs/e-good.md", TEMPLATE);
    Cli run = Cli.lint(folder.toString());
    assertEquals(2, run.code, run.out + run.err);
    assertEquals(List.of("designdoc: " + binary + " is not valid UTF-8 text", "designdoc: no such file: " + dangling),
        run.err.lines().collect(Collectors.toList()));
    assertTrue(run.out.contains(good + ":"), "the files before the bad ones are linted: " + run.out);
    assertTrue(run.out.contains(folder.resolve("c-odd?name.md") + ":"), "an odd name is shown on one line: " + run.out);
    assertTrue(run.out.contains(alsoGood + ":"), "the files after the bad ones are linted: " + run.out);
    assertTrue(run.out.lines().anyMatch(l -> l.startsWith("3 files: 1 errors")), run.out);
  }

  @Test
  void noDocumentsIsAnError() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    write("empty/package.json", "{}");
    Cli run = Cli.lint(empty.toString()).assertInputError();
    assertEquals("designdoc: no documents found in " + empty + "\n", run.err);
  }

  @Test
  void invalidJsonIsAnErrorFindingAtItsLine() throws Exception {
    Path json = write("bad.json", "{\n  \"formatVersion\": \"2.0\",\n  \"title\": 42\n}\n");
    Cli run = Cli.lint(json.toString());
    assertEquals(1, run.code, run.out + run.err);
    assertTrue(findings(run).stream().anyMatch(m -> m.group(4).equals("error") && !m.group(2).equals("0")), run.out);
  }

  @Test
  void manyFilesAreLintedInParallelAndReportedInTheirOrder() throws Exception {
    List<String> args = new ArrayList<>(List.of("--require", "none"));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String name = (i % 2 == 0 ? "z" : "a") + i + ".md";
      write(name, i % 3 == 0 ? APPROVED_WITH_ISSUES : TEMPLATE);
      args.add(dir.resolve(name).toString());
      names.add(dir.resolve(name).toString());
    }
    Cli run = Cli.lint(args.toArray(new String[0]));
    assertEquals(1, run.code, run.err);
    List<String> order = findings(run).stream().map(m -> m.group(1)).distinct().collect(Collectors.toList());
    assertEquals(names, order);
    assertEquals(run.out, Cli.lint(args.toArray(new String[0])).out, "the same report every time");
  }
}
