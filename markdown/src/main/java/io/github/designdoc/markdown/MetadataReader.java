package io.github.designdoc.markdown;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.MetadataEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the metadata block under the title: {@code - **Key:** value} bullets (the template's),
 * {@code - **Key**: value} or plain {@code Key: value} bullets, or plain {@code Key: value} lines.
 * {@code Version}, {@code Author}, {@code Authors} (comma-separated, {@code \,} for a comma in a name),
 * {@code Date} and {@code Status} fill the model's fields; every other key is kept in order.
 */
final class MetadataReader {
  private static final Pattern PLAIN = Pattern.compile("^([A-Za-z][A-Za-z0-9 _()/.&'-]{0,39}):(?:[ \\t]+(.*))?$");

  private final Source src;

  MetadataReader(Source src) {
    this.src = src;
  }

  /** Reads the block as metadata into the builder if every entry has a metadata shape. */
  boolean read(Node block, DesignDoc.Builder doc) {
    List<String[]> entries = new ArrayList<>();
    if (block instanceof BulletList) {
      for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
        ListItem item = (ListItem) n;
        String text = src.itemText(item).strip();
        Optional<String[]> entry = text.contains("\n") ? Optional.empty() : entry(text);
        if (entry.isEmpty()) {
          return false;
        }
        entries.add(entry.get());
      }
    } else if (block instanceof Paragraph) {
      for (int line = Source.firstLine(block); line <= Source.lastLine(block); line++) {
        Matcher m = PLAIN.matcher(src.line(line).strip());
        if (!m.matches()) {
          return false;
        }
        entries.add(new String[] {m.group(1).strip(), m.group(2) == null ? "" : m.group(2).strip()});
      }
    } else {
      return false;
    }
    apply(entries, doc);
    return true;
  }

  private static Optional<String[]> entry(String line) {
    if (line.startsWith("**")) {
      int colon = Escapes.findUnescaped(line, 2, ":**", ShapeReader.KEY);
      if (colon >= 0) {
        return pair(Escapes.unescape(line.substring(2, colon), ShapeReader.KEY), line.substring(colon + 3));
      }
      int close = Escapes.findUnescaped(line, 2, "**", ShapeReader.KEY);
      if (close >= 0 && line.startsWith(":", close + 2)) {
        return pair(Escapes.unescape(line.substring(2, close), ShapeReader.KEY), line.substring(close + 3));
      }
      return Optional.empty();
    }
    Matcher m = PLAIN.matcher(line);
    return m.matches() ? pair(m.group(1), m.group(2) == null ? "" : m.group(2)) : Optional.empty();
  }

  private static Optional<String[]> pair(String key, String value) {
    return key.isBlank() ? Optional.empty() : Optional.of(new String[] {key.strip(), value.strip()});
  }

  private static void apply(List<String[]> entries, DesignDoc.Builder doc) {
    boolean version = false;
    boolean authors = false;
    boolean date = false;
    boolean status = false;
    for (String[] e : entries) {
      String key = e[0];
      String value = e[1];
      if (!value.isEmpty()) {
        if (key.equals("Version") && !version) {
          doc.version(value);
          version = true;
          continue;
        }
        if (key.equals("Author") && !authors) {
          doc.addAuthor(value);
          authors = true;
          continue;
        }
        if (key.equals("Authors") && !authors) {
          List<String> names = new ArrayList<>();
          for (String name : Escapes.split(value, ',')) {
            names.add(name.strip());
          }
          if (names.stream().noneMatch(String::isEmpty)) {
            doc.addAllAuthors(names);
            authors = true;
            continue;
          }
        }
        if (key.equals("Date") && !date) {
          doc.date(value);
          date = true;
          continue;
        }
        if (key.equals("Status") && !status) {
          doc.status(value);
          status = true;
          continue;
        }
      }
      doc.addOtherMetadata(MetadataEntry.of(key, value));
    }
  }
}
