package io.github.cpvmodel.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cpvmodel.json.format.JsonDataException;
import io.github.cpvmodel.progress.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class ModuleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CpvModelJacksonModule()).build();

  /** A bean of the application's own that holds one of our values. */
  public static final class Report {
    public String title = "";
    public Ratio done = Ratio.of(0, 1);
  }

  @Test
  void theModuleIsFoundByTheServiceLoader() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.writeValueAsString(Ratio.of(1, 2))).isEqualTo("{\"numerator\":1,\"denominator\":2}");
    assertThat(found.registeredModules()).anyMatch(m -> m instanceof CpvModelJacksonModule);
  }

  @Test
  void aRejectionIsADatabindExceptionWithTheProblemsOfThePlainEntryPoint() {
    String text = "{\"numerator\":3,\n\"denominator\":2}";
    CpvDatabindException e = catchThrowableOfType(CpvDatabindException.class,
        () -> MAPPER.readValue(text, Ratio.class));
    JsonDataException plain = catchThrowableOfType(JsonDataException.class,
        () -> CpvJsonJackson3.standard().read(Ratio.class, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(e).isInstanceOf(DatabindException.class);
    assertThat(e.problems()).hasSize(1);
    assertThat(e.getCause().getMessage()).isEqualTo(plain.getMessage());
    assertThat(e.pointer()).isEqualTo("/numerator");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(14);
    assertThat(e.rule()).isEqualTo(Ratio.NUMERATOR);
    assertThat(e.getOriginalMessage()).isEqualTo(plain.getMessage());
    assertThat(e.getLocation().getLineNr()).isEqualTo(1);
    assertThat(e.getLocation().getColumnNr()).isEqualTo(14);
  }

  @Test
  void insideABeanTheExceptionKeepsItsProblemsAndGainsTheBeansPath() {
    String text = "{\"title\":\"Quý IV\",\"done\":{\"numerator\":3,\"denominator\":2}}";
    CpvDatabindException e = catchThrowableOfType(CpvDatabindException.class,
        () -> MAPPER.readValue(text, Report.class));
    assertThat(e.pointer()).as("from the root of the document").isEqualTo("/done/numerator");
    assertThat(e.rule()).isEqualTo(Ratio.NUMERATOR);
    assertThat(e.getPath()).extracting(r -> r.getPropertyName()).containsExactly("done");
    assertThat(e.getMessage()).contains("through reference chain");

    CpvDatabindException inList = catchThrowableOfType(CpvDatabindException.class,
        () -> MAPPER.readValue("[{\"numerator\":1,\"denominator\":2},{\"numerator\":1}]",
            new TypeReference<List<Ratio>>() { }));
    assertThat(inList.pointer()).isEqualTo("/1");
    assertThat(inList.rule()).isEqualTo(JsonDataException.REQUIRED);
  }

  @Test
  void aBeanWritesOurValuesInTheirFormat() {
    Report report = new Report();
    report.title = "Quý IV";
    report.done = Ratio.of(63, 63);
    String text = MAPPER.writeValueAsString(report);
    // Jackson 3 orders a bean's own properties alphabetically; ours keep the format's order inside.
    assertThat(text).isEqualTo("{\"done\":{\"numerator\":63,\"denominator\":63},\"title\":\"Quý IV\"}");
    assertThat(MAPPER.readValue(text, Report.class).done).isEqualTo(Ratio.of(63, 63));
  }

  @Test
  void aLenientModuleSkipsUnknownMembers() {
    JsonMapper lenient = JsonMapper.builder().addModule(new CpvModelJacksonModule(true)).build();
    String text = "{\"numerator\":1,\"x\":{\"y\":[1]},\"denominator\":2}";
    assertThat(lenient.readValue(text, Ratio.class)).isEqualTo(Ratio.of(1, 2));
    assertThat(catchThrowableOfType(CpvDatabindException.class, () -> MAPPER.readValue(text, Ratio.class)).rule())
        .isEqualTo(JsonDataException.UNKNOWN_MEMBER);
  }
}
