package io.github.designdoc.markdown.internal;

import io.github.designdoc.SectionKind;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section headings: which known section a heading names (template titles and aliases, case and a
 * trailing colon ignored), and the marker comments the writer appends to a heading whose text alone
 * would be read as another section.
 */
public final class Headings {
  private static final Pattern MARKER = Pattern.compile("[ \\t]*<!-- designdoc:([a-z-]+) -->$");
  /** Runs of blanks, which a heading's key collapses; before {@link #DEFAULTS}, which uses it. */
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final Map<String, SectionKind> DEFAULTS = defaults();

  private final Map<String, SectionKind> aliases;

  private Headings(Map<String, SectionKind> aliases) {
    this.aliases = aliases;
  }

  /** The template titles and the default aliases. */
  public static Headings defaultHeadings() {
    return new Headings(DEFAULTS);
  }

  /** The defaults plus extra aliases, which win over the defaults. */
  public static Headings withAliases(Map<String, SectionKind> extra) {
    if (extra.isEmpty()) {
      return defaultHeadings();
    }
    Map<String, SectionKind> all = new HashMap<>(DEFAULTS);
    extra.forEach((alias, kind) -> all.put(key(alias), kind));
    return new Headings(Collections.unmodifiableMap(all));
  }

  private static Map<String, SectionKind> defaults() {
    Map<String, SectionKind> map = new HashMap<>();
    for (SectionKind kind : SectionKind.values()) {
      if (kind.isTemplatePart()) {
        map.put(key(kind.title()), kind);
      }
    }
    alias(map, SectionKind.OVERVIEW, "Summary", "Abstract", "TL;DR", "TLDR");
    alias(map, SectionKind.COMPONENTS, "Component Overview");
    alias(map, SectionKind.REQUEST_FLOWS, "Flows", "Request Flow");
    alias(map, SectionKind.API_CONTRACTS, "API Contract", "API");
    alias(map, SectionKind.DATA_MODELS, "Data Models", "Data Model", "Schemas", "Data Models and Schemas");
    alias(map, SectionKind.SECURITY_CONSIDERATIONS, "Security");
    alias(map, SectionKind.PERFORMANCE_CONSIDERATIONS, "Performance");
    alias(map, SectionKind.TESTING_STRATEGY, "Test Plan", "Testing", "Testing (Optional)", "Benchmark Testing");
    alias(map, SectionKind.ROLLOUT_PLAN, "Rollout", "Implementation Plan", "Implementation Phases", "Graduation Criteria",
        "Action Plan", "Adoption Strategy", "Timeline");
    alias(map, SectionKind.OPEN_ISSUES, "Open Questions", "Unresolved Questions", "Open Issues (if applicable)");
    alias(map, SectionKind.REVISION_HISTORY, "Changelog", "Change Log", "Implementation History");
    return Collections.unmodifiableMap(map);
  }

  private static void alias(Map<String, SectionKind> map, SectionKind kind, String... names) {
    for (String name : names) {
      map.put(key(name), kind);
    }
  }

  /** The lookup key of a heading: lower case, blanks collapsed, without a trailing colon. */
  public static String key(String heading) {
    String s = heading.strip().toLowerCase(Locale.ROOT);
    if (!singleSpaced(s)) {
      s = BLANKS.matcher(s).replaceAll(" ");
    }
    while (s.endsWith(":")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /** Whether {@link #BLANKS} would change nothing: every blank a lone ASCII space. */
  private static boolean singleSpaced(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' ? i + 1 < s.length() && s.charAt(i + 1) == ' ' : c < 0x20 || c == 0x7f || c > 0x7f
          && Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the heading names a section rather than a document: a known section, or a common section
   * name such as {@code Goals}, {@code Motivation} or {@code Introduction}.
   */
  public boolean namesSection(String heading) {
    String key = key(heading);
    return aliases.containsKey(key) || COMMON.contains(key);
  }

  private static final java.util.Set<String> COMMON = java.util.Set.of("summary", "abstract", "tl;dr", "tldr",
      "overview", "goals", "motivation", "background", "introduction");

  /** The known section this heading text names, if any. */
  public Optional<SectionKind> kindOf(String heading) {
    return Optional.ofNullable(aliases.get(key(heading)));
  }

  /** A heading split from its marker comment. */
  public record Marked(String text, Optional<SectionKind> kind, boolean custom) {}

  /** Splits a trailing marker comment from the heading text. */
  public static Marked marked(String heading) {
    Matcher m = MARKER.matcher(heading);
    if (m.find()) {
      Optional<SectionKind> kind = slugKind(m.group(1));
      String text = heading.substring(0, m.start());
      if (kind.isPresent() && !text.isBlank()) {
        return new Marked(text, kind, kind.get() == SectionKind.CUSTOM);
      }
    }
    return new Marked(heading, Optional.empty(), false);
  }

  /** Whether the text ends with something that reads as a marker comment. */
  public static boolean endsWithMarker(String heading) {
    return MARKER.matcher(heading).find();
  }

  /** The marker for a known section. */
  public static String knownMarker(SectionKind kind) {
    return " <!-- designdoc:" + slug(kind) + " -->";
  }


  private static String slug(SectionKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Optional<SectionKind> slugKind(String slug) {
    for (SectionKind kind : SectionKind.values()) {
      if (slug(kind).equals(slug)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
