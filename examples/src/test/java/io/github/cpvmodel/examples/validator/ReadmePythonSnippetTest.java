package io.github.cpvmodel.examples.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python snippet of the README, run as it stands against the validator on the test class path (the jar is built
 * after the tests), where Python 3 is installed.
 */
class ReadmePythonSnippetTest {
  private static final String JAR = "CPV_VALIDATE = [\"java\", \"-Xmx256m\", \"-jar\", "
      + "\"examples/target/cpv-validate.jar\"]";

  @TempDir
  Path dir;

  private static String snippet() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```python\n");
    assertThat(start).as("a Python snippet in the README").isNotNegative();
    start += "```python\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  private static String python(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static boolean hasPython() {
    try {
      return new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void theSnippetListsTheProblemsOfAFeedAndRaisesOnAUsageError() throws Exception {
    String snippet = snippet();
    assertThat(snippet).contains(JAR);
    assumeTrue(hasPython(), "python3 is not installed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String script = snippet.replace(JAR, "CPV_VALIDATE = [" + python(java) + ", '-Xmx256m', '-cp', "
        + python(System.getProperty("java.class.path")) + ", " + python(CpvValidate.class.getName()) + "]")
        + "\ntry:\n    problems('missing.json')\nexcept RuntimeError as e:\n    print(e)\n";
    Files.writeString(dir.resolve("check.py"), script, StandardCharsets.UTF_8);
    String good = CpvValidateTest.OBSERVATION;
    Files.writeString(dir.resolve("observations.ndjson"), good + "\n" + good.replace("final", "done") + "\n"
        + good.replace("98.5", "198.5") + "\n", StandardCharsets.UTF_8);

    Process process = new ProcessBuilder("python3", "check.py").directory(dir.toFile()).redirectErrorStream(true)
        .start();
    List<String> lines;
    try (var out = process.getInputStream()) {
      lines = new String(out.readAllBytes(), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    }
    assertThat(process.waitFor()).as("%s", lines).isZero();
    assertThat(lines).containsExactly(
        "observations.ndjson line 2: /status breaks observation-status.code",
        "observations.ndjson line 3: /value/percentage breaks percentage.range",
        "cpv-validate exited with 2: cpv-validate: no such file: missing.json",
        "Usage: cpv-validate [options] FILE...   (cpv-validate --help tells more)");
  }
}
