package io.github.designdoc.json.internal;

import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.Location;
import io.github.designdoc.SourceMap;
import io.github.designdoc.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * A JSON parser seen by the format's codecs: the current token, where it is (JSON pointer, line and
 * column), the errors and notes found so far and, when asked for, where each value stands. Reading goes
 * on after an error where the JSON stays well formed, so one read reports every error it can; past
 * {@link #MAX_ERRORS} it stops.
 */
public final class JsonInput {
  /** How many errors one read reports before it stops. */
  static final int MAX_ERRORS = 100;

  private final JsonParser parser;
  private final List<Diagnostic> errors = new ArrayList<>();
  private final List<Diagnostic> notes = new ArrayList<>();
  /** Pointers and their ranges, in the order recorded; a pointer recorded twice keeps its last range. */
  private final List<Object> sources;
  private Function<String, List<String>> pointerMap;
  /** Values read that only format 1 allows, reported as errors unless the document turns out to be 1.x. */
  private final List<Diagnostic> format1Only = new ArrayList<>();
  private FormatVersion version;
  private Problems problems;

  /**
   * Where a user's Jackson mapper handles problems, as its {@code DeserializationContext} does: unknown
   * properties and strings that are not a value of their type. Without one, each is an error.
   */
  interface Problems {
    /** Whether the mapper handled (skipped) the unknown property of a {@code type}, its value the current token. */
    boolean unknownProperty(Class<?> type, String name);

    /** The value the mapper gives for a string that is not one of {@code type}, or {@code null}. */
    <T> T weirdString(Class<T> type, String value, String message);
  }

  /**
   * An input reading from this parser, which must stand before the first token of the value to read;
   * with {@code sourceMap}, it records where each value stands.
   */
  public JsonInput(JsonParser parser, boolean sourceMap) {
    this(parser, sourceMap, true);
  }

  /**
   * As {@link #JsonInput(JsonParser, boolean)}; without {@code positions}, where the property names of
   * objects below the document's own stand is not kept, and a read that needs one (to report an error
   * at a name read before) throws {@link #POSITIONS_NEEDED}: read the input again with positions. Most
   * documents need none, and keeping them costs an object per property.
   */
  public JsonInput(JsonParser parser, boolean sourceMap, boolean positions) {
    this.parser = Objects.requireNonNull(parser, "parser must not be null");
    this.sources = sourceMap ? new ArrayList<>() : null;
    this.positions = positions;
  }

  /** Thrown by a read without positions that needs one; reading with them gives the result. */
  public static final PositionsNeeded POSITIONS_NEEDED = new PositionsNeeded();

  /** See {@link #POSITIONS_NEEDED}. */
  public static final class PositionsNeeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private PositionsNeeded() {
      super("a property name's position is needed: read again with positions", null, false, false);
    }
  }

  /** Whether the names of every object's properties keep where they stand. */
  private final boolean positions;

  /** Lets a user's mapper handle problems first. */
  void problems(Problems problems) {
    this.problems = problems;
  }

  /** Whether a user's mapper handled the unknown property whose value is the current token. */
  boolean handledUnknownProperty(Class<?> type, String name) {
    return problems != null && problems.unknownProperty(type, name);
  }

  /** The value a user's mapper gives for a string that is not one of {@code type}, or {@code null}. */
  <T> T handledWeirdString(Class<T> type, String value, String message) {
    return problems == null ? null : problems.weirdString(type, value, message);
  }

  /** The underlying parser. */
  JsonParser parser() {
    return parser;
  }

  /** The token the parser stands on. */
  JsonToken token() {
    return parser.currentToken();
  }

  /** Moves to the next token. */
  JsonToken next() {
    return parser.nextToken();
  }

  /**
   * The JSON pointer of the current value, such as {@code /sections/0/items/0/name}: what Jackson's
   * {@code streamReadContext().pathAsPointer().toString()} gives. Built from the contexts, root first,
   * reusing the pointers of the levels it shares with the pointer built before (siblings share all but
   * the last), so that a pointer for every object read costs one string.
   */
  String pointer() {
    int depth = walk();
    String pointer = pointer(depth, depth);
    levels = depth;
    return pointer;
  }

  /**
   * The properties of the object that starts at the current token, which will be found where this
   * pointer and position say; to be closed with {@link #endFields} once the object is read. Its pointer
   * is built only if asked for: most objects read need none. For an object read inside the one whose
   * fields are open (its property's value, or an element of its property's array), the pointer is the
   * outer object's and the name (and index); for any other, the contexts' pointer, built at once.
   */
  Fields startFields() {
    TokenStreamContext own = parser.streamReadContext();
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = at == null ? 1 : at.getLineNr();
    int column = at == null ? 1 : at.getColumnNr();
    Fields fields = null;
    TokenStreamContext up = own == null ? null : own.getParent();
    if (open != null && up != null) {
      if (up == open.context && up.inObject() && up.currentName() != null) {
        fields = new Fields(open, OBJECT, up.currentName(), 0, line, column, errorCount());
      } else if (up.inArray() && up.getParent() == open.context && up.getParent().inObject()
          && up.getParent().currentName() != null) {
        fields = new Fields(open, ARRAY, up.getParent().currentName(), up.getCurrentIndex(), line, column,
            errorCount());
      }
    }
    if (fields == null) {
      fields = walkedFields(line, column);
    }
    if (!positions && open != null) {
      fields.dropPositions();
    }
    fields.context = own;
    fields.outer = open;
    open = fields;
    return fields;
  }

  /** Closes the fields {@link #startFields} opened, once their object is read. */
  void endFields(Fields fields) {
    open = fields.outer;
  }

  /** The fields whose object is being read, or {@code null}. */
  private Fields open;

  /** Fields whose pointer's prefix is built from the contexts at once. */
  private Fields walkedFields(int line, int column) {
    int depth = walk();
    if (depth == 0) {
      return new Fields("", ROOT, null, 0, line, column, errorCount());
    }
    String prefix = pointer(depth, depth - 1);
    levels = depth - 1;
    TokenStreamContext last = chain[0];
    chain[0] = null;
    int kind = kind(last);
    return new Fields(prefix, kind, kind == OBJECT ? last.currentName() : null,
        kind == ARRAY ? last.getCurrentIndex() : 0, line, column, errorCount());
  }

  /** Puts the contexts of the current value's pointer into {@link #chain}, innermost first; returns how many. */
  private int walk() {
    TokenStreamContext context = parser.streamReadContext();
    if (context != null && !context.hasPathSegment()) {
      context = context.getParent();
    }
    int depth = 0;
    for (TokenStreamContext c = context; c != null; c = c.getParent()) {
      if (depth == chain.length) {
        growLevels();
      }
      chain[depth++] = c;
    }
    return depth;
  }

  /** The pointer of the first {@code count} of the {@code depth} contexts walked, root first. */
  private String pointer(int depth, int count) {
    String pointer = "";
    boolean reused = true;
    for (int level = 0; level < count; level++) {
      TokenStreamContext c = chain[depth - 1 - level];
      chain[depth - 1 - level] = null;
      int kind = kind(c);
      String name = kind == OBJECT ? c.currentName() : null;
      int index = kind == ARRAY ? c.getCurrentIndex() : 0;
      reused = reused && level < levels && levelKinds[level] == kind && levelIndexes[level] == index
          && Objects.equals(levelNames[level], name);
      if (reused) {
        pointer = levelPointers[level];
        continue;
      }
      pointer = segment(pointer, kind, name, index);
      levelKinds[level] = kind;
      levelNames[level] = name;
      levelIndexes[level] = index;
      levelPointers[level] = pointer;
    }
    return pointer;
  }

  private static int kind(TokenStreamContext c) {
    return c.inObject() ? OBJECT : c.inArray() ? ARRAY : ROOT;
  }

  /** The pointer with one more segment: a property name (escaped), an index, or none for the root. */
  static String segment(String pointer, int kind, String name, int index) {
    return kind == OBJECT ? pointer + '/' + escape(name) : kind == ARRAY ? pointer + '/' + index : pointer;
  }

  static final int ROOT = 0;
  static final int OBJECT = 1;
  static final int ARRAY = 2;

  /** The contexts of the pointer being built, innermost first. */
  private TokenStreamContext[] chain = new TokenStreamContext[8];
  /** The levels of the pointer built last, root first: kind, name or index, and the pointer up to it. */
  private int[] levelKinds = new int[8];
  private String[] levelNames = new String[8];
  private int[] levelIndexes = new int[8];
  private String[] levelPointers = new String[8];
  private int levels;

  private void growLevels() {
    int size = chain.length * 2;
    chain = Arrays.copyOf(chain, size);
    levelKinds = Arrays.copyOf(levelKinds, size);
    levelNames = Arrays.copyOf(levelNames, size);
    levelIndexes = Arrays.copyOf(levelIndexes, size);
    levelPointers = Arrays.copyOf(levelPointers, size);
  }

  /** A property name as a pointer segment: {@code ~} as {@code ~0}, {@code /} as {@code ~1}; none as empty. */
  static String escape(String name) {
    if (name == null) {
      return "";
    }
    return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer, line and column of the current token. */
  Location location() {
    return locate(pointer(), parser.currentTokenLocation());
  }

  /** A location of this pointer at a position Jackson reports; a position is at least line 1, column 1. */
  static Location locate(String pointer, TokenStreamLocation at) {
    int line = at == null ? 1 : Math.max(1, at.getLineNr());
    int column = at == null ? 1 : Math.max(1, at.getColumnNr());
    return Location.of(pointer, line, column);
  }

  /** The format version of the document being read, or {@code null} until its formatVersion is read. */
  FormatVersion version() {
    return version;
  }

  /** Records the document's format version. */
  void version(FormatVersion version) {
    this.version = version;
  }

  /** Whether this input records where values stand. */
  boolean recordsSources() {
    return sources != null;
  }

  /** Records that the value at {@code pointer} runs from {@code start} to the parser's current position. */
  void record(String pointer, TokenStreamLocation start) {
    TokenStreamLocation end = parser.currentLocation();
    long from = offset(start);
    long to = offset(end);
    if (from < 0 || to < from || start.getLineNr() < 1 || start.getColumnNr() < 1) {
      return; // Jackson did not say: leave the part out rather than guess
    }
    sources.add(pointer);
    sources.add(new TextRange(start.getLineNr(), start.getColumnNr(), (int) from, (int) (to - from)));
  }

  private static long offset(TokenStreamLocation at) {
    return at.getCharOffset() >= 0 ? at.getCharOffset() : at.getByteOffset();
  }

  /**
   * Sets how the pointers recorded are turned into the pointers of the model read: each gives the
   * pointers it stands for, none to leave it out. For a document in format 1, whose pointers are not
   * those of the model.
   */
  void mapPointers(Function<String, List<String>> map) {
    this.pointerMap = map;
  }

  /** Where each value stands, as recorded; empty when not recording. */
  public SourceMap sourceMap() {
    if (sources == null) {
      return SourceMap.empty();
    }
    SourceMap.Builder map = SourceMap.builder();
    Set<String> given = pointerMap == null ? null : new HashSet<>();
    for (int i = 0; i < sources.size(); i += 2) {
      String pointer = (String) sources.get(i);
      TextRange range = (TextRange) sources.get(i + 1);
      if (pointerMap == null) {
        map.put(pointer, range);
      } else {
        for (String mapped : pointerMap.apply(pointer)) {
          if (given.add(mapped)) {
            map.put(mapped, range);
          }
        }
      }
    }
    return map.build();
  }

  /** Records a note that is not an error, such as the document being in format 1.0. */
  void note(Diagnostic diagnostic) {
    notes.add(diagnostic);
  }

  /** The notes recorded, in order. */
  public List<Diagnostic> notes() {
    return List.copyOf(notes);
  }

  /**
   * Records a value that only format 1 allows: an error at the end of the read unless the document is in
   * format 1. Accepted at once when the document is already known to be in format 1.
   */
  void format1Only(String message) {
    if (version == null || !version.isFormat1()) {
      format1Only.add(Diagnostic.error(ErrorCodes.INVALID_VALUE, message, location()));
    }
  }

  /** Reports the values only format 1 allows, unless the document is in format 1. */
  void finish() {
    if (version == null || !version.isFormat1()) {
      for (Diagnostic d : format1Only) {
        error(d.code(), d.message(), d.location());
      }
    }
    format1Only.clear();
  }

  /** Records an error at the current token. */
  void error(String code, String message) {
    error(code, message, location());
  }

  /**
   * Records an error.
   *
   * @throws DesignDocFormatException with every error so far once there are too many to go on
   */
  void error(String code, String message, Location at) {
    errors.add(Diagnostic.error(code, message, at));
    if (errors.size() >= MAX_ERRORS) {
      errors.add(Diagnostic.error(ErrorCodes.TOO_MANY_ERRORS,
          "stopped reading after " + MAX_ERRORS + " errors", at));
      throw failure();
    }
  }

  /** Whether the last error recorded stands at this location. */
  boolean hasErrorAt(Location at) {
    return !errors.isEmpty() && errors.get(errors.size() - 1).location().equals(at);
  }

  /** How many errors were recorded so far. */
  int errorCount() {
    return errors.size();
  }

  /** Whether any error was recorded. */
  boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The exception carrying every error recorded. */
  DesignDocFormatException failure() {
    return new DesignDocFormatException(errors);
  }

  /** Records that the current value has the wrong type, and skips it. */
  void wrongType(String expected) {
    error(ErrorCodes.WRONG_TYPE, "expected " + expected + ", found " + describe(token()));
    skip();
  }

  /** Skips the current value, with its children. */
  void skip() {
    parser.skipChildren();
  }

  /** The current value as a string, or {@code null} after reporting that it is not one. */
  String string() {
    if (token() == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    wrongType("a string");
    return null;
  }

  /** How messages name the current value: its property name, or its array's name with its index. */
  String valueName() {
    TokenStreamContext context = parser.streamReadContext();
    if (context.inObject() && context.currentName() != null) {
      return context.currentName();
    }
    if (context.inArray()) {
      TokenStreamContext parent = context.getParent();
      String array = parent != null && parent.inObject() && parent.currentName() != null ? parent.currentName() : "";
      return array + "[" + context.getCurrentIndex() + "]";
    }
    return "the value";
  }

  /** Whether the current token starts an object; reports and skips anything else. */
  boolean startObject(String expected) {
    if (token() == JsonToken.START_OBJECT) {
      return true;
    }
    wrongType(expected);
    return false;
  }

  /** Whether the current token starts an object; reports and skips anything else as not {@code noun + " object"}. */
  boolean startObjectOf(String noun) {
    if (token() == JsonToken.START_OBJECT) {
      return true;
    }
    wrongType(noun + " object");
    return false;
  }

  /** Whether the current token starts an array; reports and skips anything else. */
  boolean startArray(String expected) {
    if (token() == JsonToken.START_ARRAY) {
      return true;
    }
    wrongType(expected);
    return false;
  }

  /**
   * Moves to the next property of the object being read. Returns its name with the parser on the
   * property name, or {@code null} at the end of the object.
   */
  String nextProperty() {
    JsonToken t = next();
    return t == JsonToken.PROPERTY_NAME ? parser.currentName() : null;
  }

  /** How a token is named in messages: {@code a string}, {@code an object}, ... */
  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : "'" + token.asString() + "'";
    }
  }

  /** A text shortened for a message, in quotes. */
  static String quote(String text) {
    String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || Character.isWhitespace(c) && c != ' '
          || Character.isSpaceChar(c) && c != ' ') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
