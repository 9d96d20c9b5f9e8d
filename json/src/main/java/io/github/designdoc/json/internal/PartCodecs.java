package io.github.designdoc.json.internal;

import static io.github.designdoc.json.internal.Property.list;
import static io.github.designdoc.json.internal.Property.one;
import static io.github.designdoc.json.internal.Property.optional;
import static io.github.designdoc.json.internal.Scalars.LINE;
import static io.github.designdoc.json.internal.Scalars.REQUIRED_LINE;
import static io.github.designdoc.json.internal.Scalars.TEXT;

import io.github.designdoc.CodeBlock;
import io.github.designdoc.Component;
import io.github.designdoc.CustomSection;
import io.github.designdoc.DataField;
import io.github.designdoc.DataModel;
import io.github.designdoc.DocDate;
import io.github.designdoc.HttpHeader;
import io.github.designdoc.HttpResponse;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.Revision;
import io.github.designdoc.SectionKind;
import io.github.designdoc.SectionText;
import io.github.designdoc.TestingEntry;

/**
 * The codecs of the document's parts other than API contracts: each property named as the model's
 * accessor, in the model's order.
 */
public final class PartCodecs {
  private PartCodecs() {}

  /** {@code metadata}, {@code overview}, ... {@code revisionHistory}. */
  static final Scalars.EnumCodec<SectionKind> SECTION_KIND = new Scalars.EnumCodec<>(SectionKind.class, "section");

  /** {@code open}, {@code resolved} or {@code plain}. */
  static final Codec<OpenIssue.State> OPEN_ISSUE_STATE =
      new Scalars.EnumCodec<>(OpenIssue.State.class, "open issue state");

  /** {@code {"key", "value"}}. */
  public static final ObjectCodec<MetadataEntry> METADATA_ENTRY = new ObjectCodec<>("a metadata entry",
      f -> MetadataEntry.of(f.one("key"), f.one("value")),
      one("key", REQUIRED_LINE, MetadataEntry::key),
      one("value", LINE, MetadataEntry::value));

  /** {@code {"name", "owner", "summary", "details"}}. */
  public static final ObjectCodec<Component> COMPONENT = new ObjectCodec<>("a component",
      f -> Component.builder().name(f.<String>one("name")).owner(f.<String>optional("owner"))
          .summary(f.<String>optional("summary")).details(f.<String>list("details")).build(),
      one("name", REQUIRED_LINE, Component::name),
      optional("owner", LINE, Component::owner),
      optional("summary", LINE, Component::summary),
      list("details", TEXT, Component::details));

  /** {@code {"name", "intro", "steps", "notes"}}. */
  public static final ObjectCodec<RequestFlow> REQUEST_FLOW = new ObjectCodec<>("a request flow",
      f -> RequestFlow.builder().name(f.<String>one("name")).intro(f.<String>optional("intro"))
          .steps(f.<String>list("steps")).notes(f.<String>optional("notes")).build(),
      one("name", REQUIRED_LINE, RequestFlow::name),
      optional("intro", TEXT, RequestFlow::intro),
      list("steps", TEXT, RequestFlow::steps),
      optional("notes", TEXT, RequestFlow::notes));

  /** {@code {"name", "value"}}. */
  public static final ObjectCodec<HttpHeader> HTTP_HEADER = new ObjectCodec<>("an HTTP header",
      f -> HttpHeader.of(f.one("name"), f.one("value")),
      one("name", REQUIRED_LINE, HttpHeader::name),
      one("value", LINE, HttpHeader::value));

  /** {@code {"status", "description"}}. */
  public static final ObjectCodec<HttpResponse> HTTP_RESPONSE = new ObjectCodec<>("an HTTP response",
      f -> HttpResponse.of(f.one("status"), f.one("description")),
      one("status", REQUIRED_LINE, HttpResponse::status),
      one("description", LINE, HttpResponse::description));

  /** {@code {"language", "content"}}. */
  public static final ObjectCodec<CodeBlock> CODE_BLOCK = new ObjectCodec<>("a code block",
      f -> f.<String>optional("language").map(language -> CodeBlock.of(language, f.one("content")))
          .orElseGet(() -> CodeBlock.of(f.one("content"))),
      optional("language", LINE, CodeBlock::language),
      one("content", TEXT, CodeBlock::content));

  /** {@code {"name", "type", "description"}}. */
  public static final ObjectCodec<DataField> DATA_FIELD = new ObjectCodec<>("a data field",
      f -> DataField.of(f.one("name"), f.one("type"), f.one("description")),
      one("name", LINE, DataField::name),
      one("type", LINE, DataField::type),
      one("description", LINE, DataField::description));

  /** {@code {"name", "description", "fields", "schemas"}}. */
  public static final ObjectCodec<DataModel> DATA_MODEL = new ObjectCodec<>("a data model",
      f -> DataModel.builder().name(f.<String>optional("name")).description(f.<String>optional("description"))
          .fields(f.<DataField>list("fields")).schemas(f.<CodeBlock>list("schemas")).build(),
      optional("name", LINE, DataModel::name),
      optional("description", TEXT, DataModel::description),
      list("fields", DATA_FIELD, DataModel::fields),
      list("schemas", CODE_BLOCK, DataModel::schemas));

  /** {@code {"label", "description"}}. */
  public static final ObjectCodec<TestingEntry> TESTING_ENTRY = new ObjectCodec<>("a testing entry",
      f -> TestingEntry.of(f.one("label"), f.one("description")),
      one("label", REQUIRED_LINE, TestingEntry::label),
      one("description", TEXT, TestingEntry::description));

  /** {@code {"text", "state"}}. */
  public static final ObjectCodec<OpenIssue> OPEN_ISSUE = new ObjectCodec<>("an open issue",
      f -> OpenIssue.of(f.one("text"), f.one("state")),
      one("text", TEXT, OpenIssue::text),
      one("state", OPEN_ISSUE_STATE, OpenIssue::state));

  /** {@code {"date", "author", "changes"}}. */
  public static final ObjectCodec<Revision> REVISION = new ObjectCodec<>("a revision",
      f -> Revision.builder().date(f.<DocDate>optional("date")).author(f.<String>optional("author"))
          .changes(f.<String>one("changes")).build(),
      optional("date", Scalars.DATE, Revision::date),
      optional("author", LINE, Revision::author),
      one("changes", LINE, Revision::changes));

  /** {@code {"heading", "body", "after"}}. */
  public static final ObjectCodec<CustomSection> CUSTOM_SECTION = new ObjectCodec<>("a custom section",
      f -> CustomSection.builder().heading(f.<String>one("heading")).body(f.<String>one("body"))
          .after(f.<SectionKind>one("after")).build(),
      one("heading", REQUIRED_LINE, CustomSection::heading),
      one("body", TEXT, CustomSection::body),
      one("after", SECTION_KIND, CustomSection::after));

  /** {@code {"heading", "intro", "notes"}}. */
  public static final ObjectCodec<SectionText> SECTION_TEXT = new ObjectCodec<>("a section text",
      f -> SectionText.builder().heading(f.<String>optional("heading")).intro(f.<String>optional("intro"))
          .notes(f.<String>optional("notes")).build(),
      optional("heading", LINE, SectionText::heading),
      optional("intro", TEXT, SectionText::intro),
      optional("notes", TEXT, SectionText::notes));
}
