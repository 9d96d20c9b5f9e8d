/**
 * Small runnable programs, one for each way DesignDoc is used. Run one from the project's root with
 * {@code mvn -q -pl examples exec:java -Dexec.mainClass=io.github.designdoc.examples.StatusTable}.
 */
package io.github.designdoc.examples;
