package io.github.designdoc.cli;

import io.github.designdoc.lint.LintRule;
import java.util.Locale;

/** What each rule finds, for help texts in reports (SARIF's rules list). */
final class RuleHelp {
  static final String HELP_URI = "https://github.com/designdoc/designdoc-java#lint";

  private RuleHelp() {}

  /** One line saying what the rule finds. */
  static String summary(LintRule rule) {
    switch (rule) {
      case PLACEHOLDER:
        return "A template placeholder is left in, such as <Feature Name>, <author> or the status "
            + "'Draft | In Review | Approved'.";
      case APPROVED_WITH_OPEN_ISSUES:
        return "The status is Approved while open issues are unresolved.";
      case REVISION_ORDER:
        return "The revision history is not in date order.";
      case FUTURE_DATE:
        return "The document's date or a revision's date lies in the future.";
      case DUPLICATE_COMPONENT:
        return "Two components have the same name (case ignored).";
      case DUPLICATE_DATA_MODEL:
        return "Two data models have the same name (case ignored).";
      case HTTP_METHOD:
        return "An HTTP contract's method is not one of GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH.";
      case HTTP_STATUS:
        return "A response status is neither a status code (404) nor a range (4xx).";
      case MISSING_SECTION:
        return "A required section is missing; --require sets which sections are required.";
      default:
        return rule.id();
    }
  }

  /** How to act on the rule's findings. */
  static String help(LintRule rule) {
    return summary(rule) + " Turn the rule off with --disable " + rule.id() + ", in .designdoc.json, or in the "
        + "document with <!-- designdoc-disable " + rule.id() + " -->; change its level with --severity "
        + rule.id() + "=info.";
  }

  /** The help of a reader diagnostic, which has no rule of its own. */
  static String readerSummary(String code) {
    return code.toLowerCase(Locale.ROOT).startsWith("json")
        ? "A JSON reader diagnostic: the document does not follow the DesignDoc JSON format."
        : "A Markdown reader diagnostic: content that did not fit the template's typed parts was kept as text, "
            + "or the text could not be read as written.";
  }
}
