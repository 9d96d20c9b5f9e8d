package io.github.designdoc.cli;

import io.github.designdoc.Severity;
import io.github.designdoc.lint.LintRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Lint reports in JSON and in SARIF 2.1.0; the only lint code that loads Jackson. */
final class LintReports {
  static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private LintReports() {}

  /** {@code {"files": n, "errors": .., "warnings": .., "infos": .., "findings": [...], "problems": [...]}}. */
  static String json(List<Finding> findings, int files, long errors, long warnings, long infos, List<String> problems) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("files", files);
    root.put("errors", errors);
    root.put("warnings", warnings);
    root.put("infos", infos);
    ArrayNode array = root.putArray("findings");
    for (Finding f : findings) {
      ObjectNode node = array.addObject();
      node.put("file", f.file);
      node.put("line", f.line);
      node.put("column", f.column);
      node.put("severity", f.severity.name().toLowerCase(Locale.ROOT));
      node.put("code", f.code());
      node.put("message", f.diagnostic.message());
      if (f.pointer() != null) {
        node.put("pointer", f.pointer());
      }
    }
    ArrayNode problemArray = root.putArray("problems");
    problems.forEach(problemArray::add);
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /** A SARIF 2.1.0 log of one run: the rules with their help, each finding with its region. */
  static String sarif(List<Finding> findings, List<String> problems) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", SARIF_SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "designdoc");
    driver.put("version", Main.implementationVersion());
    driver.put("informationUri", RuleHelp.HELP_URI);
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (LintRule rule : LintRule.values()) {
      ruleIndex.put(rule.id(), ruleIndex.size());
      ObjectNode node = rules.addObject();
      node.put("id", rule.id());
      node.put("name", camel(rule.id()));
      node.putObject("shortDescription").put("text", RuleHelp.summary(rule));
      node.putObject("fullDescription").put("text", RuleHelp.summary(rule));
      node.putObject("help").put("text", RuleHelp.help(rule));
      node.put("helpUri", RuleHelp.HELP_URI);
      node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
    }
    for (Finding f : findings) {
      if (!ruleIndex.containsKey(f.code())) {
        ruleIndex.put(f.code(), ruleIndex.size());
        ObjectNode node = rules.addObject();
        node.put("id", f.code());
        node.putObject("shortDescription").put("text", RuleHelp.readerSummary(f.code()));
        node.putObject("help").put("text", RuleHelp.readerSummary(f.code()) + " Turn it off with --disable "
            + f.code() + ".");
        node.put("helpUri", RuleHelp.HELP_URI);
      }
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : findings) {
      ObjectNode result = results.addObject();
      result.put("ruleId", f.code());
      result.put("ruleIndex", ruleIndex.get(f.code()));
      result.put("level", level(f.severity));
      result.putObject("message").put("text", f.diagnostic.message());
      ObjectNode location = result.putArray("locations").addObject();
      ObjectNode physical = location.putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(f.file));
      ObjectNode region = physical.putObject("region");
      region.put("startLine", f.line);
      region.put("startColumn", f.column);
      if (f.range != null) {
        region.put("endLine", f.endLine);
        region.put("endColumn", f.endColumn);
        region.put("charOffset", f.range.offset());
        region.put("charLength", f.range.length());
      }
      if (f.pointer() != null) {
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("fullyQualifiedName", f.pointer().isEmpty() ? "/" : f.pointer());
        logical.put("kind", "element");
      }
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", problems.isEmpty());
    if (!problems.isEmpty()) {
      ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
      for (String problem : problems) {
        ObjectNode note = notifications.addObject();
        note.put("level", "error");
        note.putObject("message").put("text", problem);
      }
    }
    run.put("columnKind", "utf16CodeUnits");
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  private static String camel(String id) {
    StringBuilder out = new StringBuilder();
    for (String word : id.split("-")) {
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.toString();
  }

  /** A relative path as a relative URI reference, an absolute one as a {@code file:} URI. */
  static String uri(String file) {
    try {
      Path path = Path.of(file);
      if (path.isAbsolute()) {
        return path.toUri().toString();
      }
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException | RuntimeException e) {
      return file;
    }
  }
}
