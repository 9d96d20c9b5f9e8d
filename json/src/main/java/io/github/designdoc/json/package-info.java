/**
 * Reads and writes {@link io.github.designdoc.DesignDoc} as JSON, in a versioned format with a published
 * JSON Schema.
 *
 * <pre>{@code
 * DesignDoc doc = DesignDoc.template();
 * String json = JsonWriter.create().write(doc);          // pretty; JsonWriter.builder().pretty(false).build() for compact
 * DesignDoc back = JsonReader.create().read(json);       // strict: DesignDocFormatException with pointer, line, column
 * assert back.equals(doc);
 *
 * JsonMapper mapper = JsonMapper.builder().addModule(new DesignDocModule()).build();   // or findAndAddModules()
 * DesignDoc same = mapper.readValue(mapper.writeValueAsString(doc), DesignDoc.class);
 * String schema = JsonFormat.schema();                   // JSON Schema, draft 2020-12
 * }</pre>
 *
 * <h2>The format</h2>
 *
 * <p>A document is one JSON object. Its first property is {@code "formatVersion": "2.0"}
 * ({@link io.github.designdoc.json.JsonFormat#VERSION}); then {@code title}, {@code version},
 * {@code authors}, {@code date}, {@code status}, {@code otherMetadata}, {@code frontMatter},
 * {@code preamble} and {@code sections}, the sections in document order, named as the model's accessors:
 *
 * <pre>{@code
 * {"formatVersion": "2.0", "title": "Session Login", "authors": ["Ada"], "date": "2026-03-01",
 *  "sections": [
 *    {"kind": "overview", "heading": "Summary", "text": "..."},
 *    {"kind": "components", "intro": "...", "items": [{"name": "Auth Service"}], "notes": "..."},
 *    {"kind": "custom", "heading": "Goals", "body": "..."},
 *    {"kind": "openIssues", "items": [{"text": "Rate limits?", "state": "open"}]}]}
 * }</pre>
 *
 * <ul>
 *   <li>A section's {@code kind} is {@link io.github.designdoc.SectionKind#id()}; a kind may appear more than
 *       once, in any order. An overview has {@code heading} and {@code text}; a custom section
 *       {@code heading} and {@code body}; every other section {@code heading}, {@code intro}, {@code items}
 *       and {@code notes}, its items those of its kind. The {@code kind} is written first and must come
 *       before {@code items} when read. The JSON pointers of lint findings and of a
 *       {@link io.github.designdoc.SourceMap} point into this shape: {@code /sections/2/items/0/name}.
 *   <li>Absent optional parts and empty lists are left out, never {@code null}; the reader takes a missing
 *       list as empty. Properties the model always has (a component's {@code name}, a data field's
 *       {@code type}, even when empty) are required.
 *   <li>A date is a string holding an ISO-8601 date ({@code "2025-12-28"}), or {@code {"verbatim": "March
 *       2024"}} for any other text. A status is {@code "Draft"}, {@code "In Review"} or {@code "Approved"},
 *       or {@code {"custom": "Superseded"}} for any other text. Each value has one form: a string date
 *       that is not ISO, a verbatim ISO date, an unknown status string or a custom known status is an
 *       error.
 *   <li>An API contract is {@code {"type": "http", "title", "description", "method", "path", "headers":
 *       [{"name", "value"}], "body", "responses": [{"status", "description"}]}} or {@code {"type": "code",
 *       "title", "description", "code": {"language", "content"}}}. The reader takes the explicit
 *       {@code type} wherever it stands in the object; no Jackson type handling is involved.
 *   <li>An open issue's {@code state} is {@code open} or {@code resolved}.
 *   <li>Text is the author's Markdown or verbatim code; it is normalized on reading as the model
 *       normalizes it. A single-line field holding a line break, or a required one that is blank, is an
 *       error, with the model's own message.
 * </ul>
 *
 * <p>Versions: a reader reads its own format version and later minor versions of the same major version
 * (whose new properties are still unknown to it, so errors); it refuses a later major version with a
 * {@code json-format-version} error saying so. It still reads format 1.0 (the known sections' items as
 * flat lists, {@code sectionTexts}, {@code customSections} placed {@code after} a known section, the open
 * issue state {@code plain}): converted to sections in the template's order, each custom section after the
 * section it followed, a plain issue open, with a {@code json-format-1} info in
 * {@link io.github.designdoc.json.JsonReader#readResult(String)}. The writer writes only the current
 * format.
 *
 * <p>Errors: {@link io.github.designdoc.json.JsonReader} reads strictly and throws
 * {@link io.github.designdoc.DesignDocFormatException} whose diagnostics carry a code, a message and the
 * JSON pointer, line and column of each error; it never lets a bare Jackson exception out.
 */
package io.github.designdoc.json;
