package io.github.designdoc.cli;

import io.github.designdoc.SectionKind;
import io.github.designdoc.Severity;
import io.github.designdoc.lint.LintRule;
import io.github.designdoc.lint.Linter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The settings of one lint run: the nearest {@code .designdoc.json}'s, then the options'. */
final class LintSettings {
  enum FailOn { error, warning }

  private static final Pattern READER_CODE = Pattern.compile("MD[0-9]{3}|json-[a-z0-9-]+");

  Linter linter;
  final Set<String> readerDisabled = new HashSet<>();
  final Map<String, Severity> readerSeverity = new HashMap<>();
  boolean quiet;
  Integer maxWarnings;
  FailOn failOn = FailOn.error;
  List<String> includes = List.of();
  List<String> excludes = List.of();

  private LintSettings() {}

  static Optional<LintRule> rule(String name) {
    for (LintRule rule : LintRule.values()) {
      if (rule.id().equals(name) || rule.name().equalsIgnoreCase(name)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** The settings of a lint run: the config file's, then the options'. */
  static LintSettings of(LintCommand options) {
    Config config = null;
    if (options.configFile != null) {
      if (options.noConfig) {
        throw CliException.input("--config and --no-config exclude each other");
      }
      config = ConfigFile.read(options.configFile);
    } else if (!options.noConfig) {
      Optional<Path> found = Config.find(Path.of(""));
      if (found.isPresent()) {
        config = ConfigFile.read(found.get());
      }
    }
    LintSettings settings = new LintSettings();
    Linter.Builder linter = Linter.builder();
    List<String> disabled = new ArrayList<>();
    Map<String, String> levels = new LinkedHashMap<>();
    List<String> required = options.require;
    if (config != null) {
      String source = Io.display(config.file.toString()) + ": ";
      disabled.addAll(config.disable);
      levels.putAll(config.severity);
      settings.quiet = Boolean.TRUE.equals(config.quiet);
      settings.maxWarnings = config.maxWarnings;
      if (config.failOn != null) {
        settings.failOn = FailOn.valueOf(config.failOn);
      }
      if (config.include != null) {
        settings.includes = config.include;
      }
      if (config.exclude != null) {
        settings.excludes = config.exclude;
      }
      if (required == null && config.require != null) {
        required = config.require.isEmpty() ? List.of("none") : config.require;
      }
      check(source, disabled, levels);
    }
    disabled.addAll(options.disable);
    levels.putAll(options.severity);
    check("", options.disable, options.severity);
    for (String code : disabled) {
      Optional<LintRule> rule = rule(code);
      if (rule.isPresent()) {
        linter.disable(rule.get());
      } else {
        settings.readerDisabled.add(code);
      }
    }
    for (Map.Entry<String, String> entry : levels.entrySet()) {
      Optional<LintRule> rule = rule(entry.getKey());
      Optional<Severity> level = level(entry.getValue());
      if (rule.isPresent()) {
        if (level.isEmpty()) {
          linter.disable(rule.get());
        } else if (!disabled.contains(entry.getKey()) && !disabled.contains(rule.get().id())) {
          linter.severity(rule.get(), level.get());
        }
      } else if (level.isEmpty()) {
        settings.readerDisabled.add(entry.getKey());
      } else {
        settings.readerSeverity.put(entry.getKey(), level.get());
      }
    }
    if (required != null) {
      linter.requiredSections(sections(required));
    }
    settings.linter = linter.build();
    settings.quiet |= options.quiet;
    if (options.maxWarnings != null) {
      if (options.maxWarnings < 0) {
        throw CliException.input("--max-warnings must be 0 or more, not " + options.maxWarnings);
      }
      settings.maxWarnings = options.maxWarnings;
    }
    if (options.failOn != null) {
      settings.failOn = options.failOn;
    }
    if (options.includes != null) {
      settings.includes = options.includes;
    }
    if (options.excludes != null) {
      settings.excludes = options.excludes;
    }
    return settings;
  }

  private static void check(String source, List<String> disabled, Map<String, String> levels) {
    for (String code : disabled) {
      known(source, code);
    }
    for (Map.Entry<String, String> entry : levels.entrySet()) {
      known(source, entry.getKey());
      String value = entry.getValue().toLowerCase(Locale.ROOT);
      if (!(value.equals("off") || value.equals("error") || value.equals("warning") || value.equals("info"))) {
        throw CliException.input(source + "the level of " + entry.getKey() + " must be error, warning, info or off, not '"
            + entry.getValue() + "'");
      }
    }
  }

  private static void known(String source, String code) {
    if (rule(code).isEmpty() && !READER_CODE.matcher(code).matches()) {
      StringBuilder ids = new StringBuilder();
      for (LintRule rule : LintRule.values()) {
        ids.append(ids.length() == 0 ? "" : ", ").append(rule.id());
      }
      throw CliException.input(source + "unknown rule '" + code + "': a lint rule (" + ids
          + ") or a reader code (MD001, json-...)");
    }
  }

  private static Optional<Severity> level(String text) {
    String value = text.toLowerCase(Locale.ROOT);
    return value.equals("off") ? Optional.empty() : Optional.of(Severity.valueOf(value.toUpperCase(Locale.ROOT)));
  }

  private static Set<SectionKind> sections(List<String> names) {
    if (names.size() == 1 && names.get(0).equalsIgnoreCase("none")) {
      return EnumSet.noneOf(SectionKind.class);
    }
    Set<SectionKind> out = EnumSet.noneOf(SectionKind.class);
    for (String name : names) {
      SectionKind kind = SectionKind.find(name).filter(SectionKind::isTemplatePart).orElseThrow(() ->
          CliException.input("unknown section '" + name + "' for --require: one of overview, components, "
              + "requestFlows, apiContracts, dataModels, securityConsiderations, performanceConsiderations, "
              + "testingStrategy, rolloutPlan, openIssues, revisionHistory, or none"));
      out.add(kind);
    }
    return out;
  }
}
