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
 * <p>A document is one JSON object. Its first property is {@code "formatVersion": "1.0"}
 * ({@link io.github.designdoc.json.JsonFormat#VERSION}); the others are named as the model's accessors and
 * written in the model's order: {@code title}, {@code version}, {@code authors}, {@code date},
 * {@code status}, {@code otherMetadata}, {@code frontMatter}, {@code preamble}, {@code overview},
 * {@code components}, {@code requestFlows}, {@code apiContracts}, {@code dataModels},
 * {@code securityConsiderations}, {@code performanceConsiderations}, {@code testingStrategy},
 * {@code rolloutPhases}, {@code openIssues}, {@code revisions}, {@code customSections},
 * {@code sectionTexts}; parts likewise ({@code /components/1/name},
 * {@code /apiContracts/0/responses/1/status}), so the JSON pointers of lint findings point into it.
 *
 * <ul>
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
 *   <li>An open issue's {@code state} is {@code open}, {@code resolved} or {@code plain}; a custom
 *       section's {@code after} and the keys of {@code sectionTexts} are sections in lowerCamel:
 *       {@code metadata}, {@code overview}, {@code components}, {@code requestFlows},
 *       {@code apiContracts}, {@code dataModels}, {@code security}, {@code performance},
 *       {@code testingStrategy}, {@code rolloutPlan}, {@code openIssues}, {@code revisionHistory}.
 *   <li>Text is the author's Markdown or verbatim code; it is normalized on reading as the model
 *       normalizes it. A single-line field holding a line break, or a required one that is blank, is an
 *       error.
 * </ul>
 *
 * <p>Versions: a reader reads its own format version and later minor versions of the same major version
 * (whose new properties are still unknown to it, so errors); it refuses a later major version with a
 * {@code json-format-version} error saying so.
 *
 * <p>Errors: {@link io.github.designdoc.json.JsonReader} reads strictly and throws
 * {@link io.github.designdoc.DesignDocFormatException} whose diagnostics carry a code, a message and the
 * JSON pointer, line and column of each error; it never lets a bare Jackson exception out.
 */
package io.github.designdoc.json;
