package io.github.designdoc.cli;

import io.github.designdoc.Diagnostic;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Severity;
import io.github.designdoc.TextRange;
import io.github.designdoc.lint.LintRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code designdoc lint}: reader diagnostics and lint findings for many documents. */
final class LintCommand implements Callable<Integer> {
  enum OutputFormat { text, json, sarif, github }

  private static final Pattern INLINE_DISABLE = Pattern.compile("<!--\\s*designdoc-disable\\b([^>]*?)-->");

  static final Command SPEC = Command.of("lint",
          "Report reader diagnostics and lint findings of design documents, each at its line and column.",
          "Folders are searched for *.md, *.markdown and DesignDoc *.json files (hidden folders skipped); files are "
              + "read in parallel. A file that cannot be read is reported and the others are still linted.",
          "Settings come from the nearest .designdoc.json (see 'designdoc schema config'), then from the options. "
              + "A document can turn rules off for itself with <!-- designdoc-disable RULE... -->.",
          "Exit 0 when clean, 1 when a finding is at or above --fail-on or there are more than --max-warnings "
              + "warnings, 2 when a file cannot be read or no document was found.")
      .unsorted()
      .positional("FILE", 1, Integer.MAX_VALUE).files()
      .help("Documents or folders of documents; - for standard input.")
      .option("FORMAT", "--format").choices("text", "json", "sarif", "github")
      .help("text (default: path:line:column: severity code message), json, sarif (SARIF 2.1.0) or github "
          + "(GitHub Actions annotations).")
      .option("RULE", "--disable").repeatable().split(",")
      .help("Turn a rule off: a lint rule id (placeholder, missing-section, ...) or a reader code (MD007).")
      .option("RULE=LEVEL", "--severity").repeatable().help("Set a rule's level: error, warning, info or off.")
      .option("SECTION", "--require").repeatable().split(",")
      .help("A section documents must have (an id such as overview or requestFlows, or a title); "
          + "repeat or separate with commas; none for no section. All template sections by default.")
      .flag("-q", "--quiet").help("Leave infos out.")
      .option("N", "--max-warnings").help("Fail when there are more than N warnings.")
      .option("LEVEL", "--fail-on").choices("error", "warning")
      .help("error (default) or warning: the lowest severity that fails the run.")
      .option("GLOB", "--include").repeatable().help("In folders, take only files matching GLOB.")
      .option("GLOB", "--exclude").repeatable().help("In folders, skip files matching GLOB.")
      .option("FILE", "--config").files().help("Read settings from FILE instead of the nearest .designdoc.json.")
      .flag("--no-config").help("Read no .designdoc.json.")
      .factory(LintCommand::new);

  private final Io io;
  private final List<String> files;
  private final OutputFormat format;
  final List<String> disable;
  final Map<String, String> severity;
  final List<String> require;
  final boolean quiet;
  final Integer maxWarnings;
  final LintSettings.FailOn failOn;
  final List<String> includes;
  final List<String> excludes;
  final Path configFile;
  final boolean noConfig;

  LintCommand(Io io, Arguments args) {
    this.io = io;
    files = args.positionals();
    format = OutputFormat.valueOf(args.value("--format", "text"));
    disable = args.list("--disable");
    severity = args.map("--severity");
    require = args.values("--require");
    quiet = args.flag("--quiet");
    maxWarnings = args.integer("--max-warnings");
    String level = args.value("--fail-on");
    failOn = level == null ? null : LintSettings.FailOn.valueOf(level);
    includes = args.values("--include");
    excludes = args.values("--exclude");
    configFile = args.path("--config");
    noConfig = args.flag("--no-config");
  }

  /** The findings of one file, or why it could not be read. */
  static final class FileReport {
    final String name;
    final List<Finding> findings;
    final String problem;
    final boolean internal;

    FileReport(String name, List<Finding> findings, String problem) {
      this(name, findings, problem, false);
    }

    FileReport(String name, List<Finding> findings, String problem, boolean internal) {
      this.name = name;
      this.findings = findings;
      this.problem = problem;
      this.internal = internal;
    }
  }

