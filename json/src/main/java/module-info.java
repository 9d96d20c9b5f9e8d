/**
 * The DesignDoc JSON format: {@link io.github.designdoc.json.JsonReader} and
 * {@link io.github.designdoc.json.JsonWriter}, a Jackson 3 module for your own mapper, and the format's
 * JSON Schema.
 */
module io.github.designdoc.json {
  requires transitive io.github.designdoc.core;
  requires transitive tools.jackson.databind;

  exports io.github.designdoc.json;

  provides tools.jackson.databind.JacksonModule with io.github.designdoc.json.DesignDocModule;
}
