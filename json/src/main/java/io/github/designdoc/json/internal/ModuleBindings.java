package io.github.designdoc.json.internal;

import io.github.designdoc.ApiContract;
import io.github.designdoc.CodeBlock;
import io.github.designdoc.CodeContract;
import io.github.designdoc.Component;
import io.github.designdoc.DataField;
import io.github.designdoc.DataModel;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.DocDate;
import io.github.designdoc.HttpContract;
import io.github.designdoc.HttpHeader;
import io.github.designdoc.HttpResponse;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.Revision;
import io.github.designdoc.Section;
import io.github.designdoc.SectionKind;
import io.github.designdoc.Status;
import io.github.designdoc.TestingEntry;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/** Binds every model type to its codec in a Jackson module. */
public final class ModuleBindings {
  private ModuleBindings() {}

  /** Adds a serializer and a deserializer for each model type. */
  public static void addTo(SimpleModule module) {
    bind(module, DesignDoc.class, DocumentCodec.ANY_VERSION);
    bind(module, Section.class, SectionCodec.INSTANCE);
    for (Map.Entry<SectionKind, Class<? extends Section>> type : SectionCodec.SECTION_TYPES.entrySet()) {
      bindSection(module, type.getValue());
    }
    bind(module, SectionKind.class, SectionCodec.KIND);
    bind(module, Component.class, PartCodecs.COMPONENT);
    bind(module, RequestFlow.class, PartCodecs.REQUEST_FLOW);
    bind(module, ApiContract.class, ApiContractCodec.INSTANCE);
    bind(module, HttpContract.class, ApiContractCodec.INSTANCE.of(HttpContract.class));
    bind(module, CodeContract.class, ApiContractCodec.INSTANCE.of(CodeContract.class));
    bind(module, HttpHeader.class, PartCodecs.HTTP_HEADER);
    bind(module, HttpResponse.class, PartCodecs.HTTP_RESPONSE);
    bind(module, CodeBlock.class, PartCodecs.CODE_BLOCK);
    bind(module, DataModel.class, PartCodecs.DATA_MODEL);
    bind(module, DataField.class, PartCodecs.DATA_FIELD);
    bind(module, MetadataEntry.class, PartCodecs.METADATA_ENTRY);
    bind(module, TestingEntry.class, PartCodecs.TESTING_ENTRY);
    bind(module, OpenIssue.class, PartCodecs.OPEN_ISSUE);
    bind(module, OpenIssue.State.class, PartCodecs.OPEN_ISSUE_STATE);
    bind(module, Revision.class, PartCodecs.REVISION);
    bind(module, DocDate.class, Scalars.DATE);
    bind(module, Status.class, Scalars.STATUS);
  }

  private static <T extends Section> void bindSection(SimpleModule module, Class<T> type) {
    bind(module, type, SectionCodec.INSTANCE.of(type));
  }

  private static <T> void bind(SimpleModule module, Class<T> type, Codec<T> codec) {
    module.addSerializer(type, new CodecSerializer<>(codec));
    module.addDeserializer(type, new CodecDeserializer<>(type, codec));
  }

  /**
   * Problems handled as the user's mapper is configured: through its problem handlers, and unknown
   * properties skipped when it does not fail on them (Jackson 3's default). With neither, the format's own
   * error, so that one exception lists every error.
   */
  private static final class ContextProblems implements JsonInput.Problems {
    private final JsonParser parser;
    private final DeserializationContext context;
    private final ValueDeserializer<?> deserializer;

    ContextProblems(JsonParser parser, DeserializationContext context, ValueDeserializer<?> deserializer) {
      this.parser = parser;
      this.context = context;
      this.deserializer = deserializer;
    }

    private boolean hasHandlers() {
      return context.getConfig().getProblemHandlers() != null;
    }

    @Override
    public boolean unknownProperty(Class<?> type, String name) {
      if (!hasHandlers() && context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
        return false;
      }
      return context.handleUnknownProperty(parser, deserializer, type, name);
    }

    @Override
    public <V> V weirdString(Class<V> type, String value, String message) {
      if (!hasHandlers()) {
        return null;
      }
      Object handled = context.handleWeirdStringValue(type, value, "%s", message);
      return type.isInstance(handled) ? type.cast(handled) : null;
    }
  }

  private static final class CodecSerializer<T> extends ValueSerializer<T> {
    private final Codec<T> codec;

    CodecSerializer(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext context) {
      codec.write(out, value);
    }
  }

  /**
   * Reads with the codec; errors in the format become a {@link DatabindException}, as Jackson users
   * expect, whose cause is the {@link DesignDocFormatException} with the diagnostics.
   */
  private static final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final Codec<T> codec;
    private final Class<T> type;

    CodecDeserializer(Class<T> type, Codec<T> codec) {
      this.type = type;
      this.codec = codec;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      JsonInput in = new JsonInput(parser, false);
      in.problems(new ContextProblems(parser, context, this));
      T value;
      try {
        value = codec.read(in);
        in.finish();
      } catch (DesignDocFormatException e) {
        throw DatabindException.from(parser, e.getMessage(), e);
      }
      if (in.hasErrors()) {
        DesignDocFormatException e = in.failure();
        throw DatabindException.from(parser, e.getMessage(), e);
      }
      return value;
    }
  }
}