  @Override
  public Integer call() {
    LintSettings settings = LintSettings.of(this);
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    List<String> paths = new Inputs(settings.includes, settings.excludes).expand(files, problems::add);
    if (paths.isEmpty()) {
      problems.forEach(p -> io.err.println("designdoc: " + p));
      throw CliException.input("no documents found in " + String.join(", ", files));
    }
    List<FileReport> reports = Parallel.map(paths, path -> lint(io, path, settings));
    List<Finding> findings = new ArrayList<>();
    for (FileReport report : reports) {
      if (report.problem != null) {
        problems.add(report.problem);
      } else {
        findings.addAll(report.findings);
      }
    }
    problems.forEach(p -> io.err.println("designdoc: " + p));
    int files = (int) reports.stream().filter(r -> r.problem == null).count();
    long errors = count(findings, Severity.ERROR);
    long warnings = count(findings, Severity.WARNING);
    long infos = count(findings, Severity.INFO);
    switch (format) {
      case json:
        io.out.println(LintReports.json(findings, files, errors, warnings, infos, problems));
        break;
      case sarif:
        io.out.println(LintReports.sarif(findings, problems));
        break;
      case github:
        for (Finding f : findings) {
          io.out.println(github(f));
        }
        io.out.println(summary(files, errors, warnings, infos, settings.quiet));
        break;
      default:
        for (Finding f : findings) {
          io.out.println(text(f));
        }
        io.out.println(summary(files, errors, warnings, infos, settings.quiet));
    }
    if (reports.stream().anyMatch(r -> r.internal)) {
      return Main.INTERNAL;
    }
    if (!problems.isEmpty()) {
      return Main.INPUT;
    }
    boolean failed = errors > 0 || (settings.failOn == LintSettings.FailOn.warning && warnings > 0)
        || (settings.maxWarnings != null && warnings > settings.maxWarnings);
    if (failed && settings.maxWarnings != null && warnings > settings.maxWarnings && format != OutputFormat.sarif
        && format != OutputFormat.json) {
      io.err.println("designdoc: " + warnings + " warnings, more than --max-warnings " + settings.maxWarnings);
    }
    return failed ? Main.FAILED : 0;
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity == severity).count();
  }

  private static String summary(int files, long errors, long warnings, long infos, boolean quiet) {
    return files + (files == 1 ? " file: " : " files: ") + errors + " errors, " + warnings + " warnings"
        + (quiet ? "" : ", " + infos + " infos");
  }

  static String text(Finding f) {
    String pointer = f.pointer() == null ? "" : " (" + (f.pointer().isEmpty() ? "/" : f.pointer()) + ")";
    return f.file + ":" + f.line + ":" + f.column + ": " + f.severity.name().toLowerCase(Locale.ROOT) + " "
        + f.code() + " " + oneLine(f.diagnostic.message()) + pointer;
  }

  /** A GitHub Actions workflow command: {@code ::warning file=..,line=..,col=..,title=..::message}. */
  static String github(Finding f) {
    String level = f.severity == Severity.ERROR ? "error" : f.severity == Severity.WARNING ? "warning" : "notice";
    StringBuilder out = new StringBuilder("::").append(level)
        .append(" file=").append(property(f.file))
        .append(",line=").append(f.line)
        .append(",col=").append(f.column);
    if (f.range != null) {
      out.append(",endLine=").append(f.endLine);
    }
    out.append(",title=").append(property("designdoc " + f.code()));
    return out.append("::").append(data(f.diagnostic.message())).toString();
  }

  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }

  private static String oneLine(String message) {
    return message.replace("\r", "\\r").replace("\n", "\\n");
  }

  private FileReport lint(Io io, String path, LintSettings settings) {
    Io.Input input;
    try {
      input = io.read(path);
    } catch (CliException e) {
      return new FileReport(Io.display(path), List.of(), e.getMessage());
    }
    try {
      DocFormat docFormat = DocFormat.of(input);
      List<Diagnostic> diagnostics;
      ReadResult read = null;
      try {
        read = docFormat.read(input.text);
        diagnostics = settings.linter.lint(read);
      } catch (DesignDocFormatException e) {
        diagnostics = e.diagnostics();
      }
      Set<String> inline = docFormat == DocFormat.MARKDOWN ? inlineDisables(input.text) : Set.of();
      boolean allRules = inline.contains("");
      String text = docFormat == DocFormat.JSON ? DocFormat.stripBom(input.text) : input.text;
      List<Finding> out = new ArrayList<>();
      for (Diagnostic d : diagnostics) {
        boolean lintRule = rule(d.code()).isPresent();
        if (inline.contains(d.code()) || (allRules && lintRule)) {
          continue;
        }
        Severity level = d.severity();
        if (!lintRule) {
          if (settings.readerDisabled.contains(d.code())) {
            continue;
          }
          level = settings.readerSeverity.getOrDefault(d.code(), level);
        }
        if (settings.quiet && level == Severity.INFO) {
          continue;
        }
        TextRange range = null;
        if (read != null && d.location().pointer().isPresent()) {
          range = read.sourceMap().nearest(d.location().pointer().get()).orElse(null);
        }
        out.add(new Finding(input.name, d, level, range, text));
      }
      return new FileReport(input.name, out, null);
    } catch (RuntimeException e) {
      return new FileReport(input.name, List.of(), "internal error on " + input.name + ": "
          + e.getClass().getSimpleName() + ": " + e.getMessage(), true);
    }
  }

  /** The codes a document turns off for itself; {@code ""} for every lint rule. */
  static Set<String> inlineDisables(String text) {
    if (!text.contains("designdoc-disable")) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    Matcher m = INLINE_DISABLE.matcher(text);
    while (m.find()) {
      String rules = m.group(1).strip();
      if (rules.isEmpty()) {
        out.add("");
      } else {
        for (String rule : rules.split("[\\s,]+")) {
          out.add(rule(rule).map(LintRule::id).orElse(rule));
        }
      }
    }
    return out;
  }

  static Optional<LintRule> rule(String name) {
    return LintSettings.rule(name);
  }
}
