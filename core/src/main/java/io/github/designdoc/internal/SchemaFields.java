package io.github.designdoc.internal;

import io.github.designdoc.CodeBlock;
import io.github.designdoc.DataField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a schema block states: the top-level keys of a JSON object (the properties of a JSON
 * Schema), the columns of a SQL {@code CREATE TABLE}, the fields of a protobuf {@code message}, a Go
 * {@code struct} or a TypeScript {@code interface}/{@code type}. A block that defines more than one
 * type, or that none of these forms reads, states no fields.
 */
public final class SchemaFields {
  /** The languages of blocks that may hold a schema. */
  public static final Set<String> LANGUAGES = Set.of("json", "jsonc", "json5", "sql", "proto", "protobuf", "proto3", "go",
      "golang", "ts", "typescript");

  /** A schema's type name (empty for JSON) and fields. */
  public record Schema(Optional<String> name, List<DataField> fields) {}

  private static final Pattern SQL = Pattern.compile(
      "(?is)\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([\\w.\"`\\[\\]]+)\\s*\\(");
  private static final Pattern PROTO = Pattern.compile("(?m)^\\s*message\\s+(\\w+)\\s*\\{");
  private static final Pattern GO = Pattern.compile("(?m)^\\s*(?:type\\s+)?(\\w+)\\s+struct\\s*\\{");
  private static final Pattern TS = Pattern.compile(
      "(?m)^\\s*(?:export\\s+)?(?:interface\\s+(\\w+)(?:\\s+extends\\s+[\\w.,\\s<>]+)?|type\\s+(\\w+)\\s*=)\\s*\\{");
  private static final Set<String> SQL_NOT_COLUMNS = Set.of("primary", "index", "unique", "constraint", "foreign",
      "key", "check", "family", "inverted", "exclude", "like", "fulltext", "spatial");

  private SchemaFields() {}

  private static final Set<String> NAME_HEADERS = Set.of("field", "name", "column", "key", "property", "attribute",
      "field name", "column name", "property name");
  private static final Set<String> MODEL_NAME_HEADERS = Set.of("parameter", "param");
  private static final Set<String> TYPE_HEADERS = Set.of("type", "data type", "datatype", "value type");
  private static final Set<String> MODEL_TYPE_HEADERS = Set.of("kind");
  private static final Set<String> DESCRIPTION_HEADERS = Set.of("description", "notes", "note", "meaning", "purpose",
      "comment", "comments", "details", "desc");

