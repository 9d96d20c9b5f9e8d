/** Machinery shared by the model's types. Not part of the API: it may change in any release. */
package io.github.designdoc.internal;
