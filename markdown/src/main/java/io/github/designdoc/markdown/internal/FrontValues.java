package io.github.designdoc.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values the reader takes from front matter where the body states none: {@code title},
 * {@code version}, {@code authors} or {@code author} (a string, split like a metadata line, or a list),
 * {@code status}, and {@code date}, {@code creation-date} or {@code created} (a placeholder's angle
 * brackets around a filled-in date dropped: {@code <10/17/2023>} is {@code 10/17/2023}). The writer uses the same
 * values to leave out of the body what the front matter already says.
 */
public record FrontValues(Optional<String> title, Optional<String> version, List<String> authors,
    Optional<String> date, Optional<String> status) {

  public static FrontValues of(FrontMatter f) {
    if (f.error().isPresent()) {
      return new FrontValues(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }
    List<String> authors = f.values("authors").isEmpty() ? f.values("author") : f.values("authors");
    List<String> names = new ArrayList<>();
    if (authors.size() == 1) {
      names.addAll(MetadataReader.names(authors.get(0)));
    } else {
      authors.forEach(a -> names.add(MetadataReader.person(MetadataReader.unbold(a))));
    }
    names.removeIf(String::isBlank);
    Optional<String> date = f.value("date").or(() -> f.value("creation-date")).or(() -> f.value("created"))
        .map(FrontValues::unwrapped);
    return new FrontValues(f.value("title").map(String::strip).filter(s -> !s.isEmpty()), f.value("version"),
        List.copyOf(names), date, f.value("status").map(MetadataReader::unbold).filter(s -> !s.isEmpty()));
  }

  /** A date without the angle brackets of a filled-in template placeholder ({@code <10/17/2023>}). */
  static String unwrapped(String date) {
    String d = date.strip();
    return d.matches("<[0-9][0-9./-]*[0-9]>") ? d.substring(1, d.length() - 1) : date;
  }

  public static FrontValues of(String raw) {
    return of(FrontMatter.of(raw));
  }
}
