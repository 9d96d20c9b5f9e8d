package io.github.designdoc.lint;

import io.github.designdoc.ApiContract;
import io.github.designdoc.Component;
import io.github.designdoc.DataModel;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.DocDate;
import io.github.designdoc.HttpContract;
import io.github.designdoc.HttpResponse;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.Revision;
import io.github.designdoc.SectionKind;
import io.github.designdoc.Status;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lint rules' checks. Pointers name parts as the JSON format does. */
final class Rules {
  private Rules() {}

  /** The template's status line, which offers the three statuses to pick from. */
  static final String TEMPLATE_STATUS = "Draft | In Review | Approved";

  /** {@code <Feature Name>}, {@code <author>}: an angle-bracketed word or words that is no HTML tag. */
  private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z][A-Za-z0-9 _-]*)>");

  private static final Set<String> HTML_TAGS = Set.of("a", "abbr", "b", "br", "code", "del", "details", "div",
      "em", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong",
      "sub", "summary", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul", "wbr");

  static final Set<String> HTTP_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS",
      "TRACE", "PATCH");

  private static final Pattern STATUS = Pattern.compile("[1-5](?:[0-9][0-9]|[0-9x]x|XX|xx)");

  static void placeholders(DesignDoc doc, Linter.Findings findings) {
    if (!findings.enabled(LintRule.PLACEHOLDER)) {
      return;
    }
    placeholder(doc.title(), "/title", "title", findings);
    doc.version().ifPresent(v -> placeholder(v, "/version", "version", findings));
    for (int i = 0; i < doc.authors().size(); i++) {
      placeholder(doc.authors().get(i), "/authors/" + i, "author", findings);
    }
    doc.date().ifPresent(d -> placeholder(d.text(), "/date", "date", findings));
    doc.status().ifPresent(s -> {
      if (s.text().equals(TEMPLATE_STATUS)) {
        findings.add(LintRule.PLACEHOLDER, "/status",
            "status is the template's '" + TEMPLATE_STATUS + "'; pick one of them");
      } else {
        placeholder(s.text(), "/status", "status", findings);
      }
    });
    List<MetadataEntry> metadata = doc.otherMetadata();
    for (int i = 0; i < metadata.size(); i++) {
      placeholder(metadata.get(i).value(), "/otherMetadata/" + i + "/value", metadata.get(i).key(), findings);
    }
    for (int i = 0; i < doc.components().size(); i++) {
      Component c = doc.components().get(i);
      placeholder(c.name(), "/components/" + i + "/name", "component name", findings);
      int index = i;
      c.owner().ifPresent(o -> placeholder(o, "/components/" + index + "/owner", "component owner", findings));
    }
    for (int i = 0; i < doc.requestFlows().size(); i++) {
      placeholder(doc.requestFlows().get(i).name(), "/requestFlows/" + i + "/name", "request flow name", findings);
    }
    for (int i = 0; i < doc.revisions().size(); i++) {
      Revision r = doc.revisions().get(i);
      int index = i;
      r.author().ifPresent(a -> placeholder(a, "/revisions/" + index + "/author", "revision author", findings));
      r.date().ifPresent(d -> placeholder(d.text(), "/revisions/" + index + "/date", "revision date", findings));
    }
  }

  private static void placeholder(String text, String pointer, String what, Linter.Findings findings) {
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (!HTML_TAGS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        findings.add(LintRule.PLACEHOLDER, pointer,
            what + " still holds the template placeholder '" + m.group() + "'");
        return;
      }
    }
  }

  static void approvedWithOpenIssues(DesignDoc doc, Linter.Findings findings) {
    boolean approved = doc.status().map(s -> s.kind() == Status.Kind.APPROVED).orElse(false);
    if (!approved) {
      return;
    }
    List<OpenIssue> issues = doc.openIssues();
    for (int i = 0; i < issues.size(); i++) {
      if (issues.get(i).isOpen()) {
        findings.add(LintRule.APPROVED_WITH_OPEN_ISSUES, "/openIssues/" + i,
            "status is Approved but this open issue is unresolved: " + preview(issues.get(i).text()));
      }
    }
  }

  static void revisionOrder(DesignDoc doc, Linter.Findings findings) {
    LocalDate previous = null;
    List<Revision> revisions = doc.revisions();
    for (int i = 0; i < revisions.size(); i++) {
      Optional<LocalDate> date = revisions.get(i).date().flatMap(DocDate::value);
      if (date.isEmpty()) {
        continue;
      }
      if (previous != null && date.get().isBefore(previous)) {
        findings.add(LintRule.REVISION_ORDER, "/revisions/" + i + "/date",
            "revision dated " + date.get() + " comes after one dated " + previous
                + "; the revision history should be in date order, oldest first");
      }
      previous = date.get();
    }
  }

  static void futureDates(DesignDoc doc, LocalDate today, Linter.Findings findings) {
    doc.date().flatMap(DocDate::value).filter(d -> d.isAfter(today)).ifPresent(d -> findings.add(
        LintRule.FUTURE_DATE, "/date", "date " + d + " is in the future (today is " + today + ")"));
    for (int i = 0; i < doc.revisions().size(); i++) {
      int index = i;
      doc.revisions().get(i).date().flatMap(DocDate::value).filter(d -> d.isAfter(today))
          .ifPresent(d -> findings.add(LintRule.FUTURE_DATE, "/revisions/" + index + "/date",
              "revision date " + d + " is in the future (today is " + today + ")"));
    }
  }

  static void duplicates(DesignDoc doc, Linter.Findings findings) {
    Map<String, Integer> components = new HashMap<>();
    for (int i = 0; i < doc.components().size(); i++) {
      String name = doc.components().get(i).name();
      Integer first = components.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
      if (first != null) {
        findings.add(LintRule.DUPLICATE_COMPONENT, "/components/" + i + "/name",
            "component '" + name + "' has the same name as component " + (first + 1));
      }
    }
    Map<String, Integer> models = new HashMap<>();
    List<DataModel> dataModels = doc.dataModels();
    for (int i = 0; i < dataModels.size(); i++) {
      Optional<String> name = dataModels.get(i).name();
      if (name.isEmpty()) {
        continue;
      }
      Integer first = models.putIfAbsent(name.get().toLowerCase(Locale.ROOT), i);
      if (first != null) {
        findings.add(LintRule.DUPLICATE_DATA_MODEL, "/dataModels/" + i + "/name",
            "data model '" + name.get() + "' has the same name as data model " + (first + 1));
      }
    }
  }

  static void http(DesignDoc doc, Linter.Findings findings) {
    List<ApiContract> contracts = doc.apiContracts();
    for (int i = 0; i < contracts.size(); i++) {
      if (!(contracts.get(i) instanceof HttpContract)) {
        continue;
      }
      HttpContract http = (HttpContract) contracts.get(i);
      if (!HTTP_METHODS.contains(http.method())) {
        findings.add(LintRule.HTTP_METHOD, "/apiContracts/" + i + "/method",
            "HTTP method '" + http.method() + "' is not one of " + String.join(", ", sorted(HTTP_METHODS)));
      }
      List<HttpResponse> responses = http.responses();
      for (int r = 0; r < responses.size(); r++) {
        String status = responses.get(r).status();
        if (!isStatus(status)) {
          findings.add(LintRule.HTTP_STATUS, "/apiContracts/" + i + "/responses/" + r + "/status",
              "response status '" + status + "' is neither a status code such as 404 nor a range such as 4xx");
        }
      }
    }
  }

  /** A code ({@code 404}), a range ({@code 4xx}) or several joined by {@code /} ({@code 4xx/5xx}). */
  static boolean isStatus(String status) {
    for (String part : status.split("/", -1)) {
      if (!STATUS.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  static void missingSections(DesignDoc doc, Set<SectionKind> required, Linter.Findings findings) {
    for (SectionKind kind : required) {
      if (!doc.hasSection(kind)) {
        String pointer = kind == SectionKind.METADATA ? "" : "/" + pointerName(kind);
        findings.add(LintRule.MISSING_SECTION, pointer,
            "required section '" + kind.title() + "' is missing");
      }
    }
  }

  /** The JSON property holding a known section's typed content. */
  static String pointerName(SectionKind kind) {
    switch (kind) {
      case OVERVIEW:
        return "overview";
      case COMPONENTS:
        return "components";
      case REQUEST_FLOWS:
        return "requestFlows";
      case API_CONTRACTS:
        return "apiContracts";
      case DATA_MODELS:
        return "dataModels";
      case SECURITY:
        return "securityConsiderations";
      case PERFORMANCE:
        return "performanceConsiderations";
      case TESTING_STRATEGY:
        return "testingStrategy";
      case ROLLOUT_PLAN:
        return "rolloutPhases";
      case OPEN_ISSUES:
        return "openIssues";
      case REVISION_HISTORY:
        return "revisions";
      default:
        return "";
    }
  }

  private static List<String> sorted(Set<String> set) {
    return set.stream().sorted().collect(java.util.stream.Collectors.toList());
  }

  private static String preview(String text) {
    String line = text.lines().findFirst().orElse("");
    return line.length() > 60 ? line.substring(0, 60) + "..." : line;
  }
}
