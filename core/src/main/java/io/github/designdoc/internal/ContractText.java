package io.github.designdoc.internal;

import io.github.designdoc.CodeBlock;
import io.github.designdoc.HttpContract;
import io.github.designdoc.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typed view of contract text: the endpoints and operations a contract's code block states, and
 * those a section's Markdown states (code spans, tables, command lists, code blocks in its notes). Plain
 * line matching, precision first: a line is an endpoint only when it starts with a method in capitals
 * followed by a path or an absolute URL, and a block lists commands only when what presents it says so.
 */
public final class ContractText {
  private ContractText() {}

  private static final String METHODS = "GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|WS|WSS";
  private static final String PATH = "(?:/[^\\s`|]*|(?:https?|wss?)://[^\\s`|]+)";
  private static final Pattern ENDPOINT = Pattern.compile(
      "^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?(" + METHODS + ")\\s+(" + PATH + ")(?:\\s+HTTP/\\d(?:\\.\\d)?)?(?:\\s.*)?$");
  private static final Pattern HEADERS = Pattern.compile("^(?i:(?:request\\s+)?headers?)\\s*:\\s*$");
  private static final Pattern BODY = Pattern.compile(
      "^(?i:(?:request\\s+)?(?:body|payload)|request)(?:\\s*\\([^)]*\\))?\\s*:\\s*(.*)$");
  private static final Pattern RESPONSE = Pattern.compile(
      "^(?i:responses?)(?:\\s+(\\d{3}|[1-5][xX]{2}))?(?:\\s*\\([^)]*\\))?\\s*:\\s*(.*)$");
  private static final Pattern HEADER = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*)\\s*:\\s*(.*)$");
  private static final Pattern STATUS = Pattern.compile(
      "^((?:\\d{3}|[1-5][xX]{2})(?:/(?:\\d{3}|[1-5][xX]{2}))*)(?:\\s+(.*))?$");
  private static final Pattern RPC = Pattern.compile(
      "^\\s*rpc\\s+([A-Za-z_]\\w*)\\s*\\(\\s*(stream\\s+)?([\\w.]+)\\s*\\)\\s*returns\\s*\\(\\s*(stream\\s+)?([\\w.]+)\\s*\\)");
  private static final Pattern CALL = Pattern.compile(
      "^([A-Za-z_][\\w.]*)\\(([^()]*)\\)\\s*(?:->|\u2192)\\s*(\\S.*?)\\s*$");
  private static final Pattern TITLE = Pattern.compile("^`?(" + METHODS + ")`?\\s+`?(" + PATH + ")`?$");
  private static final Pattern MESSAGE_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"\\s]+)\"");
  private static final Pattern COMMANDS = Pattern.compile("\\b(?:cli|commands?)\\b");
  private static final Pattern EXAMPLE = Pattern.compile(
      "\\b(?:examples?|e\\.g\\.|for instance|samples?|such as|like (?:the|this)|would look)\\b");
  private static final Pattern RPC_LIST = Pattern.compile(
      "(?i:\\b(?:grpc|rpcs?)\\b)[^:`]*:\\s*((?:`[A-Z]\\w*`(?:\\s*(?:,|and|or)\\s*)?)+)");
  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_-]*");
  private static final Pattern PROSE = Pattern.compile(
      "`(" + METHODS + ")\\s+(" + PATH + ")`|`(" + METHODS + ")`\\s+`(" + PATH + ")`");

  /** Languages whose blocks may state endpoints: none, HTTP, or plain text. */
  private static final Set<String> ENDPOINT_LANGUAGES = Set.of("", "http", "https", "rest", "api", "text", "txt",
      "plain", "plaintext", "none", "ws", "websocket", "endpoint", "endpoints");

  /** Languages of message blocks. */
  private static final Set<String> MESSAGE_LANGUAGES = Set.of("json", "jsonc", "json5", "");

  private static final Pattern WEBSOCKET = Pattern.compile("\\b(?:websockets?|web sockets?)\\b");

  /** Whether the title, or the paragraph just above the block, presents it as WebSocket messages. */
  private static boolean presentsWebSocket(Optional<String> title, Optional<String> description) {
    String d = description.orElse("").strip();
    int last = d.lastIndexOf("\n\n");
    String context = (title.orElse("") + "\n" + (last < 0 ? d : d.substring(last + 2))).toLowerCase(Locale.ROOT);
    return WEBSOCKET.matcher(context).find();
  }

  /** Languages whose blocks may list commands. */
  private static final Set<String> COMMAND_LANGUAGES = Set.of("", "sh", "bash", "shell", "console", "zsh", "text",
      "txt", "plain", "plaintext", "cli", "terminal", "none");

  private static String language(CodeBlock code) {
    String info = code.language().orElse("").strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < info.length() && !Character.isWhitespace(info.charAt(end)) && info.charAt(end) != '{') {
      end++;
    }
    return info.substring(0, end);
  }

  /** The endpoints a contract's block states, in order. */
  public static List<HttpContract> endpoints(CodeBlock code) {
    if (!ENDPOINT_LANGUAGES.contains(language(code))) {
      return List.of();
    }
    List<HttpContract> endpoints = new ArrayList<>();
    String[] lines = code.content().split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      Matcher m = ENDPOINT.matcher(lines[i]);
      if (!m.matches()) {
        i++;
        continue;
      }
      int next = i + 1;
      while (next < lines.length && !ENDPOINT.matcher(lines[next]).matches()) {
        next++;
      }
      endpoints.add(endpoint(m.group(1), m.group(2), lines, i + 1, next));
      i = next;
    }
    return List.copyOf(endpoints);
  }

  private enum Part { NONE, HEADERS, BODY, RESPONSE }

  /** An endpoint with what lines {@code from} to {@code to} state about it. */
  private static HttpContract endpoint(String method, String path, String[] lines, int from, int to) {
    HttpContract.Builder endpoint = HttpContract.builder().method(method).path(path);
    Part part = Part.NONE;
    List<String> body = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String line = lines[i].strip();
      Matcher m;
      if (HEADERS.matcher(line).matches()) {
        part = Part.HEADERS;
      } else if ((m = BODY.matcher(line)).matches()) {
        part = Part.BODY;
        if (!m.group(1).isBlank()) {
          body.add(m.group(1).strip());
        }
      } else if ((m = RESPONSE.matcher(line)).matches()) {
        part = Part.RESPONSE;
        String rest = m.group(2).strip();
        if (m.group(1) != null) {
          endpoint.response(m.group(1), rest);
        } else if (!rest.isEmpty()) {
          status(endpoint, rest);
        }
      } else if (part == Part.HEADERS) {
        m = HEADER.matcher(line);
        if (m.matches()) {
          endpoint.header(m.group(1), m.group(2).strip());
        } else if (line.isEmpty()) {
          part = Part.NONE;
        }
      } else if (part == Part.BODY) {
        body.add(lines[i]);
      } else if (part == Part.RESPONSE) {
        status(endpoint, line);
      }
    }
    String text = dedent(body).strip();
    if (!text.isEmpty()) {
      endpoint.body(text);
    }
    return endpoint.build();
  }

  private static void status(HttpContract.Builder endpoint, String line) {
    Matcher m = STATUS.matcher(line);
    if (m.matches()) {
      endpoint.response(m.group(1), m.group(2) == null ? "" : m.group(2).strip());
    }
  }

  /** The lines with the indentation they all share removed, joined. */
  private static String dedent(List<String> lines) {
    int common = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
          n++;
        }
        common = Math.min(common, n);
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line.isBlank() ? "" : line.substring(Math.min(common, line.length())).stripTrailing());
    }
    return out.toString();
  }

  /** The operations a contract's block states, in order. */
  public static List<Operation> operations(Optional<String> title, Optional<String> description, CodeBlock code) {
    List<Operation> operations = new ArrayList<>();
    for (String line : code.content().split("\n", -1)) {
      Matcher m = RPC.matcher(line);
      if (m.find()) {
        operations.add(Operation.builder().kind(Operation.Kind.RPC).name(m.group(1))
            .request((m.group(2) == null ? "" : "stream ") + m.group(3))
            .response((m.group(4) == null ? "" : "stream ") + m.group(5)).build());
      }
    }
    if (operations.isEmpty() && COMMAND_LANGUAGES.contains(language(code))) {
      operations.addAll(calls(code.content()));
    }
    if (operations.isEmpty() && presentsCommands(title, description) && COMMAND_LANGUAGES.contains(language(code))) {
      operations.addAll(commands(code.content()));
    }
    if (operations.isEmpty() && (endpoints(code).stream().anyMatch(e -> e.method().startsWith("WS"))
        || MESSAGE_LANGUAGES.contains(language(code)) && presentsWebSocket(title, description))) {
      Set<String> types = new LinkedHashSet<>();
      Matcher m = MESSAGE_TYPE.matcher(code.content());
      while (m.find()) {
        types.add(m.group(1));
      }
      types.forEach(t -> operations.add(Operation.of(Operation.Kind.MESSAGE, t)));
    }
    return List.copyOf(operations);
  }

  /** The endpoint a contract's title states, such as {@code POST /v1/things}; empty for any other title. */
  public static List<HttpContract> titleEndpoint(Optional<String> title) {
    Matcher m = TITLE.matcher(title.orElse("").strip());
    return m.matches() ? List.of(HttpContract.builder().method(m.group(1)).path(m.group(2)).build()) : List.of();
  }

  /**
   * The calls of a block whose first line that is not blank is a signature {@code name(args) -> result};
   * other unindented signature lines are calls too, and indented lines are what the call does.
   */
  private static List<Operation> calls(String content) {
    List<Operation> calls = new ArrayList<>();
    for (String line : content.split("\n", -1)) {
      if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
        continue;
      }
      Matcher m = CALL.matcher(line);
      if (m.matches()) {
        calls.add(Operation.builder().kind(Operation.Kind.CALL).name(m.group(1)).request(m.group(2).strip())
            .response(m.group(3)).build());
      } else if (calls.isEmpty()) {
        return List.of();
      }
    }
    return calls;
  }

  /**
   * Whether the title, or the paragraph just above the block when it ends with a colon, presents the
   * block as commands ({@code CLI}, {@code command}), and neither calls it an example.
   */
  static boolean presentsCommands(Optional<String> title, Optional<String> description) {
    String d = description.orElse("").strip();
    int last = d.lastIndexOf("\n\n");
    String paragraph = (last < 0 ? d : d.substring(last + 2)).toLowerCase(Locale.ROOT);
    String heading = title.orElse("").toLowerCase(Locale.ROOT);
    if (EXAMPLE.matcher(heading).find() || EXAMPLE.matcher(paragraph).find()) {
      return false;
    }
    return COMMANDS.matcher(heading).find() || paragraph.endsWith(":") && COMMANDS.matcher(paragraph).find();
  }

  /**
   * The command a line states: its program and subcommands (lowercase words) with the arguments after
   * them; empty when the line does not start with a program name or gives a program only arguments.
   */
  private static Optional<Operation> command(String line) {
    String[] words = line.strip().split("\\s+");
    if (!WORD.matcher(words[0]).matches()) {
      return Optional.empty();
    }
    int n = 1;
    while (n < words.length && WORD.matcher(words[n]).matches()) {
      n++;
    }
    if (n == 1 && words.length > 1) {
      return Optional.empty(); // a program with arguments only: a usage example, not a command surface
    }
    String args = String.join(" ", Arrays.copyOfRange(words, n, words.length));
    return Optional.of(Operation.builder().kind(Operation.Kind.COMMAND)
        .name(String.join(" ", Arrays.copyOfRange(words, 0, n)))
        .request(args.isEmpty() ? Optional.empty() : Optional.of(args)).build());
  }

  /**
   * The commands of a block that lists command lines of one program (comments, blank lines, {@code $}
   * prompts and continuation lines aside); none when any line is something else.
   */
  private static List<Operation> commands(String content) {
    List<Operation> commands = new ArrayList<>();
    String program = null;
    boolean continued = false;
    for (String raw : content.split("\n", -1)) {
      String line = raw.strip();
      boolean continues = line.endsWith("\\");
      if (continued) {
        continued = continues;
        continue;
      }
      continued = continues;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("$ ")) {
        line = line.substring(2).strip();
      }
      if (continues) {
        line = line.substring(0, line.length() - 1).strip();
      }
      Optional<Operation> command = command(line);
      if (command.isEmpty() || program != null && !command.get().name().startsWith(program + " ")
          && !command.get().name().equals(program)) {
        return List.of();
      }
      program = command.get().name().split(" ")[0];
      commands.add(command.get());
    }
    return commands;
  }

  /** What a contract section's Markdown states: endpoints and operations, in order. */
  public record Stated(List<HttpContract> endpoints, List<Operation> operations) {}

  private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+((?:`[^`]+`\\s*(?:/|,|or\\s|and\\s)?\\s*)+).*$|^\\s*(?:[-*+]|\\d+[.)])\\s+.*$");
  private static final Pattern SPAN = Pattern.compile("`([^`]+)`");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
  /** A heading that presents the hooks (or callbacks) defined under it. */
  private static final Pattern HOOKS = Pattern.compile("(?i)\\b(?:hooks?|callbacks?)\\b");
  /** A hook's heading: one PascalCase name, optionally with a remark in parentheses ("(new hook)"). */
  private static final Pattern HOOK = Pattern.compile(
      "^`?([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)`?(?:\\s+\\([^()]*\\))?$");
  /**
   * Operations named in prose: code spans of qualified names whose last part is PascalCase
   * ({@code `dapr.mcp.<name>.CallTool`}), joined by {@code and}, {@code or} or commas, right before the word
   * that says what they are (workflows, orchestrations, operations, methods, procedures).
   */
  private static final Pattern NAMED_CALLS = Pattern.compile(
      "((?:`[A-Za-z_][\\w-]*(?:\\.(?:[\\w-]+|<[\\w-]+>))*\\.[A-Z]\\w*`(?:\\s*,\\s*|\\s+(?:and|or)\\s+)?)+)"
          + "\\s+(?:workflows?|orchestrations?|operations?|methods?|procedures?)\\b");

  /**
   * What Markdown states outside typed contracts: code spans such as {@code `POST /v1/things`} or
   * {@code `POST` `/v1/things`}; rows of a table with a method column and a path (or endpoint, route,
   * URL) column, or an endpoint column of {@code METHOD /path} cells; commands in code spans that start
   * the list items after a paragraph such as {@code CLI commands:}; rpc names in code spans after a
   * label such as {@code gRPC methods:}; calls named in code spans of qualified names right before the word
   * that says what they are ({@code `dapr.mcp.<name>.CallTool` workflow}); hooks, each a heading of one
   * PascalCase name ({@code #### BeforeClusterUpgrade (modified)}) under a heading about hooks or callbacks;
   * and the endpoints and operations of its fenced and indented code
   * blocks, each presented by the heading and the paragraph above it.
   */
  public static Stated scan(String markdown) {
    List<HttpContract> endpoints = new ArrayList<>();
    List<Operation> operations = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    Optional<String> heading = Optional.empty();
    List<String> paragraph = new ArrayList<>();
    boolean commandList = false; // after a paragraph such as "CLI commands:", list items of commands
    String[] headings = new String[7]; // the open heading of each level, but hooks' own headings
    int i = 0;
    while (i < lines.length) {
      String line = lines[i].strip();
      Matcher fence = FENCE.matcher(lines[i]);
      if (fence.matches() && !(fence.group(1).charAt(0) == '`' && fence.group(2).contains("`"))) {
        String marker = fence.group(1);
        int end = i + 1;
        while (end < lines.length && !closes(lines[end], marker)) {
          end++;
        }
        String info = fence.group(2).strip();
        String content = String.join("\n", Arrays.asList(lines).subList(i + 1, Math.min(end, lines.length)));
        CodeBlock code = info.isEmpty() ? CodeBlock.of(content) : CodeBlock.of(info, content);
        Optional<String> description = paragraph.isEmpty() ? Optional.empty()
            : Optional.of(String.join("\n", paragraph));
        endpoints.addAll(endpoints(code));
        operations.addAll(operations(heading, description, code));
        paragraph.clear();
        commandList = false;
        i = end + 1;
        continue;
      }
      if (lines[i].startsWith("    ") && !line.isEmpty() && (i == 0 || lines[i - 1].isBlank())) {
        int end = i;
        List<String> block = new ArrayList<>();
        while (end < lines.length && (lines[end].startsWith("    ") || lines[end].isBlank())) {
          block.add(lines[end].isBlank() ? "" : lines[end].substring(4));
          end++;
        }
        CodeBlock code = CodeBlock.of(String.join("\n", block).strip());
        endpoints.addAll(endpoints(code));
        operations.addAll(operations(heading, paragraph.isEmpty() ? Optional.empty()
            : Optional.of(String.join("\n", paragraph)), code));
        paragraph.clear();
        commandList = false;
        i = end;
        continue;
      }
      Matcher atx = ATX.matcher(lines[i]);
      if (atx.matches()) {
        heading = Optional.of(atx.group(2));
        int depth = atx.group(1).length();
        Matcher hook = HOOK.matcher(atx.group(2).strip());
        String parent = null;
        for (int d = depth - 1; d >= 1 && parent == null; d--) {
          parent = headings[d];
        }
        if (hook.matches() && parent != null && HOOKS.matcher(parent).find()) {
          operations.add(Operation.of(Operation.Kind.CALL, hook.group(1)));
          headings[depth] = ""; // what is under a hook is about that hook
        } else {
          headings[depth] = atx.group(2);
        }
        java.util.Arrays.fill(headings, depth + 1, headings.length, null);
        paragraph.clear();
        commandList = false;
      } else if (line.startsWith("|") && i + 1 < lines.length
          && lines[i + 1].strip().matches("\\|?[\\s:|-]+\\|?") && lines[i + 1].contains("-")) {
        i = table(lines, i, endpoints, operations);
        paragraph.clear();
        commandList = false;
        continue;
      } else if (!line.isEmpty()) {
        Matcher item = ITEM.matcher(lines[i]);
        if (item.matches() && commandList && item.group(1) != null) {
          Matcher span = SPAN.matcher(item.group(1));
          while (span.find()) {
            command(span.group(1)).ifPresent(operations::add);
          }
        } else if (!item.matches()) {
          if (i > 0 && lines[i - 1].isBlank() || paragraph.isEmpty() || commandList) {
            paragraph.clear();
          }
          paragraph.add(line);
          String text = String.join(" ", paragraph).replace("**", "").replace("__", "").strip()
              .toLowerCase(Locale.ROOT);
          commandList = text.endsWith(":") && COMMANDS.matcher(text).find() && !EXAMPLE.matcher(text).find();
        }
        Matcher rpcs = RPC_LIST.matcher(lines[i]);
        if (rpcs.find()) {
          Matcher span = SPAN.matcher(rpcs.group(1));
          while (span.find()) {
            operations.add(Operation.of(Operation.Kind.RPC, span.group(1)));
          }
        }
        Matcher calls = NAMED_CALLS.matcher(lines[i]);
        while (calls.find()) {
          Matcher span = SPAN.matcher(calls.group(1));
          while (span.find()) {
            operations.add(Operation.of(Operation.Kind.CALL, span.group(1)));
          }
        }
        Matcher m = PROSE.matcher(lines[i]);
        while (m.find()) {
          endpoints.add(HttpContract.builder().method(m.group(1) != null ? m.group(1) : m.group(3))
              .path(m.group(2) != null ? m.group(2) : m.group(4)).build());
        }
      }
      i++;
    }
    return new Stated(List.copyOf(endpoints), List.copyOf(operations));
  }

  private static boolean closes(String line, String marker) {
    String t = line.strip();
    if (line.length() - line.stripLeading().length() > 3 || t.isEmpty() || t.charAt(0) != marker.charAt(0)) {
      return false;
    }
    int n = 0;
    while (n < t.length() && t.charAt(n) == marker.charAt(0)) {
      n++;
    }
    return n >= marker.length() && t.substring(n).isBlank();
  }

  private static final Pattern CELL_ENDPOINT = Pattern.compile("^(" + METHODS + ")\\s+(" + PATH + ")$");

  /** Reads a table from its header line; returns the index after it. */
  private static int table(String[] lines, int header, List<HttpContract> endpoints, List<Operation> operations) {
    List<String> columns = cells(lines[header]);
    int method = -1;
    int path = -1;
    int command = -1;
    for (int c = 0; c < columns.size(); c++) {
      String name = columns.get(c).toLowerCase(Locale.ROOT);
      if (method < 0 && name.matches("(?:http )?(?:method|verb)")) {
        method = c;
      } else if (path < 0 && name.matches("(?:path|endpoint|route|url|uri|resource)s?")) {
        path = c;
      } else if (command < 0 && name.matches("(?:cli )?commands?|subcommands?")) {
        command = c;
      }
    }
    int i = header + 2;
    for (; i < lines.length && lines[i].strip().startsWith("|"); i++) {
      List<String> row = cells(lines[i]);
      if (command >= 0 && command < row.size()) {
        Matcher span = SPAN.matcher(MarkdownBlocks.cells(lines[i]).get(command));
        if (span.lookingAt()) {
          command(span.group(1)).ifPresent(operations::add);
        }
      }
      if (method >= 0 && path >= 0 && Math.max(method, path) < row.size()) {
        String m = row.get(method);
        String p = row.get(path);
        if (m.matches(METHODS) && p.matches(PATH)) {
          endpoints.add(HttpContract.builder().method(m).path(p).build());
        }
      } else if (method < 0 && path >= 0 && path < row.size()) {
        Matcher m = CELL_ENDPOINT.matcher(row.get(path));
        if (m.matches()) {
          endpoints.add(HttpContract.builder().method(m.group(1)).path(m.group(2)).build());
        }
      }
    }
    return i;
  }

  /** A table line's cells, stripped of blanks and code marks. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    for (String cell : MarkdownBlocks.cells(line)) {
      cells.add(cell.replace("`", "").replace("**", "").strip());
    }
    return cells;
  }
}
