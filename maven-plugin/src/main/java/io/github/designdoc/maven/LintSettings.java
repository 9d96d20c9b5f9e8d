package io.github.designdoc.maven;

import io.github.designdoc.SectionKind;
import io.github.designdoc.Severity;
import io.github.designdoc.lint.LintRule;
import io.github.designdoc.lint.Linter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the {@link Linter} from the plugin's configuration, and reads {@code failOn}. */
final class LintSettings {
  private LintSettings() {}

  /**
   * The linter for these settings.
   *
   * @param disabledRules rule ids ({@code missing-section}) or constant names ({@code MISSING_SECTION}); may be null
   * @param severities rule to {@code error}, {@code warning}, {@code info} or {@code off}; may be null
   * @param requiredSections section ids, names or titles, or the single word {@code none}; null keeps the default
   * @throws IllegalArgumentException naming the unknown rule, level or section and the valid ones
   */
  static Linter linter(List<String> disabledRules, Map<String, String> severities, List<String> requiredSections) {
    Linter.Builder builder = Linter.builder();
    if (disabledRules != null) {
      for (String rule : disabledRules) {
        if (rule != null && !rule.isBlank()) {
          builder.disable(rule(rule));
        }
      }
    }
    if (severities != null) {
      for (Map.Entry<String, String> entry : severities.entrySet()) {
        LintRule rule = rule(entry.getKey());
        String level = entry.getValue() == null ? "" : entry.getValue().strip().toLowerCase(Locale.ROOT);
        if (level.equals("off")) {
          builder.disable(rule);
        } else {
          builder.severity(rule, severity(level, "severity of rule " + rule.id()));
        }
      }
    }
    if (requiredSections != null) {
      builder.requiredSections(sections(requiredSections));
    }
    return builder.build();
  }

  /** {@code error} or {@code warning}: the lowest severity that fails the build. */
  static Severity failOn(String value) {
    String level = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (level.equals("error")) {
      return Severity.ERROR;
    }
    if (level.equals("warning")) {
      return Severity.WARNING;
    }
    throw new IllegalArgumentException("failOn must be error or warning, not \"" + value + "\"");
  }

  static LintRule rule(String name) {
    String key = name == null ? "" : name.strip();
    for (LintRule rule : LintRule.values()) {
      if (rule.id().equalsIgnoreCase(key) || rule.name().equalsIgnoreCase(key)) {
        return rule;
      }
    }
    throw new IllegalArgumentException("unknown lint rule \"" + name + "\"; the rules are "
        + Arrays.stream(LintRule.values()).map(LintRule::id).collect(Collectors.joining(", ")));
  }

  private static Severity severity(String level, String what) {
    for (Severity severity : Severity.values()) {
      if (severity.name().equalsIgnoreCase(level)) {
        return severity;
      }
    }
    throw new IllegalArgumentException(what + " must be error, warning, info or off, not \"" + level + "\"");
  }

  private static Set<SectionKind> sections(List<String> names) {
    List<String> given = names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
    if (given.size() == 1 && given.get(0).equalsIgnoreCase("none")) {
      return Set.of();
    }
    Set<SectionKind> out = EnumSet.noneOf(SectionKind.class);
    for (String name : given) {
      Optional<SectionKind> kind = SectionKind.find(name);
      if (kind.isEmpty() || kind.get() == SectionKind.CUSTOM) {
        throw new IllegalArgumentException("unknown section \"" + name + "\" in requiredSections; use none or "
            + Linter.TEMPLATE_SECTIONS.stream().map(SectionKind::id).collect(Collectors.joining(", ")));
      }
      out.add(kind.get());
    }
    return out;
  }
}
