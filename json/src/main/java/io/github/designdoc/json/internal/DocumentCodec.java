package io.github.designdoc.json.internal;

import static io.github.designdoc.json.internal.Property.list;
import static io.github.designdoc.json.internal.Property.one;
import static io.github.designdoc.json.internal.Property.optional;
import static io.github.designdoc.json.internal.Scalars.LINE;
import static io.github.designdoc.json.internal.Scalars.REQUIRED_LINE;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.Location;
import io.github.designdoc.DocDate;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.Section;
import io.github.designdoc.Status;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;

/** The whole document: {@code formatVersion} first, then its metadata, then its sections in order. */
public final class DocumentCodec {
  private DocumentCodec() {}

  /** {@code "2.0"}: written as the current version; read, checked and recorded on the input. */
  static final Codec<FormatVersion> FORMAT_VERSION = new Codec<>() {
    @Override
    public void write(JsonGenerator out, FormatVersion version) {
      out.writeString(version.toString());
    }

    @Override
    public FormatVersion read(JsonInput in) {
      String text = in.string();
      if (text == null) {
        return null;
      }
      Optional<FormatVersion> parsed = FormatVersion.parse(text);
      if (parsed.isEmpty()) {
        in.error(ErrorCodes.FORMAT_VERSION, "formatVersion " + JsonInput.quote(text)
            + " is not a version major.minor such as \"" + FormatVersion.CURRENT + "\"");
        return null;
      }
      FormatVersion version = parsed.get();
      if (version.isNewerMajor()) {
        // Nothing else in the document can be trusted: report this alone.
        throw new DesignDocFormatException(Diagnostic.error(ErrorCodes.FORMAT_VERSION, "format version " + version
            + " is newer than this reader supports (" + FormatVersion.CURRENT
            + "); read it with a newer designdoc-json", in.location()));
      }
      if (!version.isReadable()) {
        in.error(ErrorCodes.FORMAT_VERSION, "format version " + version + " is not one this reader knows; it reads "
            + FormatVersion.CURRENT + " and " + FormatVersion.FORMAT_1 + " and their later minor versions");
        return null;
      }
      in.version(version);
      return version;
    }
  };

  /** The document in the current format. */
  static final ObjectCodec<DesignDoc> DOCUMENT = new ObjectCodec<>(DesignDoc.class, "a design document",
      DocumentCodec::build,
      one("formatVersion", FORMAT_VERSION, d -> FormatVersion.CURRENT),
      one("title", REQUIRED_LINE, DesignDoc::title),
      optional("version", LINE, DesignDoc::version),
      list("authors", REQUIRED_LINE, DesignDoc::authors),
      optional("date", Scalars.DATE, DesignDoc::date),
      optional("status", Scalars.STATUS, DesignDoc::status),
      list("otherMetadata", PartCodecs.METADATA_ENTRY, DesignDoc::otherMetadata),
      optional("frontMatter", Scalars.FRONT_MATTER, DesignDoc::frontMatter),
      optional("preamble", Scalars.PREAMBLE, DesignDoc::preamble),
      list("sections", SectionCodec.INSTANCE, DesignDoc::sections));

  /** The document in the current format or in format 1, as its {@code formatVersion} says. */
  static final Codec<DesignDoc> ANY_VERSION = new Codec<>() {
    @Override
    public void write(JsonGenerator out, DesignDoc doc) {
      DOCUMENT.write(out, doc);
    }

    @Override
    public DesignDoc read(JsonInput in) {
      Set<String> readBeforeVersion = new HashSet<>();
      Fields fields = ObjectCodec.readFields(in, DesignDoc.class, DOCUMENT.noun(), (input, name, f) -> {
        FormatVersion version = in.version();
        if (version == null) {
          Property<?> p = DOCUMENT.property(name);
          p = p != null ? p : Format1.DOCUMENT.property(name);
          if (p != null) {
            readBeforeVersion.add(name);
          }
          return p;
        }
        return table(version).property(name);
      }, () -> names(in.version()));
      if (fields == null) {
        return null;
      }
      FormatVersion version = in.version();
      ObjectCodec<DesignDoc> table = table(version);
      for (String name : readBeforeVersion) {
        if (version != null && table.property(name) == null) {
          in.error(ErrorCodes.UNKNOWN_PROPERTY, ObjectCodec.unknown(in, name, table.noun(), table.names()),
              fields.nameLocation(name));
        }
      }
      DesignDoc doc = table.construct(in, fields);
      if (doc != null && !templateKeysFree(in, doc, fields)) {
        return null;
      }
      if (doc != null && !frontMatterFieldsGiven(in, doc, fields)) {
        return null;
      }
      if (doc != null && !authorsHeld(in, doc, fields)) {
        return null;
      }
      if (doc != null && version != null && version.isFormat1()) {
        Format1.converted(in, fields);
      }
      return doc;
    }
  };

