package io.github.designdoc.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** What both goals share: which files are the project's design docs, and {@code skip}. */
abstract class AbstractDocMojo extends AbstractMojo {
  static final List<String> DEFAULT_INCLUDES = List.of("docs/**/*.md", "**/*design*.md");
  static final List<String> DEFAULT_EXCLUDES = List.of("**/target/**", "**/node_modules/**");

  /** The project folder: includes and excludes are relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  /**
   * Globs of the design docs to process, relative to the project folder, with {@code /} as separator:
   * {@code *} matches within a folder name, {@code **} any number of folders (none included), {@code ?} one
   * character, {@code {a,b}} either. Files ending in {@code .json} are read as DesignDoc JSON, all others as
   * Markdown. Default: {@code docs/**}{@code /*.md} and {@code **}{@code /*design*.md}.
   */
  @Parameter
  private List<String> includes;

  /**
   * Globs of files and folders to leave out, as for {@code includes}. Default: {@code **}{@code /target/**} and
   * {@code **}{@code /node_modules/**}. Hidden folders and folders with a {@code pom.xml} of their own (modules,
   * which check their own docs) are never entered.
   */
  @Parameter
  private List<String> excludes;

  /** Skips the goal. */
  @Parameter(property = "designdoc.skip", defaultValue = "false")
  private boolean skip;

  /** The project folder. */
  Path basedir() {
    return basedir.toPath();
  }

  boolean skip() {
    return skip;
  }

  /** The design docs, sorted by relative path. */
  List<Path> docs() throws MojoExecutionException {
    List<String> in = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes;
    List<String> out = excludes == null ? DEFAULT_EXCLUDES : excludes;
    try {
      return new DocFiles(in, out).find(basedir());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Invalid includes or excludes: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot list the design docs in " + basedir + ": " + e.getMessage(), e);
    }
  }

  /** The file as printed in findings: relative to the project folder. */
  String name(Path file) {
    return DocFiles.relative(basedir(), file);
  }

  void log(Finding finding) {
    switch (finding.severity()) {
      case ERROR -> getLog().error(finding.toString());
      case WARNING -> getLog().warn(finding.toString());
      default -> getLog().info(finding.toString());
    }
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
