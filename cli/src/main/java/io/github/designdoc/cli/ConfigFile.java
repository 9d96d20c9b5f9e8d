package io.github.designdoc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a {@link Config} from a {@code .designdoc.json} file, strictly: unknown members are errors. */
final class ConfigFile {
  /** The members of the file's top-level object, as the schema lists them. */
  static final Set<String> TOP = Set.of("$schema", "include", "exclude", "lint");
  /** The members of {@code lint}, as the schema lists them. */
  static final Set<String> LINT = Set.of("disable", "severity", "require", "quiet", "maxWarnings", "failOn");

  private ConfigFile() {}

  /**
   * Reads the file.
   *
   * @throws CliException with exit code 2 naming the file and the problem
   */
  static Config read(Path file) {
    String name = Io.display(file.toString());
    JsonNode root;
    try {
      JsonMapper mapper = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
      root = mapper.readTree(Files.readString(file));
    } catch (IOException e) {
      throw CliException.input("cannot read " + name + ": " + SafeWrite.reason(e));
    } catch (JacksonException e) {
      throw CliException.input(name + ": invalid JSON: " + e.getOriginalMessage());
    }
    Config config = new Config();
    config.file = file;
    if (root == null || !root.isObject()) {
      throw invalid(name, "", "must be an object");
    }
    check(name, "", root, TOP);
    config.include = strings(name, "/include", root.get("include"));
    config.exclude = strings(name, "/exclude", root.get("exclude"));
    JsonNode lint = root.get("lint");
    if (lint != null) {
      if (!lint.isObject()) {
        throw invalid(name, "/lint", "must be an object");
      }
      check(name, "/lint", lint, LINT);
      List<String> disable = strings(name, "/lint/disable", lint.get("disable"));
      if (disable != null) {
        config.disable.addAll(disable);
      }
      JsonNode severity = lint.get("severity");
      if (severity != null) {
        if (!severity.isObject()) {
          throw invalid(name, "/lint/severity", "must be an object of rule ids to levels");
        }
        for (Map.Entry<String, JsonNode> entry : severity.properties()) {
          if (!entry.getValue().isString()) {
            throw invalid(name, "/lint/severity/" + entry.getKey(), "must be error, warning, info or off");
          }
          config.severity.put(entry.getKey(), entry.getValue().asString());
        }
      }
      JsonNode require = lint.get("require");
      if (require != null && require.isString() && require.asString().equals("none")) {
        config.require = List.of();
      } else {
        config.require = strings(name, "/lint/require", require);
      }
      JsonNode quiet = lint.get("quiet");
      if (quiet != null) {
        if (!quiet.isBoolean()) {
          throw invalid(name, "/lint/quiet", "must be true or false");
        }
        config.quiet = quiet.asBoolean();
      }
      JsonNode max = lint.get("maxWarnings");
      if (max != null) {
        if (!max.isIntegralNumber() || !max.canConvertToInt() || max.asInt() < 0) {
          throw invalid(name, "/lint/maxWarnings", "must be a whole number, 0 or more");
        }
        config.maxWarnings = max.asInt();
      }
      JsonNode failOn = lint.get("failOn");
      if (failOn != null) {
        if (!failOn.isString() || !(failOn.asString().equals("error") || failOn.asString().equals("warning"))) {
          throw invalid(name, "/lint/failOn", "must be error or warning");
        }
        config.failOn = failOn.asString();
      }
    }
    return config;
  }

  private static void check(String name, String at, JsonNode object, Set<String> allowed) {
    for (String key : object.propertyNames()) {
      if (!allowed.contains(key)) {
        throw invalid(name, at + "/" + key, "is not a known setting; expected one of " + new java.util.TreeSet<>(allowed));
      }
    }
  }

  private static List<String> strings(String name, String at, JsonNode node) {
    if (node == null) {
      return null;
    }
    if (!node.isArray()) {
      throw invalid(name, at, "must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode element : node) {
      if (!element.isString()) {
        throw invalid(name, at, "must be an array of strings");
      }
      out.add(element.asString());
    }
    return out;
  }

  private static CliException invalid(String name, String at, String problem) {
    return CliException.input(name + ": " + (at.isEmpty() ? "the file" : at) + " " + problem);
  }
}
