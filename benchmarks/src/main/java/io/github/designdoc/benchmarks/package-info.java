/**
 * JMH benchmarks of the Markdown and JSON readers and writers against commonmark-java and Jackson, the
 * generator of their inputs, and the report that turns a run into ratios.
 *
 * <p>Run them with {@code benchmarks/run.sh} from the project root; {@code BENCHMARKS.md} holds the
 * latest table.
 */
package io.github.designdoc.benchmarks;
