/**
 * The design document model.
 *
 * <p>{@link io.github.designdoc.DesignDoc} holds every part of the design document template: metadata,
 * overview, components, request flows, API contracts, data models, security and performance
 * considerations, testing strategy, rollout plan, open issues, revision history and the sections the
 * template does not name. All values are immutable, reject {@code null} and normalize their text:
 *
 * <ul>
 *   <li><em>Single-line</em> text (titles, names, metadata values, table cells) has its surrounding
 *       blanks removed and must not contain a line break.
 *   <li><em>Markdown</em> text (overview, list items, notes, section bodies) has its line endings
 *       turned into {@code \n}, and its leading blank lines and trailing blanks removed.
 * </ul>
 *
 * <p>Text is kept as its author wrote it: inline Markdown such as {@code `code`} or {@code **bold**}
 * stays in the string. A value that breaks these rules is rejected with an
 * {@link java.lang.IllegalArgumentException} whose message names the field.
 *
 * <pre>{@code
 * DesignDoc doc = DesignDoc.builder()
 *     .title("Session Login")
 *     .version("0.1")
 *     .author("Ada Lovelace")
 *     .status(Status.DRAFT)
 *     .overview("Adds password login to the web console.")
 *     .component(c -> c.name("Auth Service").owner("Go/Identity").detail("Issues session cookies"))
 *     .flow(f -> f.name("Login").step("User submits the form").step("Auth Service sets a cookie"))
 *     .openIssue("Rate limits per IP or per account?")
 *     .build();
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
