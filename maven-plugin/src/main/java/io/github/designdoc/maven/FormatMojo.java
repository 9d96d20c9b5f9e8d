package io.github.designdoc.maven;

import io.github.designdoc.lint.Linter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Rewrites the project's Markdown design docs in canonical form, in place: only what is not canonical changes,
 * and each file keeps its permissions, line endings and byte order mark (a symlink stays a link; its target is
 * rewritten). A temporary file beside the doc is moved over it atomically. Docs that read with errors, and
 * read-only files, are reported and left alone, and the goal then fails. JSON docs are not touched.
 */
@Mojo(name = "format", threadSafe = true)
public final class FormatMojo extends AbstractDocMojo {

  /** Not for users: a new mojo is made by Maven. */
  public FormatMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip()) {
      getLog().info("Skipping design doc formatting (designdoc.skip)");
      return;
    }
    List<Path> docs = docs().stream().filter(DocChecker::isMarkdown).toList();
    if (docs.isEmpty()) {
      getLog().info("No Markdown design docs in " + basedir());
      return;
    }
    DocChecker checker = new DocChecker(Linter.create());
    int rewritten = 0;
    int failed = 0;
    for (Path doc : docs) {
      List<Finding> findings = new ArrayList<>();
      switch (checker.format(doc, name(doc), findings)) {
        case REWRITTEN -> {
          rewritten++;
          getLog().info("Formatted " + name(doc));
        }
        case FAILED -> failed++;
        default -> getLog().debug("Already canonical: " + name(doc));
      }
      findings.forEach(this::log);
    }
    getLog().info("Formatted " + rewritten + " of " + plural(docs.size(), "design doc")
        + (failed > 0 ? "; " + failed + " not formatted" : ""));
    if (failed > 0) {
      throw new MojoFailureException(plural(failed, "design doc") + " could not be formatted: see above.");
    }
  }
}