  /**
   * Checks that no further metadata entry is keyed like a template field the document leaves empty
   * ({@code Status} without a status): Markdown would read it as that field. Reports each at
   * {@code otherMetadata}; returns whether there was none.
   */
  private static boolean templateKeysFree(JsonInput in, DesignDoc doc, Fields fields) {
    boolean free = true;
    for (int i = 0; i < doc.otherMetadata().size(); i++) {
      MetadataEntry e = doc.otherMetadata().get(i);
      String field = MetadataKeys.field(e.key());
      boolean empty = field != null && switch (field) {
        case "version" -> doc.version().isEmpty();
        case "authors" -> doc.authors().isEmpty();
        case "date" -> doc.date().isEmpty();
        default -> doc.status().isEmpty();
      };
      if (empty && !e.value().isBlank()) {
        Location at = fields.nameLocation("otherMetadata");
        in.error(ErrorCodes.INVALID_VALUE, "otherMetadata[" + i + "] is keyed " + JsonInput.quote(e.key())
            + ", which Markdown reads as the document's " + field + "; give the " + field
            + " itself, or name the entry otherwise", Location.of("/otherMetadata/" + i, at.line(), at.column()));
        free = false;
      }
    }
    return free;
  }

  /**
   * Checks that the front matter sets no field the document leaves empty ({@code status: Draft} without a
   * status): Markdown would read it as that field ({@link MarkdownHolds#emptyFieldSet}). Reports it at
   * {@code frontMatter}; returns whether there was none.
   */
  private static boolean frontMatterFieldsGiven(JsonInput in, DesignDoc doc, Fields fields) {
    String problem = doc.frontMatter().map(f -> MarkdownHolds.emptyFieldSet(f, doc)).orElse(null);
    if (problem == null) {
      return true;
    }
    in.error(ErrorCodes.INVALID_VALUE, "frontMatter " + problem, fields.nameLocation("frontMatter"));
    return false;
  }

  /**
   * Checks that Markdown reads each author back as given ({@link MarkdownHolds#authorProblem}). Reports
   * each at {@code authors}; returns whether there was none.
   */
  private static boolean authorsHeld(JsonInput in, DesignDoc doc, Fields fields) {
    boolean held = true;
    for (int i = 0; i < doc.authors().size(); i++) {
      String problem = MarkdownHolds.authorProblem(doc.authors().get(i), doc.authors().size());
      if (problem != null) {
        Location at = fields.nameLocation("authors");
        in.error(ErrorCodes.INVALID_VALUE, "authors[" + i + "] " + JsonInput.quote(doc.authors().get(i)) + " "
            + problem, Location.of("/authors/" + i, at.line(), at.column()));
        held = false;
      }
    }
    return held;
  }

  private static ObjectCodec<DesignDoc> table(FormatVersion version) {
    return version != null && version.isFormat1() ? Format1.DOCUMENT : DOCUMENT;
  }

  private static Collection<String> names(FormatVersion version) {
    return version == null ? new LinkedHashSet<>(DOCUMENT.names()) : table(version).names();
  }

  /**
   * Reads a whole document from a parser standing before its first token, and checks nothing follows it.
   *
   * @throws DesignDocFormatException with every error found, including Jackson's syntax and limit errors
   * @throws JacksonIOException when reading the input fails
   */
  public static DesignDoc readDocument(JsonInput in) {
    DesignDoc doc = null;
    try {
      if (in.next() == null) {
        in.error(ErrorCodes.SYNTAX, "the input is empty; expected a design document object");
      } else {
        doc = ANY_VERSION.read(in);
        in.finish();
        JsonToken after = in.next();
        if (after != null) {
          in.error(ErrorCodes.TRAILING_CONTENT, "unexpected " + JsonInput.describe(after)
              + " after the design document; expected the end of the input");
        }
      }
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      JacksonErrors.record(in, e);
    }
    if (in.hasErrors()) {
      throw in.failure();
    }
    return doc;
  }

  private static DesignDoc build(Fields f) {
    return DesignDoc.builder()
        .title(f.<String>one("title"))
        .version(f.<String>optional("version"))
        .authors(f.<String>list("authors"))
        .date(f.<DocDate>optional("date"))
        .status(f.<Status>optional("status"))
        .otherMetadata(f.<MetadataEntry>list("otherMetadata"))
        .frontMatter(f.<String>optional("frontMatter"))
        .preamble(f.<String>optional("preamble"))
        .sections(f.<Section>list("sections"))
        .build();
  }
}
