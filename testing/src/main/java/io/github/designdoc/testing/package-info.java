/**
 * jqwik generators of adversarial design documents, shared by the property tests of every module.
 *
 * <pre>{@code
 * @Property
 * void roundTrips(@ForAll("docs") DesignDoc doc) { ... }
 *
 * @Provide
 * Arbitrary<DesignDoc> docs() {
 *   return DesignDocArbitraries.designDocs();
 * }
 * }</pre>
 */
package io.github.designdoc.testing;
