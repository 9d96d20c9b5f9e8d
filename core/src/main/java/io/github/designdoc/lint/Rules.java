package io.github.designdoc.lint;

import io.github.designdoc.ApiContracts;
import io.github.designdoc.Components;
import io.github.designdoc.DataModels;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.DocDate;
import io.github.designdoc.HttpContract;
import io.github.designdoc.HttpResponse;
import io.github.designdoc.ItemSection;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.OpenIssues;
import io.github.designdoc.RequestFlows;
import io.github.designdoc.RevisionHistory;
import io.github.designdoc.Section;
import io.github.designdoc.SectionKind;
import io.github.designdoc.Status;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
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
    forEachItem(doc, Components.class, (c, p) -> {
      placeholder(c.name(), p + "/name", "component name", findings);
      c.owner().ifPresent(o -> placeholder(o, p + "/owner", "component owner", findings));
    });
    forEachItem(doc, RequestFlows.class, (f, p) -> placeholder(f.name(), p + "/name", "request flow name", findings));
    forEachItem(doc, RevisionHistory.class, (r, p) -> {
      r.author().ifPresent(a -> placeholder(a, p + "/author", "revision author", findings));
      r.date().ifPresent(d -> placeholder(d.text(), p + "/date", "revision date", findings));
    });
  }

  /** Calls {@code action} with every item of every section of a type and the item's JSON pointer. */
  static <T, S extends ItemSection<T>> void forEachItem(DesignDoc doc, Class<S> type, BiConsumer<T, String> action) {
    List<Section> sections = doc.sections();
    for (int s = 0; s < sections.size(); s++) {
      if (type.isInstance(sections.get(s))) {
        List<T> items = type.cast(sections.get(s)).items();
        for (int i = 0; i < items.size(); i++) {
          action.accept(items.get(i), "/sections/" + s + "/items/" + i);
        }
      }
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
    forEachItem(doc, OpenIssues.class, (issue, p) -> {
      if (issue.isOpen()) {
        findings.add(LintRule.APPROVED_WITH_OPEN_ISSUES, p,
            "status is Approved but this open issue is unresolved: " + preview(issue.text()));
      }
    });
  }

  static void revisionOrder(DesignDoc doc, Linter.Findings findings) {
    LocalDate[] previous = {null};
    forEachItem(doc, RevisionHistory.class, (r, p) -> {
      Optional<LocalDate> date = r.date().flatMap(DocDate::value);
      if (date.isEmpty()) {
        return;
      }
      if (previous[0] != null && date.get().isBefore(previous[0])) {
        findings.add(LintRule.REVISION_ORDER, p + "/date",
            "revision dated " + date.get() + " comes after one dated " + previous[0]
                + "; the revision history should be in date order, oldest first");
      }
      previous[0] = date.get();
    });
  }

  static void futureDates(DesignDoc doc, LocalDate today, Linter.Findings findings) {
    doc.date().flatMap(DocDate::value).filter(d -> d.isAfter(today)).ifPresent(d -> findings.add(
        LintRule.FUTURE_DATE, "/date", "date " + d + " is in the future (today is " + today + ")"));
    forEachItem(doc, RevisionHistory.class, (r, p) -> r.date().flatMap(DocDate::value).filter(d -> d.isAfter(today))
        .ifPresent(d -> findings.add(LintRule.FUTURE_DATE, p + "/date",
            "revision date " + d + " is in the future (today is " + today + ")")));
  }

  static void duplicates(DesignDoc doc, Linter.Findings findings) {
    Map<String, Integer> components = new HashMap<>();
    int[] index = {0};
    forEachItem(doc, Components.class, (c, p) -> {
      Integer first = components.putIfAbsent(c.name().toLowerCase(Locale.ROOT), index[0]++);
      if (first != null) {
        findings.add(LintRule.DUPLICATE_COMPONENT, p + "/name",
            "component '" + c.name() + "' has the same name as component " + (first + 1));
      }
    });
    Map<String, Integer> models = new HashMap<>();
    int[] modelIndex = {0};
    forEachItem(doc, DataModels.class, (m, p) -> {
      int i = modelIndex[0]++;
      if (m.name().isEmpty()) {
        return;
      }
      Integer first = models.putIfAbsent(m.name().get().toLowerCase(Locale.ROOT), i);
      if (first != null) {
        findings.add(LintRule.DUPLICATE_DATA_MODEL, p + "/name",
            "data model '" + m.name().get() + "' has the same name as data model " + (first + 1));
      }
    });
  }

  static void http(DesignDoc doc, Linter.Findings findings) {
    forEachItem(doc, ApiContracts.class, (contract, p) -> {
      if (!(contract instanceof HttpContract http)) {
        return;
      }
      if (!HTTP_METHODS.contains(http.method())) {
        findings.add(LintRule.HTTP_METHOD, p + "/method",
            "HTTP method '" + http.method() + "' is not one of " + String.join(", ", sorted(HTTP_METHODS)));
      }
      List<HttpResponse> responses = http.responses();
      for (int r = 0; r < responses.size(); r++) {
        String status = responses.get(r).status();
        if (!isStatus(status)) {
          findings.add(LintRule.HTTP_STATUS, p + "/responses/" + r + "/status",
              "response status '" + status + "' is neither a status code such as 404 nor a range such as 4xx");
        }
      }
    });
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

  /** A finding about the whole document (pointer {@code ""}) for each required section it lacks. */
  static void missingSections(DesignDoc doc, Set<SectionKind> required, Linter.Findings findings) {
    for (SectionKind kind : required) {
      if (!doc.hasSection(kind)) {
        findings.add(LintRule.MISSING_SECTION, "", "required section '" + kind.title() + "' is missing");
      }
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
