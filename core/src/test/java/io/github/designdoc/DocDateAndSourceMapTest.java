package io.github.designdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fast paths of {@link DocDate#of(String)} and {@link SourceMap.Builder} give what the plain ones gave. */
class DocDateAndSourceMapTest {
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** What {@code DocDate.of} gave before: the JDK's ISO parser behind a pattern. */
  private static Optional<LocalDate> plain(String text) {
    if (!ISO.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Test
  void datesAreParsedAsTheJdksIsoParserParsesThem() {
    List<String> texts = new ArrayList<>(List.of("2025-12-28", "2024-02-29", "2023-02-29", "2024-02-30", "0000-01-01",
        "9999-12-31", "2025-00-10", "2025-13-01", "2025-01-00", "2025-01-32", "2025-1-01", "2025-01-1", "20250101",
        "2025/01/01", "+2025-01-01", "2025-01-01x", "٢٠٢٥-٠١-٠١", "2025-04-31", "March 2024", "<date>"));
    Random random = new Random(13);
    String chars = "0123456789-0123456789x";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      if (random.nextBoolean()) {
        text.append(String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(15), random.nextInt(34)));
        if (random.nextInt(4) == 0) {
          text.setCharAt(random.nextInt(text.length()), chars.charAt(random.nextInt(chars.length())));
        }
      } else {
        for (int k = random.nextInt(12); k > 0; k--) {
          text.append(chars.charAt(random.nextInt(chars.length())));
        }
      }
      if (!text.toString().isBlank()) {
        texts.add(text.toString());
      }
    }
    int parsed = 0;
    for (String text : texts) {
      DocDate date = DocDate.of(text);
      assertEquals(plain(text), date.value(), text);
      assertEquals(text, date.text());
      parsed += date.isParsed() ? 1 : 0;
    }
    assertTrue(parsed > 1_000, "the check sees many real dates: " + parsed);
  }

  @Test
  void aBuiltMapDoesNotChangeWhenTheBuilderGoesOn() {
    TextRange first = new TextRange(1, 1, 0, 5);
    TextRange second = new TextRange(2, 1, 6, 3);
    SourceMap.Builder builder = SourceMap.builder().put("/title", first);
    SourceMap one = builder.build();
    builder.put("/version", second).put("/title", second);
    SourceMap two = builder.build();
    assertEquals(Map.of("/title", first), one.ranges());
    assertEquals(Map.of("/title", second, "/version", second), two.ranges());
    assertEquals(List.of("/title", "/version"), List.copyOf(two.ranges().keySet()));
    assertEquals(two, builder.build());
    assertTrue(SourceMap.builder().build().isEmpty());
  }
}
