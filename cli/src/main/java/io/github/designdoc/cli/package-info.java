/**
 * The {@code designdoc} command-line tool: {@code fmt}, {@code convert}, {@code lint}, {@code new} and
 * {@code schema}. Exit codes: 0 success, 1 a check failed ({@code fmt --check}, lint errors), 2 a usage
 * error or input that could not be read.
 */
package io.github.designdoc.cli;
