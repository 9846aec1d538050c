package io.github.cpvmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * A user's own named module that requires core and testkit compiles on the module path, with every lint warning an
 * error, and calls the builders, the reference data and the property runner as the README shows.
 */
class ModulePathConsumerTest {
  /** What a consumer's module path holds: our two modules and what they require, nothing of this test's. */
  private static final List<String> MODULE_PATH = List.of("core/target/classes", "testkit/target/classes",
      "cpv-model-core", "cpv-model-testkit", "guava", "failureaccess", "jspecify", "value-annotations",
      "error_prone_annotations");

  private static final String MODULE_INFO = "module com.example.app {\n"
      + "  requires io.github.cpvmodel.core;\n"
      + "  requires io.github.cpvmodel.testkit;\n"
      + "}\n";

  private static final String MAIN = "package com.example.app;\n"
      + "import io.github.cpvmodel.Source;\n"
      + "import io.github.cpvmodel.Validity;\n"
      + "import io.github.cpvmodel.dataset.Dataset;\n"
      + "import io.github.cpvmodel.reference.Provinces;\n"
      + "import io.github.cpvmodel.testkit.VocabularyGenerators;\n"
      + "import io.github.cpvmodel.testkit.property.Property;\n"
      + "import java.time.LocalDate;\n"
      + "public class Main {\n"
      + "  public static void main(String[] args) {\n"
      + "    Source source = Source.builder().publication(\"Báo Đồng Nai\").published(LocalDate.of(2019, 9, 30))"
      + ".build();\n"
      + "    int provinces = Provinces.on(LocalDate.of(2019, 9, 30)).size();\n"
      + "    Dataset dataset = Dataset.builder().addReferenceData().build();\n"
      + "    Property.forAll(VocabularyGenerators.validities()).check(v -> Validity.parse(v.toString()).equals(v));\n"
      + "    System.out.println(source + \" \" + provinces + \" \" + dataset.bodies().size());\n"
      + "  }\n"
      + "}\n";

  @Test
  void aNamedModuleRequiringCoreAndTestkitCompilesWithoutWarnings() throws Exception {
    String modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> MODULE_PATH.stream().anyMatch(entry.replace(File.separatorChar, '/')::contains))
        .collect(Collectors.joining(File.pathSeparator));
    assertThat(modulePath).contains("core").contains("testkit").contains("guava");

    List<String> problems = InMemoryJavac.compile(
            List.of("-Xlint:all", "-Werror", "-proc:none", "--module-path", modulePath),
            List.of(InMemoryJavac.source("module-info", MODULE_INFO),
                InMemoryJavac.source("com/example/app/Main", MAIN)))
        .stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getKind() + " " + d.getSource().getName() + ":" + d.getLineNumber() + ": "
            + d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
    assertThat(problems).as("what javac says of the consumer").isEmpty();
  }
}
