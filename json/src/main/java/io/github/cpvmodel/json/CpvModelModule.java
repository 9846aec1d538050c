package io.github.cpvmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.cpvmodel.json.format.Formats;
import io.github.cpvmodel.json.format.Reading;
import io.github.cpvmodel.json.format.Shape;
import java.io.IOException;
import java.util.Map;

/**
 * The Jackson 2 module that reads and writes every cpv-model type with a wire format inside any
 * {@code ObjectMapper}, in the same format as {@link CpvJson}: member names and formats are this library's own,
 * whatever naming strategy, date settings or other modules the mapper has, and no global setting is changed.
 * Register it by hand or let {@code ObjectMapper.findAndRegisterModules()} find it.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CpvModelModule());
 * }</pre>
 *
 * <p>Errors are {@link io.github.cpvmodel.json.format.JsonDataException}s; where the mapper reads one of our values
 * inside a bean of its own, Jackson wraps it in its {@code JsonMappingException} with ours as the cause.
 */
public final class CpvModelModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A strict module: members the schema does not declare are rejected. */
  public CpvModelModule() {
    this(false);
  }

  /**
   * A module.
   *
   * @param lenient whether members the schema does not declare are skipped instead of rejected
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public CpvModelModule(boolean lenient) {
    super("cpv-model", Version.unknownVersion());
    for (Map.Entry<Class<?>, Shape<?>> e : Formats.all().entrySet()) {
      Class type = e.getKey();
      addSerializer(type, new ShapeSerializer(e.getValue()));
      addDeserializer(type, new ShapeDeserializer(e.getValue(), lenient));
    }
  }

  private static final class ShapeSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Shape<T> shape;

    ShapeSerializer(Shape<T> shape) {
      super(shape.type());
      this.shape = shape;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      shape.write(value, new Jackson2Writer(gen));
    }
  }

  private static final class ShapeDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Shape<T> shape;
    private final boolean lenient;

    ShapeDeserializer(Shape<T> shape, boolean lenient) {
      super(shape.type());
      this.shape = shape;
      this.lenient = lenient;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
      return shape.read(new Jackson2Reader(p), new Reading(lenient));
    }
  }
}
