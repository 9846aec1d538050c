package io.github.cpvmodel.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cpvmodel.json.format.JsonDataException;
import io.github.cpvmodel.json.format.Limits;
import io.github.cpvmodel.progress.Ratio;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/** What the conformance fixtures do not reach: text, files, failing streams and a factory of one's own. */
class EntryPointTest {
  private static final CpvJsonJackson3 JSON = CpvJsonJackson3.standard();

  @Test
  void textAndFilesReadAndWriteAsBytesDo(@TempDir Path dir) {
    StringWriter text = new StringWriter();
    JSON.write(Ratio.of(63, 63), text);
    assertThat(text.toString()).isEqualTo("{\"numerator\":63,\"denominator\":63}");
    assertThat(JSON.read(Ratio.class, new StringReader(text.toString()))).isEqualTo(Ratio.of(63, 63));
    Path file = dir.resolve("ratio.json");
    JSON.write(Ratio.of(1, 2), file);
    assertThat(JSON.read(Ratio.class, file)).isEqualTo(Ratio.of(1, 2));

    Path lines = dir.resolve("ratios.ndjson");
    JSON.ndjson().write(Stream.of(Ratio.of(1, 2), Ratio.of(2, 2)), lines);
    try (Stream<Ratio> back = JSON.ndjson().read(Ratio.class, lines)) {
      assertThat(back.collect(Collectors.toList())).containsExactly(Ratio.of(1, 2), Ratio.of(2, 2));
    }
  }

  @Test
  void aFailingStreamIsAnUncheckedIoException() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> JSON.ndjson().read(Ratio.class, broken).count())
        .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk gone");
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> JSON.ndjson().write(Stream.of(Ratio.of(1, 2)), full))
        .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk full");
  }

  @Test
  void theStandardFactoryHasTheLimitsAndAnotherFactoryItsOwn() {
    JsonFactory standard = CpvJsonJackson3.standardFactory();
    assertThat(standard.streamReadConstraints().getMaxNestingDepth()).isEqualTo(Limits.MAX_DEPTH);
    assertThat(standard.streamReadConstraints().getMaxNumberLength()).isEqualTo(Limits.MAX_NUMBER_LENGTH);
    assertThat(standard.streamReadConstraints().getMaxStringLength()).isEqualTo(Limits.MAX_STRING_LENGTH);
    assertThat(standard.streamReadConstraints().getMaxDocumentLength()).isEqualTo(Limits.MAX_DOCUMENT_LENGTH);
    assertThat(standard.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isFalse();

    String deep = "{\"numerator\":1,\"x\":" + "[".repeat(100) + "]".repeat(100) + ",\"denominator\":2}";
    JsonDataException tooDeep = catchThrowableOfType(JsonDataException.class,
        () -> JSON.withLenient(true).read(Ratio.class, deep.getBytes(StandardCharsets.UTF_8)));
    assertThat(tooDeep.rule()).isEqualTo(JsonDataException.LIMIT);
    assertThat(tooDeep.getMessage()).contains("Document nesting depth exceeds the maximum allowed (64)");
    assertThat(JSON.withLenient(true).withFactory(new JsonFactory()).read(Ratio.class,
        deep.getBytes(StandardCharsets.UTF_8))).isEqualTo(Ratio.of(1, 2));

    // The reader itself finds a repeated member, at its name, whatever the factory.
    String twice = "{\"numerator\":1,\"denominator\":2,\"numerator\":1}";
    for (CpvJsonJackson3 json : List.of(JSON, JSON.withFactory(new JsonFactory()))) {
      JsonDataException own = catchThrowableOfType(JsonDataException.class,
          () -> json.read(Ratio.class, twice.getBytes(StandardCharsets.UTF_8)));
      assertThat(own.rule()).isEqualTo(JsonDataException.DUPLICATE_MEMBER);
      assertThat(own.column()).isEqualTo(twice.lastIndexOf("\"numerator") + 1);
    }
  }

  @Test
  void prettyPrintingIsReadBack() throws IOException {
    byte[] pretty = JSON.withPretty(true).write(Ratio.of(1, 2));
    assertThat(new String(pretty, StandardCharsets.UTF_8))
        .isEqualTo("{\n  \"numerator\" : 1,\n  \"denominator\" : 2\n}");
    assertThat(JSON.read(Ratio.class, pretty)).isEqualTo(Ratio.of(1, 2));
    Path none = Files.createTempFile("none", ".json");
    Files.delete(none);
    assertThatThrownBy(() -> JSON.read(Ratio.class, none)).isInstanceOf(UncheckedIOException.class);
  }
}
