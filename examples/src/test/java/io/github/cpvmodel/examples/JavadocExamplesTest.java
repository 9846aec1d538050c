package io.github.cpvmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every example in the javadoc of core, testkit and the JSON modules ({@code <pre>{@code …}</pre>}) compiles against the library as
 * it is, as the statements of a method in a class that imports every package of the library, so that no example
 * calls a method that does not exist or uses a name it does not declare; and runs: an example that says it throws
 * ({@code // throws}) throws a rejection of the library, any other runs through.
 */
class JavadocExamplesTest {
  private static final List<Path> SOURCES = List.of(Path.of("../core/src/main/java"),
      Path.of("../testkit/src/main/java"), Path.of("../json-format/src/main/java"),
      Path.of("../json/src/main/java"), Path.of("../json-jackson3/src/main/java"));
  private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\R(.*?)}</pre>", Pattern.DOTALL);
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([a-z0-9.]+);");
  private static final String IMPORTS = "import java.time.*;\nimport java.util.*;\nimport java.text.ParsePosition;\n"
      + "import java.nio.charset.StandardCharsets;\nimport com.fasterxml.jackson.databind.ObjectMapper;\n"
      + "import com.google.common.collect.*;\n";

  /** One example: where it stands and its code. */
  private static final class Example {
    final Path file;
    final int line;
    final String code;

    Example(Path file, int line, String code) {
      this.file = file;
      this.line = line;
      this.code = code;
    }
  }

  @Test
  void everyExampleCompilesAndRuns() throws IOException {
    List<Example> examples = new ArrayList<>();
    List<String> packages = new ArrayList<>();
    for (Path root : SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          Matcher p = PACKAGE.matcher(text);
          if (p.find() && !packages.contains(p.group(1))) {
            packages.add(p.group(1));
          }
          Matcher m = EXAMPLE.matcher(text);
          while (m.find()) {
            int line = (int) text.substring(0, m.start(1)).lines().count() + 1;
            examples.add(new Example(file, line, code(m.group(1))));
          }
        }
      }
    }
    assertThat(examples).as("examples found").hasSizeGreaterThan(50);

    StringBuilder header = new StringBuilder("package examples.compiled;\n");
    packages.forEach(name -> header.append("import ").append(name).append(".*;\n"));
    header.append(IMPORTS).append("@SuppressWarnings(\"all\")\n");
    int headerLines = (int) header.toString().lines().count();
    // One class per example, so that an example that does not parse does not hide the others.
    List<JavaFileObject> units = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      units.add(InMemoryJavac.source("examples/compiled/Example" + i, header + "public class Example" + i
          + " implements java.util.concurrent.Callable<Object> {\n public Object call() throws Exception {\n"
          + examples.get(i).code + "\nreturn null; } }\n"));
    }
    List<String> outcomes = new ArrayList<>();
    List<String> errors = InMemoryJavac.compile(List.of("-proc:none", "-classpath",
            System.getProperty("java.class.path")), units, classes -> outcomes.addAll(run(examples, classes)))
        .stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> {
          Example example = examples.get(Integer.parseInt(d.getSource().getName()
              .replaceAll(".*Example(\\d+)\\.java$", "$1")));
          long line = example.line + d.getLineNumber() - headerLines - 2;
          return example.file.normalize() + ":" + line + ": " + d.getMessage(Locale.ROOT);
        })
        .distinct()
        .collect(Collectors.toList());
    assertThat(errors).as("javadoc examples that do not compile").isEmpty();
    assertThat(outcomes).as("javadoc examples that do not do what they say").isEmpty();
  }

  /**
   * Runs every compiled example: one that says it throws ({@code // throws}) must throw a rejection of the library,
   * any other must run through.
   */
  private static List<String> run(List<Example> examples, Path classes) {
    List<String> wrong = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        JavadocExamplesTest.class.getClassLoader())) {
      for (int i = 0; i < examples.size(); i++) {
        Example example = examples.get(i);
        boolean throwing = example.code.contains("// throws");
        try {
          ((Callable<?>) loader.loadClass("examples.compiled.Example" + i).getConstructor().newInstance()).call();
          if (throwing) {
            wrong.add(example.file.normalize() + ":" + example.line + ": says it throws, but ran through");
          }
        } catch (ValidationException e) {
          if (!throwing) {
            wrong.add(example.file.normalize() + ":" + example.line + ": threw " + e);
          }
        } catch (Exception e) {
          wrong.add(example.file.normalize() + ":" + example.line + ": threw " + e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return wrong;
  }

  /** The code of an example: the javadoc's leading stars gone and its HTML escapes read. */
  private static String code(String block) {
    return block.lines()
        .map(line -> line.replaceFirst("^\\s*\\*( |$)", ""))
        .map(line -> line.replace("&lt;", "<").replace("&gt;", ">").replace("&#64;", "@").replace("&amp;", "&"))
        .collect(Collectors.joining("\n"));
  }
}
