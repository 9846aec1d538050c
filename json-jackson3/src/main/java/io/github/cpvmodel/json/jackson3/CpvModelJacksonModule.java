package io.github.cpvmodel.json.jackson3;

import io.github.cpvmodel.json.format.Formats;
import io.github.cpvmodel.json.format.JsonDataException;
import io.github.cpvmodel.json.format.Reading;
import io.github.cpvmodel.json.format.Shape;
import java.io.IOException;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module that reads and writes every cpv-model type with a wire format inside any {@code JsonMapper},
 * in the same format as {@link CpvJsonJackson3} and the Jackson 2 module: member names and formats are this
 * library's own, whatever naming strategy, date settings or other modules the mapper has. Register it with
 * {@code JsonMapper.builder().addModule(new CpvModelJacksonModule())}, or let
 * {@code JsonMapper.builder().findAndAddModules()} find it (it is a {@code tools.jackson.databind.JacksonModule}
 * service). Input that does not hold a valid value throws {@link CpvDatabindException}.
 *
 * <pre>{@code
 * tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
 *     .addModule(new CpvModelJacksonModule()).build();
 * String text = mapper.writeValueAsString(Ratio.of(63, 63)); // {"numerator":63,"denominator":63}
 * Ratio back = mapper.readValue(text, Ratio.class);
 * }</pre>
 */
public final class CpvModelJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A strict module: members the schema does not declare are rejected. */
  public CpvModelJacksonModule() {
    this(false);
  }

  /**
   * A module.
   *
   * @param lenient whether members the schema does not declare are skipped instead of rejected
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public CpvModelJacksonModule(boolean lenient) {
    super("cpv-model", Version.unknownVersion());
    for (Map.Entry<Class<?>, Shape<?>> e : Formats.all().entrySet()) {
      Class type = e.getKey();
      addSerializer(type, new ShapeSerializer(e.getValue()));
      addDeserializer(type, new ShapeDeserializer(e.getValue(), lenient));
    }
  }

  private static final class ShapeSerializer<T> extends StdSerializer<T> {
    private final Shape<T> shape;

    ShapeSerializer(Shape<T> shape) {
      super(shape.type());
      this.shape = shape;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext context) {
      try {
        shape.write(value, new Jackson3Writer(gen));
      } catch (IOException e) {
        throw JacksonIOException.construct(e, gen);
      }
    }
  }

  private static final class ShapeDeserializer<T> extends StdDeserializer<T> {
    private final Shape<T> shape;
    private final boolean lenient;

    ShapeDeserializer(Shape<T> shape, boolean lenient) {
      super(shape.type());
      this.shape = shape;
      this.lenient = lenient;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      try {
        return shape.read(new Jackson3Reader(p), new Reading(lenient));
      } catch (JsonDataException e) {
        throw new CpvDatabindException(p, e);
      } catch (IOException e) {
        throw JacksonIOException.construct(e, p);
      }
    }
  }
}
