package io.github.designdoc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs every Java snippet of the project's README.md; where a {@code text} block follows a
 * snippet, the snippet must print exactly that.
 */
class ReadmeTest {
  private static final String IMPORTS = String.join("\n",
      "import io.github.designdoc.*;",
      "import io.github.designdoc.diff.*;",
      "import io.github.designdoc.index.*;",
      "import io.github.designdoc.lint.*;",
      "import io.github.designdoc.markdown.*;",
      "import io.github.designdoc.json.*;",
      "import java.nio.file.*;",
      "import java.time.*;",
      "import java.util.*;");

  @TempDir
  Path work;

  /** A fenced block of the README: its info string, text and line. */
  static final class Block {
    final String info;
    final String text;
    final int line;

    Block(String info, String text, int line) {
      this.info = info;
      this.text = text;
      this.line = line;
    }
  }

  static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("README.md"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  static List<Block> blocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```")) {
        String info = line.substring(3).trim();
        int start = i + 1;
        int end = start;
        while (end < lines.size() && !lines.get(end).startsWith("```")) {
          end++;
        }
        blocks.add(new Block(info, String.join("\n", lines.subList(start, end)), start));
        i = end;
      }
    }
    return blocks;
  }

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetCompilesAndRuns() throws IOException {
    Path root = projectRoot();
    List<Block> blocks = blocks(Files.readAllLines(root.resolve("README.md"), StandardCharsets.UTF_8));
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (!block.info.equals("java")) {
        continue;
      }
      String expected = i + 1 < blocks.size() && blocks.get(i + 1).info.equals("text") ? blocks.get(i + 1).text : null;
      tests.add(DynamicTest.dynamicTest("README.md line " + block.line, () -> run(root, block, expected)));
    }
    assertFalse(tests.isEmpty(), "README.md has no java snippets");
    return tests.stream();
  }

  private void run(Path root, Block block, String expected) throws Exception {
    String className = "Snippet" + block.line;
    String source = IMPORTS + "\n\npublic class " + className + " {\n"
        + "  public static void main(String[] args) throws Exception {\n" + block.text + "\n  }\n}\n";
    Path src = work.resolve(className + ".java");
    Files.writeString(src, source);
    Path classes = Files.createDirectories(work.resolve("classes-" + block.line));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    boolean ok = compiler.getTask(errors, null, null,
        List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none"),
        null, compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src)).call();
    assertTrue(ok, "README snippet at line " + block.line + " does not compile:\n" + errors);

    // Snippets read paths relative to the project's root, such as docs/design.md: surefire runs this module's
    // tests there.
    PrintStream previousOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(previousOut);
    }
    if (expected != null) {
      assertEquals(expected.strip(), out.toString(StandardCharsets.UTF_8).strip(),
          "output of the README snippet at line " + block.line);
    }
  }
}
