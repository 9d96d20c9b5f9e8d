package io.github.designdoc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.SectionKind;
import io.github.designdoc.Severity;
import io.github.designdoc.lint.LintRule;
import io.github.designdoc.lint.Linter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LintSettingsTest {

  @Test
  void nothingConfiguredIsTheDefaultLinter() {
    Linter linter = LintSettings.linter(null, null, null);
    assertEquals(Linter.create().severities(), linter.severities());
    assertEquals(Linter.create().requiredSections(), linter.requiredSections());
  }

  @Test
  void rulesByIdOrConstantNameAreDisabled() {
    Linter linter = LintSettings.linter(List.of("missing-section", "PLACEHOLDER", " http-status "), null, null);
    assertFalse(linter.severities().containsKey(LintRule.MISSING_SECTION));
    assertFalse(linter.severities().containsKey(LintRule.PLACEHOLDER));
    assertFalse(linter.severities().containsKey(LintRule.HTTP_STATUS));
    assertTrue(linter.severities().containsKey(LintRule.HTTP_METHOD));
  }

  @Test
  void severitiesSetLevelsAndOffDisables() {
    Map<String, String> severities = new LinkedHashMap<>();
    severities.put("placeholder", "error");
    severities.put("APPROVED_WITH_OPEN_ISSUES", "Warning");
    severities.put("http-method", "off");
    Linter linter = LintSettings.linter(null, severities, null);
    assertEquals(Severity.ERROR, linter.severities().get(LintRule.PLACEHOLDER));
    assertEquals(Severity.WARNING, linter.severities().get(LintRule.APPROVED_WITH_OPEN_ISSUES));
    assertFalse(linter.severities().containsKey(LintRule.HTTP_METHOD));
  }

  @Test
  void requiredSectionsByIdNameOrTitleAndNone() {
    assertEquals(Set.of(SectionKind.OVERVIEW, SectionKind.API_CONTRACTS, SectionKind.OPEN_ISSUES),
        LintSettings.linter(null, null, List.of("overview", "API_CONTRACTS", "Open Issues")).requiredSections());
    assertEquals(Set.of(), LintSettings.linter(null, null, List.of("none")).requiredSections());
  }

  @Test
  void unknownNamesAreRejectedWithTheValidOnes() {
    String rule = assertThrows(IllegalArgumentException.class,
        () -> LintSettings.linter(List.of("no-such-rule"), null, null)).getMessage();
    assertTrue(rule.contains("no-such-rule") && rule.contains("missing-section"), rule);
    String level = assertThrows(IllegalArgumentException.class,
        () -> LintSettings.linter(null, Map.of("placeholder", "fatal"), null)).getMessage();
    assertTrue(level.contains("fatal") && level.contains("placeholder"), level);
    String section = assertThrows(IllegalArgumentException.class,
        () -> LintSettings.linter(null, null, List.of("overview", "Appendix"))).getMessage();
    assertTrue(section.contains("Appendix") && section.contains("apiContracts"), section);
    assertThrows(IllegalArgumentException.class, () -> LintSettings.linter(null, null, List.of("custom")));
  }

  @Test
  void failOnIsErrorOrWarning() {
    assertEquals(Severity.ERROR, LintSettings.failOn("error"));
    assertEquals(Severity.WARNING, LintSettings.failOn(" WARNING "));
    assertThrows(IllegalArgumentException.class, () -> LintSettings.failOn("info"));
    assertThrows(IllegalArgumentException.class, () -> LintSettings.failOn(null));
  }
}
