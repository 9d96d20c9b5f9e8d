package io.github.designdoc.markdown.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML front matter block at the very start of a document ({@code ---} to {@code ---} or
 * {@code ...}): its raw text, kept verbatim, and the top-level scalars and lists of scalars, parsed by
 * snakeyaml-engine (keys lower-cased). The values are the scalars' text as written, so {@code 1.10} stays
 * {@code 1.10}.
 */
public final class FrontMatter {
  private final String raw;
  private final int end;
  private final Map<String, List<String>> values;
  private final String error;

  private FrontMatter(String raw, int end, Map<String, List<String>> values, String error) {
    this.raw = raw;
    this.end = end;
    this.values = values;
    this.error = error;
  }

  /** The front matter at the start of the text (line breaks already {@code \n}), if any. */
  public static Optional<FrontMatter> find(String text) {
    if (!(text.startsWith("---\n") || text.equals("---"))) {
      return Optional.empty();
    }
    int start = 4;
    int lineStart = start;
    while (lineStart <= text.length()) {
      int end = text.indexOf('\n', lineStart);
      String line = end < 0 ? text.substring(lineStart) : text.substring(lineStart, end);
      if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
        String raw = lineStart == start ? "" : text.substring(start, lineStart - 1);
        return Optional.of(parse(raw, end < 0 ? text.length() : end));
      }
      if (end < 0) {
        break;
      }
      lineStart = end + 1;
    }
    return Optional.empty();
  }

  /** The values of front matter given without its fences. */
  public static FrontMatter of(String raw) {
    return parse(raw, 0);
  }

  /** The YAML text between the fences, verbatim. */
  public String raw() {
    return raw;
  }

  /** The index just past the closing fence line (before its line break). */
  public int end() {
    return end;
  }

  /** Why the YAML could not be read, if it could not. */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /** The single-line scalar value of a top-level key (case ignored), or the first item of its list. */
  public Optional<String> value(String key) {
    return values(key).stream().findFirst();
  }

  /** The values of a top-level key: its list's scalar items, or its scalar alone. */
  public List<String> values(String key) {
    return values.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
  }

  private static FrontMatter parse(String raw, int end) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    if (raw.isBlank()) {
      return new FrontMatter(raw, end, map, null);
    }
    try {
      LoadSettings settings = LoadSettings.builder().setMaxAliasesForCollections(50)
          .setCodePointLimit(Math.max(1024, raw.length() + 16)).build();
      Optional<Node> root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, raw)))
          .getSingleNode();
      if (root.isPresent() && root.get() instanceof MappingNode) {
        for (NodeTuple tuple : ((MappingNode) root.get()).getValue()) {
          if (!(tuple.getKeyNode() instanceof ScalarNode)) {
            continue;
          }
          String key = ((ScalarNode) tuple.getKeyNode()).getValue().strip().toLowerCase(Locale.ROOT);
          List<String> list = new ArrayList<>();
          Node value = tuple.getValueNode();
          if (value instanceof ScalarNode) {
            scalar((ScalarNode) value).ifPresent(list::add);
          } else if (value instanceof SequenceNode) {
            for (Node item : ((SequenceNode) value).getValue()) {
              if (item instanceof ScalarNode) {
                scalar((ScalarNode) item).ifPresent(list::add);
              }
            }
          }
          map.putIfAbsent(key, list);
        }
      }
      return new FrontMatter(raw, end, map, null);
    } catch (RuntimeException | StackOverflowError e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new FrontMatter(raw, end, Map.of(), message.replace('\n', ' ').strip());
    }
  }

  private static Optional<String> scalar(ScalarNode node) {
    String s = node.getValue().strip();
    return s.isEmpty() || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 ? Optional.empty() : Optional.of(s);
  }
}
