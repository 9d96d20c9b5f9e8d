package io.github.designdoc.internal;

import io.github.designdoc.CodeBlock;
import io.github.designdoc.CodeContract;
import io.github.designdoc.Component;
import io.github.designdoc.DataField;
import io.github.designdoc.DataModel;
import io.github.designdoc.DocDate;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.Revision;
import io.github.designdoc.internal.MarkdownBlocks.Block;
import io.github.designdoc.internal.MarkdownBlocks.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data models, components, request flows and revisions that kept text (custom sections, intros and notes,
 * contracts kept as code) states in the forms the reader types, for the document's derived views.
 * Precision first: each form needs the evidence its rule names, and text that only shows an example
 * states nothing.
 */
public final class Stated {
  private Stated() {}

  private static final Pattern EXAMPLE = Pattern.compile(
      "(?i)\\b(?:examples?|e\\.g\\.|for instance|samples?|such as|illustrat\\w*|would look|might look)\\b");

  // ------------------------------------------------------------ data models

  /**
   * The models a block defines in a language that names its types (protobuf, SQL, Go, TypeScript, C,
   * Rust), each named by its type.
   */
  private static List<DataModel> definitions(CodeBlock code) {
    List<DataModel> models = new ArrayList<>();
    for (SchemaFields.Schema s : SchemaFields.definitions(code)) {
      models.add(DataModel.builder().name(s.name()).fields(s.fields()).addSchemas(code).build());
    }
    return models;
  }

