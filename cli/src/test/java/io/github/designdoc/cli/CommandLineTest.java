package io.github.designdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The command-line grammar: option forms, the errors it reports, and the help's layout (picocli's: a name
 * and label longer than 19 characters on a line of its own).
 */
class CommandLineTest {
  private static final Command SAMPLE = Command.of("sample", "A command to parse with.")
      .positional("FILE", 1, Integer.MAX_VALUE).help("Files.")
      .flag("--check").help("Check.")
      .flag("--write").help("Write.")
      .exclusive("--check", "--write")
      .flag("-q", "--quiet").help("Quiet.")
      .option("OUT", "-o", "--output").help("Output.")
      .option("FORMAT", "--format").choices("text", "json").help("Format.")
      .option("RULE", "--disable").repeatable().split(",").help("Rules.")
      .option("KEY=VALUE", "--severity").repeatable().help("Levels.")
      .option("N", "--max").help("Most.")
      .option("<A B C>", "--triple").arity(3).repeatable().help("Three.");

  private static Arguments parse(String... args) {
    return Arguments.parse(SAMPLE, args, 0).check();
  }

  private static String error(String... args) {
    return assertThrows(Command.UsageError.class, () -> parse(args)).getMessage();
  }

  @Test
  void optionsTakeTheirValuesInEveryForm() {
    Arguments args = parse("a.md", "--output", "x", "--format=json", "--disable", "one,two", "--disable=three",
        "-q", "b.md", "--severity", "r=info", "--triple", "1", "2", "3", "--", "--check");
    assertEquals(List.of("a.md", "b.md", "--check"), args.positionals());
    assertEquals(Path.of("x"), args.path("--output"));
    assertEquals("json", args.value("--format"));
    assertEquals(List.of("one", "two", "three"), args.list("--disable"));
    assertEquals(Map.of("r", "info"), args.map("--severity"));
    assertEquals(List.of("1", "2", "3"), args.list("--triple"));
    assertTrue(args.flag("--quiet"));
    assertFalse(args.flag("--check"));
    assertEquals(null, args.value("--max"));
    assertEquals(null, parse("a").values("--disable"), "absent");

    assertEquals(Path.of("y"), parse("-oy", "a").path("--output"));
    assertEquals(Path.of("z"), parse("-o=z", "a").path("--output"));
    assertEquals(Path.of("w"), parse("-qo", "w", "a").path("--output"));
    assertTrue(parse("-qh", "a").flag("--help"));
    assertEquals(List.of("-"), parse("-").positionals(), "- is standard input, not an option");
    assertFalse(parse("--check=false", "a").flag("--check"));
    assertEquals(-1, parse("--max", "-1", "a").integer("--max"));
  }

  @Test
  void errorsSayWhatWasWrong() {
    assertEquals("Unknown option: '--bogus'", error("--bogus", "a"));
    assertEquals("Unknown option: '-z' (while processing option: '-qz')", error("-qz", "a"));
    assertEquals("Missing required parameter: 'FILE'", error("--check"));
    assertEquals("Missing required parameter for option '--output' (OUT)", error("a", "-o"));
    assertEquals("Expected parameter for option '--output' but found '--check'", error("a", "--output", "--check"));
    assertEquals("option '--output' (OUT) should be specified only once", error("a", "-o", "x", "--output", "y"));
    assertEquals("Error: --check, --write are mutually exclusive (specify only one)",
        error("a", "--check", "--write"));
    assertEquals("Invalid value for option '--format': expected one of [text, json] (case-sensitive) but was 'xml'",
        error("a", "--format", "xml"));
    assertEquals("option '--triple' (<A B C>) requires 3 values, but only 2 were specified: [1, 2]",
        error("a", "--triple", "1", "2", "--check"));
    assertEquals("Invalid value for option '--check': 'maybe' is not a boolean", error("a", "--check=maybe"));
    assertEquals("Invalid value for option '--max': 'x' is not an int",
        assertThrows(Command.UsageError.class, () -> parse("a", "--max", "x").integer("--max")).getMessage());
    assertEquals("Value for option '--severity' (KEY=VALUE) should be in KEY=VALUE format but was r",
        assertThrows(Command.UsageError.class, () -> parse("a", "--severity", "r").map("--severity")).getMessage());
    Command one = Command.of("one", "One.").positional("SHELL", 1, 1).choices("bash", "zsh").help("Shell.");
    assertEquals("Unmatched argument at index 2: 'b'",
        assertThrows(Command.UsageError.class, () -> Arguments.parse(one, new String[] {"one", "bash", "b"}, 1))
            .getMessage());
    assertEquals("Invalid value for positional parameter at index 0 (SHELL): expected one of [bash, zsh] "
        + "(case-sensitive) but was 'fish'",
        assertThrows(Command.UsageError.class, () -> Arguments.parse(one, new String[] {"fish"}, 0)).getMessage());
  }

  @Test
  void helpHasTheUsageTheDescriptionAndAnAlignedTable() {
    String help = HelpText.of(SAMPLE, List.of());
    assertEquals(String.join("\n",
        "Usage: designdoc sample [-hqV] [--debug] [--format=FORMAT] [--max=N] [-o=OUT]",
        "                        [--disable=RULE[,RULE...]]... [--severity=KEY=VALUE]...",
        "                        [--triple=<A B C>]... [--check | --write] FILE...",
        "A command to parse with.",
        "      FILE...            Files.",
        "      --check            Check.",
        "      --debug            Print the stack trace of an internal error.",
        "      --disable=RULE[,RULE...]",
        "                         Rules.",
        "      --format=FORMAT    Format.",
        "  -h, --help             Show this help message and exit.",
        "      --max=N            Most.",
        "  -o, --output=OUT       Output.",
        "  -q, --quiet            Quiet.",
        "      --severity=KEY=VALUE",
        "                         Levels.",
        "      --triple=<A B C>   Three.",
        "  -V, --version          Print version information and exit.",
        "      --write            Write.",
        ""), help);
  }

  @Test
  void longTextIsWrappedAtEightyColumnsUnderItsColumn() {
    List<String> lines = HelpText.wrap("word ".repeat(30).strip(), 80, 78);
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).length() <= 79, "room is left for the space after a line that goes on");
    assertEquals("word ".repeat(30).strip(), String.join(" ", lines));
    assertEquals(List.of("a   b"), HelpText.wrap("a   b", 80, 78), "spaces inside a line are kept");
    for (String name : Main.COMMANDS) {
      String text = Cli.run(name, "--help").out;
      for (String line : text.split("\n")) {
        assertTrue(line.length() <= 80, name + ": " + line);
      }
    }
  }
}
