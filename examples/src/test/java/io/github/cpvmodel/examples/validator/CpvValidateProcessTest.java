package io.github.cpvmodel.examples.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator run as a user runs it: in a JVM of its own, with a small heap, on bad and on long input. */
class CpvValidateProcessTest {
  @TempDir
  Path dir;

  /** What one process gave. */
  record Exit(int status, String out, String err) {}

  /** Runs the validator in a new JVM on the test class path, feeding it {@code lines} copies of a line on stdin. */
  private static Exit launch(String heap, String line, int lines, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        heap, "-cp", System.getProperty("java.class.path"), CpvValidate.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    try (OutputStream in = process.getOutputStream()) {
      for (int i = 0; i < lines; i++) {
        in.write(bytes);
      }
    }
    int status = process.waitFor();
    return new Exit(status, new String(out.join(), StandardCharsets.UTF_8), new String(err.join(),
        StandardCharsets.UTF_8));
  }

  private static byte[] readAll(java.io.InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aBadFileGivesStatusOneAndItsProblemsWithoutAStackTrace() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.write(bad, new byte[] {'{', '"', 's', 'c', 'h', 'e', 'm', 'a', (byte) 0xC3, 0x28, 0, 0x7F, '\n', '}'});
    Path feed = dir.resolve("feed.ndjson");
    Files.writeString(feed, "{\"count\":1}\n\"count\"\n", StandardCharsets.UTF_8);
    Exit exit = launch("-Xmx256m", "", 0, "--type", "count", bad.toString(), feed.toString());
    assertThat(exit.status()).isEqualTo(CpvValidate.INVALID);
    assertThat(exit.out().lines()).hasSize(2).allMatch(l -> CpvValidateTest.PROBLEM_LINE.matcher(l).matches());
    assertThat(exit.out()).startsWith(bad + ":1:").contains("[json.syntax]", feed + ":2:1: : [json.type] ");
    assertThat(exit.err()).isEqualTo("cpv-validate: 2 files checked, 2 invalid, 2 problems\n");
    assertThat(exit.out() + exit.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aUsageErrorGivesStatusTwoAndNoStackTrace() throws Exception {
    Exit exit = launch("-Xmx256m", "", 0, "--format", "yaml", "x.json");
    assertThat(exit.status()).isEqualTo(CpvValidate.USAGE);
    assertThat(exit.out()).isEmpty();
    assertThat(exit.err()).startsWith("cpv-validate: --format takes 'text' or 'json', not 'yaml'\n")
        .doesNotContain("Exception");
  }

  @Test
  void aFeedLargerThanTheHeapIsReadALineAtATime() throws Exception {
    // About 40 MB of observations through a 16 MB heap: held whole, they would not fit.
    int lines = 300_000;
    Exit exit = launch("-Xmx16m", CpvValidateTest.OBSERVATION, lines, "--ndjson", "--format", "json", "-");
    assertThat(exit.err()).isEmpty();
    assertThat(exit.status()).isEqualTo(CpvValidate.VALID);
    assertThat(exit.out()).contains("\"valueCount\":" + lines + ",\"valid\":true");
  }
}
