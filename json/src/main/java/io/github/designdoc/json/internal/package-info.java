/**
 * The JSON format's machinery: one codec per model type, each writing with Jackson's streaming generator
 * in a fixed property order and reading with its streaming parser while tracking JSON pointers. Internal:
 * not exported, not part of the API.
 */
package io.github.designdoc.json.internal;
