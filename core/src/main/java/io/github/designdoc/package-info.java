/**
 * The design document model.
 *
 * <p>A {@link io.github.designdoc.DesignDoc} is its title and metadata (version, authors, date, status,
 * further entries, front matter), a preamble, and then its {@link io.github.designdoc.Section sections}
 * in document order. Each section is a part of the design document template, typed by its
 * {@link io.github.designdoc.SectionKind kind} ({@link io.github.designdoc.Overview},
 * {@link io.github.designdoc.Components}, {@link io.github.designdoc.RequestFlows}, ...,
 * {@link io.github.designdoc.RevisionHistory}), or a {@link io.github.designdoc.CustomSection} the
 * template does not name. Sections come in any order and a kind may appear more than once; each keeps
 * its heading as its author wrote it, empty when it is the template's own. The accessors named after a
 * part ({@code doc.components()}, {@code doc.openIssues()}) give the items of every section of that
 * kind, in order; {@code components()}, {@code requestFlows()} and {@code dataModels()} then add what the
 * rest of the document states in the same forms (a schema block in a custom section, components grouped
 * under headings in a section's notes), read from the kept text. The editable items alone are
 * {@code sections(Components.class)} and their {@code items()}. A document read from text comes with a {@link io.github.designdoc.SourceMap} of
 * where each part was read from, in a {@link io.github.designdoc.ReadResult}; positions are no part
 * of the document's value.
 *
 * <p>All values are immutable, reject {@code null} and normalize their text:
 *
 * <ul>
 *   <li><em>Single-line</em> text (titles, headings, names, metadata values, table cells) has its
 *       surrounding blanks removed and must not contain a line break ({@code \n}, {@code \r},
 *       {@code U+2028}, {@code U+2029}); text made only of whitespace and control characters, Unicode's
 *       included, is blank.
 *   <li><em>Markdown</em> text (overview, list items, intros, notes, section bodies) has its line endings
 *       turned into {@code \n}, and its leading blank lines and trailing blanks removed.
 * </ul>
 *
 * <p>Text is kept as its author wrote it: inline Markdown such as {@code `code`} or {@code **bold**}
 * stays in the string. A value that breaks these rules is rejected with an
 * {@link java.lang.IllegalArgumentException} whose message names the field; a blank optional value
 * becomes empty.
 *
 * <p>The builder's verbs add to the first section of their kind, creating it at its place in the
 * template's order, so a document built in code comes out in the template's order and an edited one
 * keeps its own:
 *
 * <pre>{@code
 * DesignDoc doc = DesignDoc.builder()
 *     .title("Session Login")
 *     .version("0.1")
 *     .author("Ada Lovelace")
 *     .status(Status.DRAFT)
 *     .overview("Adds password login to the web console.")
 *     .component(c -> c.name("Auth Service").owner("Go/Identity").detail("Issues session cookies"))
 *     .requestFlow(f -> f.name("Login").step("User submits the form").step("Auth Service sets a cookie"))
 *     .openIssue("Rate limits per IP or per account?")
 *     .section("Alternatives", "OAuth only, which the console cannot use yet.")
 *     .build();
 * for (Section section : doc.sections()) {
 *   System.out.println(section.kind() + ": " + section.title());
 * }
 * }</pre>
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {
      "entry:entries",
      "consideration:considerations",
      "step:steps",
      "phase:phases",
      "issue:issues",
      "status:statuses"
    },
    allParameters = false,
    defaultAsDefault = false,
    headerComments = false,
    // Keeps org.immutables.value.Generated off generated classes: the annotations are compile-only, and
    // users' compilers would warn about the missing annotation class.
    allowedClasspathAnnotations = {Override.class})
package io.github.designdoc;

import org.immutables.value.Value;
