/**
 * The {@code designdoc} command-line tool: {@code fmt}, {@code edit}, {@code convert}, {@code lint},
 * {@code new}, {@code schema} and {@code completion}. Exit codes: 0 success, 1 a check failed
 * ({@code fmt --check}, lint findings at or above {@code --fail-on}), 2 a usage error or input that
 * could not be read or written, 3 an internal error (out of memory and stack overflow included).
 */
package io.github.designdoc.cli;