  /** A JSON object block as a model named {@code name}, or by the type its {@code "type"} names. */
  private static Optional<DataModel> json(CodeBlock code, Optional<String> name) {
    String lang = SchemaFields.language(code);
    if (!(lang.isEmpty() || lang.startsWith("json"))) {
      return Optional.empty();
    }
    Optional<String> named = SchemaFields.instanceType(code).or(() -> name);
    Optional<SchemaFields.Schema> schema = SchemaFields.read(code);
    if (named.isEmpty() || schema.isEmpty() || schema.get().fields().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(DataModel.builder().name(named).fields(schema.get().fields()).addSchemas(code).build());
  }

  /**
   * The models a contract kept as code states: the types its block defines (protobuf messages, Go
   * structs, ...); and, for a JSON object block that states no endpoint or operation, the model named
   * by the type its {@code "type"} names or else by the contract's title, unless the title or the
   * paragraph above calls it an example.
   */
  public static List<DataModel> models(CodeContract contract) {
    List<DataModel> models = new ArrayList<>(definitions(contract.code()));
    if (models.isEmpty() && contract.endpoints().isEmpty() && contract.operations().isEmpty()
        && !example(contract.title().orElse("")) && !example(lastParagraph(contract.description().orElse("")))) {
      json(contract.code(), contract.title()).ifPresent(models::add);
    }
    return models;
  }

  /**
   * The models Markdown states: the types each fenced block defines in a language that names its types
   * (unless, outside {@code modelText}, its heading or the paragraph above calls it an example);
   * field tables (a name column and a type column) under their own heading, named by it; and, where
   * {@code modelText} (a data model or API section's text), field tables with a description column
   * instead, and JSON object blocks named by their {@code "type"} or, when the first code under their
   * heading and not presented as an example, by the heading.
   */
  public static List<DataModel> models(String markdown, boolean modelText) {
    List<DataModel> models = new ArrayList<>();
    Optional<String> heading = Optional.empty();
    int codeUnderHeading = 0;
    boolean tableTaken = false;
    String paragraph = "";
    for (Block b : MarkdownBlocks.scan(markdown)) {
      switch (b.kind()) {
        case HEADING:
          heading = b.text().isEmpty() ? Optional.empty() : Optional.of(b.text());
          codeUnderHeading = 0;
          tableTaken = false;
          paragraph = "";
          break;
        case PARAGRAPH:
          paragraph = b.text();
          break;
        case CODE:
          CodeBlock code = b.text().isEmpty() ? CodeBlock.of(b.content()) : CodeBlock.of(b.text(), b.content());
          List<DataModel> defined = definitions(code);
          if (!defined.isEmpty()) {
            if (modelText || !example(heading.orElse("")) && !example(paragraph)) {
              models.addAll(defined);
            }
          } else if (modelText) {
            boolean named = codeUnderHeading == 0 && !tableTaken && !example(heading.orElse("")) && !example(paragraph);
            json(code, named ? heading : Optional.empty()).ifPresent(models::add);
          }
          codeUnderHeading++;
          paragraph = "";
          break;
        case TABLE:
          if (heading.isPresent() && !tableTaken && codeUnderHeading == 0 && !example(heading.get())) {
            Optional<List<DataField>> fields = SchemaFields.table(b.rows(), modelText);
            if (fields.isPresent()) {
              models.add(DataModel.builder().name(heading).fields(fields.get()).build());
            }
          }
          tableTaken = true; // only the first table under a heading is named by it
          paragraph = "";
          break;
        default:
          paragraph = "";
      }
    }
    return models;
  }


  private static boolean example(String text) {
    return EXAMPLE.matcher(text).find();
  }

  private static String lastParagraph(String markdown) {
    String d = markdown.strip();
    int last = d.lastIndexOf("\n\n");
    return last < 0 ? d : d.substring(last + 2);
  }

  // ------------------------------------------------------------- components

  private static final Pattern BOLD = Pattern.compile("^\\*\\*(.+?)\\*\\*(.*)$");
  private static final Pattern OWNER = Pattern.compile("^(.+?)\\s+\\(([^()]+)\\)$");
  private static final Pattern WORD_LIST = Pattern.compile("^[A-Za-z][\\w.-]*(?:\\s*,\\s*[A-Za-z][\\w.-]*)+$");
  private static final Pattern COMPONENTS_HEADING = Pattern.compile(
      "(?i)^(?:(?:key|main|core|system|new|major|affected)\\s+)?components$");
  private static final Pattern COMPONENT_COLUMN = Pattern.compile("(?i)^(?:components?|component name)$");

  /**
   * The components a components section's own text (its intro and notes) states: its top-level bold
   * bullets ({@code - **Name (Owner)** summary}, under group headings or not; a bold list of single
   * words such as {@code **A, B, C**} is one component each; nested bullets are details, a label bullet
   * such as {@code - **Scope:** ...} is none); or, when it has none, one component per heading at its
   * shallowest heading level, when there are at least two.
   */
  public static List<Component> sectionComponents(String markdown) {
    List<Block> blocks = MarkdownBlocks.scan(markdown);
    List<Component> bullets = boldBullets(blocks);
    if (!bullets.isEmpty()) {
      return bullets;
    }
    int level = 7;
    for (Block b : blocks) {
      if (b.isHeading()) {
        level = Math.min(level, b.level());
      }
    }
    List<Component> headings = new ArrayList<>();
    for (Block b : blocks) {
      if (b.isHeading() && b.level() == level && !b.text().isBlank()) {
        headings.add(Component.builder().name(b.text()).build());
      }
    }
    return headings.size() >= 2 ? headings : List.of();
  }

  /**
   * The components other text states: the top-level items of the list under a heading such as
   * {@code Components} or {@code Key Components}, and the rows of a table whose first column is
   * {@code Component}.
   */
  public static List<Component> components(String markdown) {
    List<Component> out = new ArrayList<>();
    List<Block> blocks = MarkdownBlocks.scan(markdown);
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.isHeading() && COMPONENTS_HEADING.matcher(plain(b.text())).matches()) {
        int j = i + 1;
        while (j < blocks.size() && blocks.get(j).kind() == Kind.PARAGRAPH) {
          j++;
        }
        int top = j < blocks.size() && blocks.get(j).kind() == Kind.ITEM ? blocks.get(j).indent() : -1;
        for (; top >= 0 && j < blocks.size() && blocks.get(j).kind() == Kind.ITEM; j++) {
          if (blocks.get(j).indent() == top) {
            component(blocks.get(j).text(), true).ifPresent(out::addAll);
          }
        }
      } else if (b.kind() == Kind.TABLE
          && COMPONENT_COLUMN.matcher(SchemaFields.header(b.rows().get(0).get(0))).matches()) {
        for (List<String> row : b.rows().subList(1, b.rows().size())) {
          String name = plain(row.get(0));
          if (!name.isEmpty()) {
            out.add(Component.builder().name(name).build());
          }
        }
      }
    }
    return out;
  }

  /** The components the top-level bold bullets of Markdown name, as {@link #sectionComponents} reads them. */
  public static List<Component> boldBullets(String markdown) {
    return boldBullets(MarkdownBlocks.scan(markdown));
  }

  private static List<Component> boldBullets(List<Block> blocks) {
    List<Component> out = new ArrayList<>();
    int top = Integer.MAX_VALUE;
    for (Block b : blocks) {
      if (b.kind() == Kind.ITEM) {
        top = Math.min(top, b.indent());
      }
    }
    for (Block b : blocks) {
      if (b.kind() == Kind.ITEM && b.indent() == top) {
        component(b.text(), false).ifPresent(out::addAll);
      }
    }
    return out;
  }

  /** The component (or, for a bold list of single words, the components) an item's first line names. */
  private static Optional<List<Component>> component(String line, boolean plainToo) {
    Matcher bold = BOLD.matcher(line);
    String name;
    String rest;
    if (bold.matches()) {
      name = bold.group(1).strip();
      rest = bold.group(2).strip();
      if (name.endsWith(":") || rest.startsWith(":")) {
        return Optional.empty(); // a label such as **Scope:**, not a component
      }
    } else if (plainToo && !line.isBlank() && line.split("\\s+").length <= 6 && !line.matches(".*[.:;!?]$")) {
      name = line.strip();
      rest = "";
    } else {
      return Optional.empty();
    }
    List<Component> out = new ArrayList<>();
    if (WORD_LIST.matcher(name).matches()) {
      for (String part : name.split("\\s*,\\s*")) {
        out.add(Component.builder().name(part).build());
      }
      return Optional.of(out);
    }
    Component.Builder c = Component.builder();
    Matcher owner = OWNER.matcher(name);
    if (owner.matches()) {
      c.name(owner.group(1)).owner(owner.group(2));
    } else {
      c.name(name);
    }
    if (!rest.isEmpty()) {
      c.summary(rest.replaceFirst("^[-\u2013\u2014]\\s*", ""));
    }
    try {
      out.add(c.build());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.of(out);
  }

  private static String plain(String text) {
    return text.replace("**", "").replace("`", "").replace("__", "").strip();
  }

  // ------------------------------------------------------------------ flows

  /**
   * A heading that names a flow: the flow word is its head noun ({@code Install Flow}, {@code Workflow},
   * {@code Flow 2: Login}, {@code Example flow of how X works}, {@code Workflow Description}), not a
   * modifier ({@code Workflow runtime activation}, {@code Tagged-flow ring buffer}).
   */
  private static final Pattern FLOW_HEADING = Pattern.compile(
      "(?i)(?<![\\w-])(?:flows?|workflows?|sequences?|walkthrough|journeys?)(?=\\s*$|\\s*[:(\u2013\u2014]|\\s+-\\s|\\s+\\d"
          + "|\\s+(?:of|for|to|when|description|overview|steps?)\\b)");
  private static final Pattern STORY_HEADING = Pattern.compile("(?i)\\b(?:user stor(?:y|ies)|stories)\\b");
  private static final Pattern STEPS = Pattern.compile("(?i)\\b(?:following|these|the next) steps\\b");
  private static final Pattern FLOW_WORD = Pattern.compile("(?i)\\b(?:flow|workflow|sequence)\\b");
  private static final Pattern FLOW_PREFIX = Pattern.compile("^Flow(?:[ \\t]+\\d+)?[ \\t]*:[ \\t]*(.+)$");
  private static final Pattern TASK = Pattern.compile("^\\[[ xX]\\]\\s.*");

  /**
   * The named flows Markdown states: under a heading, the numbered list whose top-level items are the
   * steps, when the heading names a flow ({@code flow}, {@code workflow}, {@code sequence}, ...), it
   * is a story under a {@code User Stories} heading, or the paragraph before the list announces the
   * steps of a flow ({@code A typical flow follows these steps:}). A bulleted list, a checklist, or a list under any other heading
   * states no flow.
   */
  public static List<RequestFlow> flows(String markdown) {
    List<RequestFlow> flows = new ArrayList<>();
    List<Block> blocks = MarkdownBlocks.scan(markdown);
    List<Block> headings = new ArrayList<>(); // the heading path above the current block
    for (int i = 0; i < blocks.size(); i++) {
      Block h = blocks.get(i);
      if (!h.isHeading()) {
        continue;
      }
      while (!headings.isEmpty() && headings.get(headings.size() - 1).level() >= h.level()) {
        headings.remove(headings.size() - 1);
      }
      boolean story = !headings.isEmpty() && STORY_HEADING.matcher(headings.get(headings.size() - 1).text()).find();
      headings.add(h);
      String name = plain(h.text());
      if (name.isEmpty()) {
        continue;
      }
      boolean named = FLOW_HEADING.matcher(name).find() || story;
      String paragraph = "";
      int j = i + 1;
      while (j < blocks.size() && !blocks.get(j).isHeading()
          && !(blocks.get(j).kind() == Kind.ITEM && blocks.get(j).ordered())) {
        if (blocks.get(j).kind() == Kind.PARAGRAPH) {
          paragraph = blocks.get(j).text();
        } else if (blocks.get(j).kind() == Kind.ITEM) {
          paragraph = "";
        }
        j++;
      }
      boolean announced = STEPS.matcher(paragraph).find() && FLOW_WORD.matcher(paragraph).find();
      if (j == blocks.size() || blocks.get(j).isHeading() || !(named || announced)) {
        continue;
      }
      int top = blocks.get(j).indent();
      List<String> steps = new ArrayList<>();
      for (; j < blocks.size() && !blocks.get(j).isHeading(); j++) {
        Block b = blocks.get(j);
        if (b.kind() == Kind.PARAGRAPH || b.kind() == Kind.TABLE || b.kind() == Kind.ITEM && b.indent() < top
            || b.kind() == Kind.ITEM && b.indent() == top && !b.ordered()) {
          break;
        }
        if (b.kind() == Kind.ITEM && b.indent() == top) {
          steps.add(b.text());
        }
      }
      if (steps.isEmpty() || steps.stream().anyMatch(s -> TASK.matcher(s).matches())) {
        continue;
      }
      Matcher prefix = FLOW_PREFIX.matcher(name);
      try {
        flows.add(RequestFlow.builder().name(prefix.matches() ? prefix.group(1) : h.text()).steps(steps).build());
      } catch (IllegalArgumentException e) {
        // a blank step: not a flow the view can hold
      }
    }
    return flows;
  }

  // ------------------------------------------------------------ revisions

  /**
   * A dated revision line: a date ({@code 2022-05-09}, {@code 2022/05/09}, {@code 2022-05}, {@code May 9, 2022}),
   * maybe bold or after a task box, an author in parentheses, a separator, and the changes. The Markdown
   * reader types a list of such one-line items; the revision view reads the same lines in kept text.
   */
  public static final Pattern DATED = Pattern.compile(
      "^(?<task>\\[[ xX]\\] )?(?<bold>\\*\\*|__)?(?<date>\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{2}/\\d{2}|\\d{4}-\\d{2}|"
          + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}, \\d{4})(?:\\k<bold>)?"
          + "(?: \\((?<author>[^()\\s][^()]*)\\))?(?<sep>\\s*[:\\u2013\\u2014-]\\s*|\\s+)(?<changes>\\S.*)$");

  /**
   * The revisions a revision-history text states: each dated item of its first list at the list's own
   * indentation, the date, the author in parentheses and the item's first line as the changes. Items
   * nested under a revision are its details, not revisions; they stay in the kept text, as do items
   * without a date.
   */
  public static List<Revision> revisions(String markdown) {
    List<Revision> out = new ArrayList<>();
    int top = -1;
    for (Block b : MarkdownBlocks.scan(markdown)) {
      if (b.kind() != Kind.ITEM) {
        if (top >= 0 && b.kind() != Kind.CODE) {
          break;
        }
        continue;
      }
      if (top < 0) {
        top = b.indent();
      } else if (b.indent() < top) {
        break;
      }
      if (b.indent() > top) {
        continue;
      }
      Matcher m = DATED.matcher(b.text());
      if (!m.matches() || m.group("bold") != null && !b.text().contains(m.group("date") + m.group("bold"))) {
        continue;
      }
      try {
        Revision.Builder revision = Revision.builder().date(DocDate.of(m.group("date"))).changes(m.group("changes"));
        if (m.group("author") != null) {
          revision.author(m.group("author").strip());
        }
        out.add(revision.build());
      } catch (IllegalArgumentException e) {
        // a line the model cannot hold: no revision the view can state
      }
    }
    return out;
  }
}