  /**
   * A field table's fields: rows of cells, the header first (no delimiter row). The first column names
   * the field ({@code Field}, {@code Name}, {@code Column}, {@code Key}, ...); a type column is needed,
   * or a description column where the text is known to be about models ({@code inModels}, which also
   * takes {@code Parameter} and {@code Kind} columns); any other column ({@code Required}, {@code
   * Default}, ...) is kept in the description as {@code Header: value}. Empty when the table is not one.
   */
  public static Optional<List<DataField>> table(List<List<String>> rows, boolean inModels) {
    if (rows.size() < 2) {
      return Optional.empty();
    }
    List<String> head = rows.get(0);
    String first = header(head.get(0));
    if (head.size() < 2 || !(NAME_HEADERS.contains(first) || inModels && MODEL_NAME_HEADERS.contains(first))) {
      return Optional.empty();
    }
    int type = -1;
    int description = -1;
    for (int i = 1; i < head.size(); i++) {
      String h = header(head.get(i));
      if (type < 0 && (TYPE_HEADERS.contains(h) || inModels && MODEL_TYPE_HEADERS.contains(h))) {
        type = i;
      } else if (description < 0 && DESCRIPTION_HEADERS.contains(h)) {
        description = i;
      }
    }
    if (type < 0 && !(inModels && description >= 0)) {
      return Optional.empty();
    }
    List<DataField> fields = new ArrayList<>();
    for (List<String> cells : rows.subList(1, rows.size())) {
      if (cells.size() != head.size()) {
        return Optional.empty();
      }
      StringBuilder text = new StringBuilder(description < 0 ? "" : cells.get(description));
      for (int i = 1; i < head.size(); i++) {
        if (i != type && i != description && !cells.get(i).isEmpty()) {
          text.append(text.length() == 0 ? "" : "; ").append(head.get(i)).append(": ").append(cells.get(i));
        }
      }
      try {
        fields.add(DataField.of(cells.get(0), type < 0 ? "" : cells.get(type), text.toString()));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.of(fields);
  }

  /** A table header cell as the rules compare it: without emphasis or code marks, in lower case. */
  public static String header(String cell) {
    return cell.replace("*", "").replace("`", "").replace("_", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** The language of a block, in lower case, or empty when its info string names none. */
  public static String language(CodeBlock block) {
    String info = block.language().orElse("").strip();
    int space = info.indexOf(' ');
    return (space < 0 ? info : info.substring(0, space)).toLowerCase(Locale.ROOT);
  }

  /** The one schema a block defines, when it defines exactly one with at least a field or a name. */
  public static Optional<Schema> read(CodeBlock block) {
    String lang = language(block);
    String code = block.content();
    switch (lang) {
      case "json":
      case "jsonc":
      case "json5":
        return json(code);
      case "sql":
        return sql(code);
      case "proto":
      case "protobuf":
      case "proto3":
        return braced(code, PROTO, SchemaFields::protoField);
      case "go":
      case "golang":
        return braced(code, GO, SchemaFields::goField);
      case "ts":
      case "typescript":
        return braced(code, TS, SchemaFields::tsField);
      case "":
        return json(code);
      default:
        return Optional.empty();
    }
  }

  private static final Pattern GO_TYPE = Pattern.compile("(?m)^[ \\t]*type\\s+(\\w+)\\s+struct\\s*\\{");
  private static final Pattern C_STRUCT = Pattern.compile("(?m)^[ \\t]*(?:typedef\\s+)?struct\\s+(\\w+)\\s*\\{");
  private static final Pattern RUST_STRUCT = Pattern.compile(
      "(?m)^[ \\t]*(?:pub(?:\\([^)]*\\))?\\s+)?struct\\s+(\\w+)(?:<[^>{]*>)?\\s*\\{");

  /**
   * Every type a block defines in a language that names its types, in order: each protobuf
   * {@code message} (empty ones too), SQL {@code CREATE TABLE}, Go {@code type Name struct}, TypeScript
   * {@code interface}/{@code type Name =}, C {@code struct name} and Rust {@code struct Name}, with the
   * fields its body states; a struct or interface that states no field (an empty placeholder, an
   * interface of methods) is no definition. Empty for JSON and any other language.
   */
  public static List<Schema> definitions(CodeBlock block) {
    String code = block.content();
    switch (language(block)) {
      case "proto":
      case "protobuf":
      case "proto3":
        return all(code, PROTO, SchemaFields::protoField, true);
      case "go":
      case "golang":
        return all(code, GO_TYPE, SchemaFields::goField, false);
      case "ts":
      case "typescript":
        return all(code, TS, SchemaFields::tsField, false);
      case "c":
      case "h":
      case "cpp":
      case "c++":
        return all(code, C_STRUCT, SchemaFields::cField, false);
      case "rust":
      case "rs":
        return all(code, RUST_STRUCT, SchemaFields::rustField, false);
      case "sql":
        return tables(code);
      default:
        return List.of();
    }
  }

  /** The type a JSON object names in a top-level {@code "type"} such as {@code "TelegramNode"}, if any. */
  public static Optional<String> instanceType(CodeBlock block) {
    String lang = language(block);
    if (!(lang.isEmpty() || lang.startsWith("json"))) {
      return Optional.empty();
    }
    String t = block.content().strip();
    List<String[]> keys = t.startsWith("{") ? keys(t, 0) : null;
    if (keys != null) {
      for (String[] k : keys) {
        if (k[0].equals("type") && k[1].equals("string") && k[3].matches("[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*")) {
          return Optional.of(k[3]);
        }
      }
    }
    return Optional.empty();
  }

  private static List<Schema> all(String code, Pattern head, FieldLine field, boolean empty) {
    List<Schema> out = new ArrayList<>();
    String braces = code.replace('[', ' ').replace(']', ' ');
    Matcher m = head.matcher(code);
    int from = 0;
    while (from < code.length() && m.find(from)) {
      String name = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
      int open = m.end() - 1;
      int close = valueEnd(braces, open);
      if (close < 0) {
        break;
      }
      List<DataField> fields = fields(code.substring(open + 1, close - 1), field);
      if (name != null && (empty || !fields.isEmpty())) {
        out.add(new Schema(Optional.of(name), fields));
      }
      from = close;
    }
    return List.copyOf(out);
  }

  private static List<Schema> tables(String code) {
    List<Schema> out = new ArrayList<>();
    Matcher m = SQL_ANY.matcher(code);
    int from = 0;
    while (from < code.length() && m.find(from)) {
      int open = m.end() - 1;
      int close = code.charAt(open) == '(' ? valueEndParens(code, open) : valueEnd(code, open);
      if (close < 0) {
        break;
      }
      out.add(new Schema(Optional.of(unquote(m.group(1))), columns(code.substring(open + 1, close - 1))));
      from = close;
    }
    return List.copyOf(out);
  }

  private static final Pattern SQL_ANY = Pattern.compile(
      "(?is)\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([\\w.\"`\\[\\]]+)\\s*[({]");

  private static final Pattern C_FIELD = Pattern.compile(
      "^(?:(?:const|unsigned|signed|struct|enum|union|volatile)\\s+)*[A-Za-z_]\\w*(?:\\s*\\*)*\\s+\\**([A-Za-z_]\\w*)"
          + "\\s*(?:\\[[^\\]]*\\])?\\s*(?::\\s*\\d+)?\\s*;$");

  private static DataField cField(String line) {
    Matcher m = C_FIELD.matcher(line.replaceAll("/\\*.*?\\*/", "").strip());
    if (!m.matches()) {
      return null;
    }
    String type = line.substring(0, line.lastIndexOf(m.group(1))).replace("*", " *").strip();
    return DataField.of(m.group(1), type.replaceAll("\\s+", " "), "");
  }

  private static final Pattern RUST_FIELD = Pattern.compile(
      "^(?:pub(?:\\([^)]*\\))?\\s+)?([a-z_][A-Za-z0-9_]*)\\s*:\\s*(.+?),?$");

  private static DataField rustField(String line) {
    Matcher m = RUST_FIELD.matcher(line);
    return m.matches() ? DataField.of(m.group(1), m.group(2).strip(), "") : null;
  }

  // ------------------------------------------------------------------ JSON

  /**
   * Whether a JSON block is an instance of a type rather than a model's definition: a top-level
   * {@code "type"} naming a type ({@code "type": "TelegramListenerNode"}), as configuration examples do.
   */
  public static boolean isInstance(CodeBlock block) {
    String lang = language(block);
    if (!(lang.isEmpty() || lang.startsWith("json"))) {
      return false;
    }
    String t = block.content().strip();
    List<String[]> keys = t.startsWith("{") ? keys(t, 0) : null;
    if (keys != null) {
      for (String[] k : keys) {
        if (k[0].equals("type") && k[1].equals("string") && k[3].matches("[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*")) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<Schema> json(String code) {
    String t = code.strip();
    if (!t.startsWith("{") || !t.endsWith("}")) {
      return Optional.empty();
    }
    List<String[]> keys = keys(t, 0);
    if (keys == null || keys.isEmpty()) {
      return Optional.empty();
    }
    boolean schema = false;
    int properties = -1;
    for (String[] k : keys) {
      if (k[0].equals("$schema") || (k[0].equals("type") && k[1].equals("string"))) {
        schema = true;
      }
      if (k[0].equals("properties") && k[1].equals("object")) {
        properties = Integer.parseInt(k[2]);
      }
    }
    if (schema && properties >= 0) {
      List<String[]> props = keys(t, properties);
      if (props != null && !props.isEmpty()) {
        List<DataField> fields = new ArrayList<>();
        for (String[] p : props) {
          fields.add(DataField.of(p[0], p[1].equals("object") ? schemaType(t, Integer.parseInt(p[2])) : "", ""));
        }
        return Optional.of(new Schema(Optional.empty(), fields));
      }
    }
    List<DataField> fields = new ArrayList<>();
    for (String[] k : keys) {
      fields.add(DataField.of(k[0], k[1], ""));
    }
    return Optional.of(new Schema(Optional.empty(), fields));
  }

  /** The {@code "type"} string of the JSON Schema object at {@code at}, or empty. */
  private static String schemaType(String t, int at) {
    List<String[]> keys = keys(t, at);
    if (keys != null) {
      for (String[] k : keys) {
        if (k[0].equals("type") && k[1].equals("string")) {
          return k[3];
        }
      }
    }
    return "";
  }

  /**
   * The keys of the JSON object that opens at {@code at}: each {@code {key, value kind, value offset,
   * string value}}; null when the text is not an object this scanner can follow.
   */
  private static List<String[]> keys(String t, int at) {
    if (at >= t.length() || t.charAt(at) != '{') {
      return null;
    }
    List<String[]> out = new ArrayList<>();
    int i = at + 1;
    while (true) {
      i = skipBlank(t, i);
      if (i >= t.length()) {
        return null;
      }
      char c = t.charAt(i);
      if (c == '}') {
        return out;
      }
      if (c == ',') {
        i++;
        continue;
      }
      if (c == '.') { // an elision such as "..."
        while (i < t.length() && t.charAt(i) == '.') {
          i++;
        }
        continue;
      }
      if (c != '"') {
        return null;
      }
      int end = stringEnd(t, i);
      if (end < 0) {
        return null;
      }
      String key = t.substring(i + 1, end);
      i = skipBlank(t, end + 1);
      if (i >= t.length() || t.charAt(i) != ':') {
        return null;
      }
      i = skipBlank(t, i + 1);
      if (i >= t.length()) {
        return null;
      }
      int valueAt = i;
      char v = t.charAt(i);
      String kind;
      String text = "";
      if (v == '"') {
        kind = "string";
        int e = stringEnd(t, i);
        if (e < 0) {
          return null;
        }
        text = t.substring(i + 1, e);
        i = e + 1;
      } else if (v == '{' || v == '[') {
        kind = v == '{' ? "object" : "array";
        i = valueEnd(t, i);
        if (i < 0) {
          return null;
        }
      } else {
        int e = i;
        while (e < t.length() && ",}\n".indexOf(t.charAt(e)) < 0) {
          e++;
        }
        String word = t.substring(i, e).strip();
        kind = word.equals("true") || word.equals("false") ? "boolean" : word.equals("null") ? "null"
            : word.matches("-?\\d[\\d.eE+-]*") ? "number" : "";
        i = e;
      }
      if (key.isEmpty() || key.contains("\n")) {
        return null;
      }
      out.add(new String[] {key, kind, Integer.toString(valueAt), text});
    }
  }

  private static int skipBlank(String t, int i) {
    while (i < t.length()) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (t.startsWith("//", i)) {
        while (i < t.length() && t.charAt(i) != '\n') {
          i++;
        }
      } else {
        break;
      }
    }
    return i;
  }

  private static int stringEnd(String t, int i) {
    for (int j = i + 1; j < t.length(); j++) {
      char c = t.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '"') {
        return j;
      } else if (c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** The offset after the object or array opening at {@code i}, or -1. */
  private static int valueEnd(String t, int i) {
    int depth = 0;
    for (int j = i; j < t.length(); j++) {
      char c = t.charAt(j);
      if (c == '"') {
        j = stringEnd(t, j);
        if (j < 0) {
          return -1;
        }
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          return j + 1;
        }
      }
    }
    return -1;
  }

  // ------------------------------------------------------------------- SQL

  private static Optional<Schema> sql(String code) {
    Matcher m = SQL.matcher(code);
    if (!m.find()) {
      return Optional.empty();
    }
    int open = m.end() - 1;
    int close = valueEndParens(code, open);
    if (close < 0 || SQL.matcher(code).region(close, code.length()).find()) {
      return Optional.empty();
    }
    List<DataField> fields = columns(code.substring(open + 1, close - 1));
    return Optional.of(new Schema(Optional.of(unquote(m.group(1))), fields));
  }

  /** The columns a {@code CREATE TABLE} body states; constraint and index lines are none. */
  private static List<DataField> columns(String body) {
    List<DataField> fields = new ArrayList<>();
    for (String part : splitTop(body)) {
      String p = part.replaceAll("--[^\n]*", "").strip();
      if (p.isEmpty()) {
        continue;
      }
      String[] words = p.split("\\s+", 3);
      if (SQL_NOT_COLUMNS.contains(words[0].replaceAll("\\(.*", "").toLowerCase(Locale.ROOT))) {
        continue;
      }
      String name = unquote(words[0]);
      String type = words.length > 1 ? words[1].replaceAll(",$", "") : "";
      if (!name.isEmpty()) {
        fields.add(DataField.of(name, type, ""));
      }
    }
    return fields;
  }

  private static String unquote(String s) {
    return s.replace("\"", "").replace("`", "").replace("[", "").replace("]", "");
  }

  private static int valueEndParens(String t, int i) {
    int depth = 0;
    for (int j = i; j < t.length(); j++) {
      char c = t.charAt(j);
      if (c == '\'') {
        int e = t.indexOf('\'', j + 1);
        if (e < 0) {
          return -1;
        }
        j = e;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return j + 1;
        }
      }
    }
    return -1;
  }

  private static List<String> splitTop(String body) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int j = 0; j < body.length(); j++) {
      char c = body.charAt(j);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(body.substring(start, j));
        start = j + 1;
      }
    }
    parts.add(body.substring(start));
    return parts;
  }

  // ------------------------------------------------ brace-delimited types

  private interface FieldLine {
    /** The field a line of the type's body states, or null. */
    DataField read(String line);
  }

  /** The fields the lines of a type's body state at its top level. */
  private static List<DataField> fields(String body, FieldLine field) {
    List<DataField> fields = new ArrayList<>();
    int depth = 0;
    for (String line : body.split("\n")) {
      String l = line.replaceAll("//.*$", "").strip();
      if (depth == 0 && !l.isEmpty()) {
        DataField f = field.read(l);
        if (f != null) {
          fields.add(f);
        }
      }
      for (char c : l.toCharArray()) {
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      }
    }
    return fields;
  }

  private static Optional<Schema> braced(String code, Pattern head, FieldLine field) {
    Matcher m = head.matcher(code);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
    int open = m.end() - 1;
    int close = valueEnd(code.replace('[', ' ').replace(']', ' '), open);
    if (name == null || close < 0 || head.matcher(code).region(close, code.length()).find()) {
      return Optional.empty();
    }
    List<DataField> fields = fields(code.substring(open + 1, close - 1), field);
    return Optional.of(new Schema(Optional.of(name), fields));
  }

  private static final Pattern PROTO_FIELD = Pattern.compile(
      "^(?:(?:repeated|optional|required)\\s+)?([\\w.]+(?:\\s*<[^>]*>)?)\\s+(\\w+)\\s*=\\s*\\d+.*;?$");

  private static DataField protoField(String line) {
    Matcher m = PROTO_FIELD.matcher(line);
    if (!m.matches() || m.group(1).equals("option") || m.group(1).equals("reserved")) {
      return null;
    }
    String type = line.startsWith("repeated ") ? "repeated " + m.group(1) : m.group(1);
    return DataField.of(m.group(2), type, "");
  }

  private static final Pattern GO_FIELD = Pattern.compile("^([A-Za-z_]\\w*)\\s+([^`\\s][^`]*?)\\s*(`.*`)?$");
  private static final Pattern GO_EMBEDDED = Pattern.compile("^\\*?(?:\\w+\\.)?([A-Z]\\w*)\\s*(`.*`)?$");

  private static DataField goField(String line) {
    Matcher m = GO_FIELD.matcher(line);
    if (m.matches() && !line.contains("(") && !m.group(2).startsWith("=")) {
      return DataField.of(m.group(1), m.group(2).strip(), "");
    }
    Matcher e = GO_EMBEDDED.matcher(line);
    if (e.matches()) {
      return DataField.of(e.group(1), line.replaceAll("\\s*`.*`$", "").strip(), "");
    }
    return null;
  }

  private static final Pattern TS_FIELD = Pattern.compile("^(?:readonly\\s+)?([\\w$]+|\"[^\"]+\"|'[^']+')(\\??)\\s*:\\s*(.+?)[;,]?$");

  private static DataField tsField(String line) {
    Matcher m = TS_FIELD.matcher(line);
    if (!m.matches() || line.contains("(")) {
      return null;
    }
    return DataField.of(m.group(1).replace("\"", "").replace("'", ""), m.group(3).strip(), "");
  }
}
