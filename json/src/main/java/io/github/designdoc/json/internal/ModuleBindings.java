package io.github.designdoc.json.internal;

import io.github.designdoc.ApiContract;
import io.github.designdoc.CodeBlock;
import io.github.designdoc.CodeContract;
import io.github.designdoc.Component;
import io.github.designdoc.CustomSection;
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
import io.github.designdoc.SectionKind;
import io.github.designdoc.SectionText;
import io.github.designdoc.Status;
import io.github.designdoc.TestingEntry;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/** Binds every model type to its codec in a Jackson module. */
public final class ModuleBindings {
  private ModuleBindings() {}

  /** Adds a serializer and a deserializer for each model type, and key (de)serializers for sections. */
  public static void addTo(SimpleModule module) {
    bind(module, DesignDoc.class, new DocumentValue());
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
    bind(module, CustomSection.class, PartCodecs.CUSTOM_SECTION);
    bind(module, SectionText.class, PartCodecs.SECTION_TEXT);
    bind(module, SectionKind.class, PartCodecs.SECTION_KIND);
    bind(module, DocDate.class, Scalars.DATE);
    bind(module, Status.class, Scalars.STATUS);
    module.addKeySerializer(SectionKind.class, new ValueSerializer<SectionKind>() {
      @Override
      public void serialize(SectionKind kind, JsonGenerator out, SerializationContext context) {
        out.writeName(Scalars.lowerCamel(kind));
      }
    });
    module.addKeyDeserializer(SectionKind.class, new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext context) {
        SectionKind kind = PartCodecs.SECTION_KIND.lookup(key);
        if (kind == null) {
          return context.handleWeirdKey(SectionKind.class, key, "expected one of %s",
              String.join(", ", PartCodecs.SECTION_KIND.names()));
        }
        return kind;
      }
    });
  }

  private static <T> void bind(SimpleModule module, Class<T> type, Codec<T> codec) {
    module.addSerializer(type, new CodecSerializer<>(codec));
    module.addDeserializer(type, new CodecDeserializer<>(codec));
  }

  /** The document without a check of what follows it: that is the caller's business in a user's mapper. */
  private static final class DocumentValue implements Codec<DesignDoc> {
    @Override
    public void write(JsonGenerator out, DesignDoc doc) {
      DocumentCodec.DOCUMENT.write(out, doc);
    }

    @Override
    public DesignDoc read(JsonInput in) {
      return DocumentCodec.DOCUMENT.read(in);
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

    CodecDeserializer(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      JsonInput in = new JsonInput(parser);
      T value;
      try {
        value = codec.read(in);
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
