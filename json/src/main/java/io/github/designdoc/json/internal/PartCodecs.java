package io.github.designdoc.json.internal;

import static io.github.designdoc.json.internal.Property.list;
import static io.github.designdoc.json.internal.Property.one;
import static io.github.designdoc.json.internal.Property.optional;
import static io.github.designdoc.json.internal.Scalars.LINE;
import static io.github.designdoc.json.internal.Scalars.REQUIRED_LINE;
import static io.github.designdoc.json.internal.Scalars.TEXT;

import io.github.designdoc.CodeBlock;
import io.github.designdoc.Component;
import io.github.designdoc.DataField;
import io.github.designdoc.DataModel;
import io.github.designdoc.DocDate;
import io.github.designdoc.HttpHeader;
import io.github.designdoc.HttpResponse;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.Revision;
import io.github.designdoc.TestingEntry;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;

/**
 * The codecs of the document's parts other than sections and API contracts: each property named as the
 * model's accessor, in the model's order.
 */
final class PartCodecs {
  private PartCodecs() {}

  /** {@code open} or {@code resolved}; format 1's {@code plain} reads as open. */
  static final Codec<OpenIssue.State> OPEN_ISSUE_STATE = new Codec<>() {
    @Override
    public void write(JsonGenerator out, OpenIssue.State state) {
      out.writeString(state.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public OpenIssue.State read(JsonInput in) {
      String name = in.string();
      if (name == null) {
        return null;
      }
      switch (name) {
        case "open":
          return OpenIssue.State.OPEN;
        case "resolved":
          return OpenIssue.State.RESOLVED;
        case "plain":
          in.format1Only("the open issue state \"plain\" is format 1.0's; since format 2.0 a plain item is "
              + "\"open\"");
          return OpenIssue.State.OPEN;
        default:
          String message = "unknown open issue state " + JsonInput.quote(name) + "; expected one of open, resolved";
          OpenIssue.State handled = in.handledWeirdString(OpenIssue.State.class, name, message);
          if (handled == null) {
            in.error(ErrorCodes.INVALID_VALUE, message);
          }
          return handled;
      }
    }
  };

  /** {@code {"key", "value"}}. */
  static final ObjectCodec<MetadataEntry> METADATA_ENTRY = new ObjectCodec<>(MetadataEntry.class, "a metadata entry",
      f -> MetadataEntry.of(f.one("key"), f.one("value")),
      one("key", REQUIRED_LINE, MetadataEntry::key),
      one("value", LINE, MetadataEntry::value));

  /** {@code {"name", "owner", "summary", "details"}}. */
  static final ObjectCodec<Component> COMPONENT = new ObjectCodec<>(Component.class, "a component",
      f -> Component.builder().name(f.<String>one("name")).owner(f.<String>optional("owner"))
          .summary(f.<String>optional("summary")).details(f.<String>list("details")).build(),
      one("name", REQUIRED_LINE, Component::name),
      optional("owner", LINE, Component::owner),
      optional("summary", LINE, Component::summary),
      list("details", Scalars.DETAIL, Component::details));

  /** {@code {"name", "intro", "steps", "notes"}}. */
  static final ObjectCodec<RequestFlow> REQUEST_FLOW = new ObjectCodec<>(RequestFlow.class, "a request flow",
      f -> RequestFlow.builder().name(f.<String>one("name")).intro(f.<String>optional("intro"))
          .steps(f.<String>list("steps")).notes(f.<String>optional("notes")).build(),
      one("name", REQUIRED_LINE, RequestFlow::name),
      optional("intro", Scalars.FLOW_BLOCKS, RequestFlow::intro),
      list("steps", Scalars.STEP, RequestFlow::steps),
      optional("notes", Scalars.FLOW_BLOCKS, RequestFlow::notes));

  /** {@code {"name", "value"}}. */
  static final ObjectCodec<HttpHeader> HTTP_HEADER = new ObjectCodec<>(HttpHeader.class, "an HTTP header",
      f -> HttpHeader.of(f.one("name"), f.one("value")),
      one("name", REQUIRED_LINE, HttpHeader::name),
      one("value", LINE, HttpHeader::value));

  /** {@code {"status", "description"}}. */
  static final ObjectCodec<HttpResponse> HTTP_RESPONSE = new ObjectCodec<>(HttpResponse.class, "an HTTP response",
      f -> HttpResponse.of(f.one("status"), f.one("description")),
      one("status", REQUIRED_LINE, HttpResponse::status),
      one("description", LINE, HttpResponse::description));

  /** {@code {"language", "content"}}. */
  static final ObjectCodec<CodeBlock> CODE_BLOCK = new ObjectCodec<>(CodeBlock.class, "a code block",
      f -> f.<String>optional("language").map(language -> CodeBlock.of(language, f.one("content")))
          .orElseGet(() -> CodeBlock.of(f.one("content"))),
      optional("language", LINE, CodeBlock::language),
      one("content", Scalars.FENCED, CodeBlock::content));

  /** {@code {"name", "type", "description"}}. */
  static final ObjectCodec<DataField> DATA_FIELD = new ObjectCodec<>(DataField.class, "a data field",
      f -> DataField.of(f.one("name"), f.one("type"), f.one("description")),
      one("name", LINE, DataField::name),
      one("type", LINE, DataField::type),
      one("description", LINE, DataField::description));

  /** {@code {"name", "description", "fields", "schemas", "notes"}}. */
  static final ObjectCodec<DataModel> DATA_MODEL = new ObjectCodec<>(DataModel.class, "a data model",
      f -> DataModel.builder().name(f.<String>optional("name")).description(f.<String>optional("description"))
          .fields(f.<DataField>list("fields")).schemas(f.<CodeBlock>list("schemas"))
          .notes(f.<String>optional("notes")).build(),
      optional("name", LINE, DataModel::name),
      optional("description", Scalars.BLOCKS, DataModel::description),
      list("fields", DATA_FIELD, DataModel::fields),
      list("schemas", CODE_BLOCK, DataModel::schemas),
      optional("notes", Scalars.MARKDOWN, DataModel::notes));

  /** {@code {"label", "description"}}. */
  static final ObjectCodec<TestingEntry> TESTING_ENTRY = new ObjectCodec<>(TestingEntry.class, "a testing entry",
      f -> TestingEntry.of(f.one("label"), f.one("description")),
      one("label", REQUIRED_LINE, TestingEntry::label),
      one("description", Scalars.MARKDOWN, TestingEntry::description));

  /** {@code {"text", "state"}}. */
  static final ObjectCodec<OpenIssue> OPEN_ISSUE = new ObjectCodec<>(OpenIssue.class, "an open issue",
      f -> OpenIssue.of(f.one("text"), f.one("state")),
      one("text", Scalars.MARKDOWN, OpenIssue::text),
      one("state", OPEN_ISSUE_STATE, OpenIssue::state));

  /** {@code {"date", "author", "changes"}}. */
  static final ObjectCodec<Revision> REVISION = new ObjectCodec<>(Revision.class, "a revision",
      f -> Revision.builder().date(f.<DocDate>optional("date")).author(f.<String>optional("author"))
          .changes(f.<String>one("changes")).build(),
      optional("date", Scalars.DATE, Revision::date),
      optional("author", LINE, Revision::author),
      one("changes", LINE, Revision::changes));
}
