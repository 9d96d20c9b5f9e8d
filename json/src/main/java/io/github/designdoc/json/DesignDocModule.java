package io.github.designdoc.json;

import io.github.designdoc.json.internal.ModuleBindings;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that binds the DesignDoc model in the JSON format: {@link io.github.designdoc.DesignDoc}
 * and each of its parts, written and read by explicit serializers and deserializers (the model carries
 * no Jackson annotation and no type information is involved).
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new DesignDocModule()).build();
 * String json = mapper.writeValueAsString(doc);
 * DesignDoc back = mapper.readValue(json, DesignDoc.class);
 * }</pre>
 *
 * <p>It is also registered for {@link java.util.ServiceLoader}, so {@code JsonMapper.builder().findAndAddModules()}
 * finds it. It reads the format {@value JsonFormat#VERSION} and format 1.0. Through a mapper, a document that
 * breaks the format fails with a {@link tools.jackson.databind.DatabindException} whose cause is the
 * {@link io.github.designdoc.DesignDocFormatException} listing every error with its JSON pointer, line and
 * column; syntax errors and the mapper's own read limits give Jackson's usual exceptions.
 *
 * <p>The mapper's own settings apply: an unknown property goes to its
 * {@link tools.jackson.databind.deser.DeserializationProblemHandler}s and is skipped unless
 * {@link tools.jackson.databind.DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is enabled (Jackson 3
 * disables it by default), and a handler may give a value for a status, date, section kind or issue state
 * string the format rejects. {@link JsonReader} reads strictly whatever a mapper says, gives the
 * {@code DesignDocFormatException} itself for every kind of error, and sets read limits.
 */
public final class DesignDocModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, with a serializer and a deserializer for every model type. */
  public DesignDocModule() {
    super("DesignDocModule", Version.unknownVersion());
    ModuleBindings.addTo(this);
  }
}
