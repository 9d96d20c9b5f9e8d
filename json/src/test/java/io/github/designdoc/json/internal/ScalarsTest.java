package io.github.designdoc.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DataField;
import io.github.designdoc.MetadataEntry;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The line checks of {@link Scalars} give the answer of the model's own rules (building a
 * {@link DataField} or {@link MetadataEntry} from the text), which they skip for plain lines.
 */
class ScalarsTest {
  private static final String[] PIECES = {"a", "Name", "é", " ", "  ", "\t", "\n", "\r", "\r\n", "\f", "\u000B",
      "\u0085", "\u00A0", "\u2028", "\u2029", "\u3000", "\u2007", "\u0000", "\u001F", "\u007F", "\uD83D\uDE00",
      "\uD83D", "\uDE00", "x y", "-"};

  @Test
  void lineChecksGiveTheModelsAnswer() {
    Random random = new Random(13);
    int problems = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(6); n > 0; n--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String t = text.toString();
      String line = modelLineProblem(t);
      assertEquals(line, Scalars.lineProblem(t), () -> "line " + t.codePoints().boxed().toList());
      assertEquals(modelRequiredLineProblem(t), Scalars.requiredLineProblem(t),
          () -> "required line " + t.codePoints().boxed().toList());
      if (line != null) {
        problems++;
      }
    }
    assertTrue(problems > 10_000 && problems < 90_000, "texts with a problem: " + problems);
  }

  private static String modelLineProblem(String text) {
    try {
      return edgeProblem(DataField.of(text, "", "").name());
    } catch (IllegalArgumentException e) {
      return Scalars.rule(e);
    }
  }

  private static String modelRequiredLineProblem(String text) {
    try {
      return edgeProblem(MetadataEntry.of(text, "").key());
    } catch (IllegalArgumentException e) {
      return Scalars.rule(e);
    }
  }

  private static String edgeProblem(String line) {
    if (line.isEmpty() || line.strip().length() == line.length()) {
      return null;
    }
    int cp = Character.isWhitespace(line.codePointAt(0)) ? line.codePointAt(0) : line.codePointBefore(line.length());
    return "must not start or end with the blank U+" + String.format("%04X", cp) + ", which Markdown drops: remove it";
  }
}
