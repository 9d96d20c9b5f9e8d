package io.github.designdoc.maven;

import io.github.designdoc.Severity;
import io.github.designdoc.lint.Linter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the project's design docs: fails the build when a Markdown doc is not in canonical form or when reading
 * or lint finds a problem at or above {@code failOn}. Every finding is logged as
 * {@code file:line:column: severity code message}, the file relative to the project folder. Bound to
 * {@code verify} by default.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractDocMojo {

  /**
   * The lowest severity that fails the build: {@code error} (the default) or {@code warning}. A doc that is not
   * canonical, and a file that cannot be read, are errors.
   */
  @Parameter(property = "designdoc.failOn", defaultValue = "error")
  private String failOn;

  /**
   * Lint rules to turn off, by id ({@code missing-section}, {@code placeholder}, {@code http-method}, ...) or
   * constant name ({@code MISSING_SECTION}).
   */
  @Parameter(property = "designdoc.disabledRules")
  private List<String> disabledRules;

  /**
   * Severities of lint rules: rule id to {@code error}, {@code warning}, {@code info} or {@code off}, as in
   * {@code <severities><placeholder>error</placeholder></severities>}.
   */
  @Parameter
  private Map<String, String> severities;

  /**
   * The sections every doc must have, by id ({@code overview}, {@code apiContracts}, ...), constant name or
   * template title; {@code none} requires none. Default: every section of the template.
   */
  @Parameter(property = "designdoc.requiredSections")
  private List<String> requiredSections;

  /** Whether a Markdown doc that is not in canonical form fails the build. */
  @Parameter(property = "designdoc.checkFormat", defaultValue = "true")
  private boolean checkFormat;

  /** Not for users: a new mojo is made by Maven. */
  public CheckMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip()) {
      getLog().info("Skipping the design doc check (designdoc.skip)");
      return;
    }
    Severity threshold;
    Linter linter;
    try {
      threshold = LintSettings.failOn(failOn);
      linter = LintSettings.linter(disabledRules, severities, requiredSections);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Invalid designdoc configuration: " + e.getMessage(), e);
    }
    List<Path> docs = docs();
    if (docs.isEmpty()) {
      getLog().info("No design docs in " + basedir());
      return;
    }
    DocChecker checker = new DocChecker(linter);
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int failing = 0;
    for (Path doc : docs) {
      boolean fails = false;
      List<Finding> findings = new ArrayList<>(checker.check(doc, name(doc)));
      findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
      for (Finding finding : findings) {
        if (!checkFormat && finding.code().equals(DocChecker.NOT_CANONICAL)) {
          continue;
        }
        log(finding);
        switch (finding.severity()) {
          case ERROR -> errors++;
          case WARNING -> warnings++;
          default -> infos++;
        }
        fails |= finding.severity().compareTo(threshold) >= 0;
      }
      if (fails) {
        failing++;
      }
    }
    String counts = plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info");
    getLog().info(plural(docs.size(), "design doc") + ": " + counts);
    if (failing > 0) {
      throw new MojoFailureException(failing + " of " + plural(docs.size(), "design doc") + " failed the check (failOn "
          + threshold.name().toLowerCase(Locale.ROOT) + "): " + counts + "; the findings are listed above.");
    }
  }
}
