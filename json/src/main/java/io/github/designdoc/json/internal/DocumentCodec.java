package io.github.designdoc.json.internal;

import static io.github.designdoc.json.internal.Property.list;
import static io.github.designdoc.json.internal.Property.one;
import static io.github.designdoc.json.internal.Property.optional;
import static io.github.designdoc.json.internal.Scalars.LINE;
import static io.github.designdoc.json.internal.Scalars.REQUIRED_LINE;
import static io.github.designdoc.json.internal.Scalars.TEXT;

import io.github.designdoc.ApiContract;
import io.github.designdoc.Component;
import io.github.designdoc.CustomSection;
import io.github.designdoc.DataModel;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.Location;
import io.github.designdoc.DocDate;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.Revision;
import io.github.designdoc.SectionKind;
import io.github.designdoc.SectionText;
import io.github.designdoc.Status;
import io.github.designdoc.TestingEntry;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;

/** The whole document: {@code formatVersion} first, then every part in the model's order. */
public final class DocumentCodec {
  private DocumentCodec() {}

  /** {@code "1.0"}: written as the current version; read, checked and recorded on the input. */
  private static final Codec<FormatVersion> FORMAT_VERSION = new Codec<>() {
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
            + FormatVersion.CURRENT + " and later minor versions of it");
        return null;
      }
      in.version(version);
      return version;
    }
  };

  /** {@code sectionTexts}: an object keyed by section, in the template's order. */
  private static final Codec<Map<SectionKind, SectionText>> SECTION_TEXTS = new Codec<>() {
    @Override
    public void write(JsonGenerator out, Map<SectionKind, SectionText> texts) {
      out.writeStartObject();
      for (SectionKind kind : SectionKind.values()) {
        SectionText text = texts.get(kind);
        if (text != null) {
          out.writeName(Scalars.lowerCamel(kind));
          PartCodecs.SECTION_TEXT.write(out, text);
        }
      }
      out.writeEndObject();
    }

    @Override
    public Map<SectionKind, SectionText> read(JsonInput in) {
      if (!in.startObject("a sectionTexts object")) {
        return null;
      }
      Map<SectionKind, SectionText> texts = new EnumMap<>(SectionKind.class);
      Set<SectionKind> seen = EnumSet.noneOf(SectionKind.class);
      for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
        Location at = in.location();
        SectionKind kind = PartCodecs.SECTION_KIND.byName(in, name);
        in.next();
        if (kind == null) {
          in.skip();
        } else if (!seen.add(kind)) {
          in.error(ErrorCodes.DUPLICATE_PROPERTY, "duplicate section " + JsonInput.quote(name) + " in sectionTexts", at);
          in.skip();
        } else {
          SectionText text = PartCodecs.SECTION_TEXT.read(in);
          if (text != null) {
            texts.put(kind, text);
          }
        }
      }
      return texts;
    }
  };

  /** The document. */
  public static final ObjectCodec<DesignDoc> DOCUMENT = new ObjectCodec<>("a design document",
      DocumentCodec::build,
      one("formatVersion", FORMAT_VERSION, d -> FormatVersion.CURRENT),
      one("title", REQUIRED_LINE, DesignDoc::title),
      optional("version", LINE, DesignDoc::version),
      list("authors", REQUIRED_LINE, DesignDoc::authors),
      optional("date", Scalars.DATE, DesignDoc::date),
      optional("status", Scalars.STATUS, DesignDoc::status),
      list("otherMetadata", PartCodecs.METADATA_ENTRY, DesignDoc::otherMetadata),
      optional("frontMatter", TEXT, DesignDoc::frontMatter),
      optional("preamble", TEXT, DesignDoc::preamble),
      optional("overview", TEXT, DesignDoc::overview),
      list("components", PartCodecs.COMPONENT, DesignDoc::components),
      list("requestFlows", PartCodecs.REQUEST_FLOW, DesignDoc::requestFlows),
      list("apiContracts", ApiContractCodec.INSTANCE, DesignDoc::apiContracts),
      list("dataModels", PartCodecs.DATA_MODEL, DesignDoc::dataModels),
      list("securityConsiderations", TEXT, DesignDoc::securityConsiderations),
      list("performanceConsiderations", TEXT, DesignDoc::performanceConsiderations),
      list("testingStrategy", PartCodecs.TESTING_ENTRY, DesignDoc::testingStrategy),
      list("rolloutPhases", TEXT, DesignDoc::rolloutPhases),
      list("openIssues", PartCodecs.OPEN_ISSUE, DesignDoc::openIssues),
      list("revisions", PartCodecs.REVISION, DesignDoc::revisions),
      list("customSections", PartCodecs.CUSTOM_SECTION, DesignDoc::customSections),
      Property.map("sectionTexts", SECTION_TEXTS, DesignDoc::sectionTexts));

  /**
   * Reads a whole document from a parser standing on its first token, and checks nothing follows it.
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
        doc = DOCUMENT.read(in);
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
        .overview(f.<String>optional("overview"))
        .components(f.<Component>list("components"))
        .requestFlows(f.<RequestFlow>list("requestFlows"))
        .apiContracts(f.<ApiContract>list("apiContracts"))
        .dataModels(f.<DataModel>list("dataModels"))
        .securityConsiderations(f.<String>list("securityConsiderations"))
        .performanceConsiderations(f.<String>list("performanceConsiderations"))
        .testingStrategy(f.<TestingEntry>list("testingStrategy"))
        .rolloutPhases(f.<String>list("rolloutPhases"))
        .openIssues(f.<OpenIssue>list("openIssues"))
        .revisions(f.<Revision>list("revisions"))
        .customSections(f.<CustomSection>list("customSections"))
        .sectionTexts(f.<SectionKind, SectionText>map("sectionTexts"))
        .build();
  }
}
