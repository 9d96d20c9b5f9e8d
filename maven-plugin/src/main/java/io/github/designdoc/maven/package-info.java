/**
 * The DesignDoc Maven plugin: {@link io.github.designdoc.maven.CheckMojo designdoc:check} fails the build on design
 * docs that are not canonical or have lint findings, and {@link io.github.designdoc.maven.FormatMojo
 * designdoc:format} rewrites them in canonical form.
 */
package io.github.designdoc.maven;
