package io.github.cpvmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cpvmodel.progress.Ratio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's Spring Boot snippets, taken from README.md as they stand, compile with every lint warning an error
 * against stand-ins for the few Spring types they name (same packages, names and signatures, bodies of our own), so
 * that the build needs no Spring; and the bean each declares, applied as Spring Boot applies such a bean, gives a
 * mapper that writes our values in their format.
 */
class ReadmeSpringSnippetsTest {
  private static final Pattern SNIPPET = Pattern.compile("```java\\R(// Spring Boot [34] [^\\n]*\\R.*?)```",
      Pattern.DOTALL);

  /** Stand-ins for Spring's types, with the signatures of Spring Framework 6/7 and Spring Boot 3/4. */
  private static final List<JavaFileObject> SPRING = List.of(
      InMemoryJavac.source("org/springframework/context/annotation/Configuration",
          "package org.springframework.context.annotation;\n"
              + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)\n"
              + "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)\n"
              + "public @interface Configuration {}\n"),
      InMemoryJavac.source("org/springframework/context/annotation/Bean",
          "package org.springframework.context.annotation;\n"
              + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)\n"
              + "@java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)\n"
              + "public @interface Bean {}\n"),
      InMemoryJavac.source("org/springframework/http/converter/json/Jackson2ObjectMapperBuilder",
          "package org.springframework.http.converter.json;\n"
              + "import com.fasterxml.jackson.databind.Module;\n"
              + "import com.fasterxml.jackson.databind.ObjectMapper;\n"
              + "public class Jackson2ObjectMapperBuilder {\n"
              + "  private final java.util.List<Module> modules = new java.util.ArrayList<>();\n"
              + "  public Jackson2ObjectMapperBuilder modulesToInstall(Module... modules) {\n"
              + "    this.modules.addAll(java.util.Arrays.asList(modules));\n"
              + "    return this;\n"
              + "  }\n"
              + "  public ObjectMapper build() {\n"
              + "    ObjectMapper mapper = new ObjectMapper();\n"
              + "    modules.forEach(mapper::registerModule);\n"
              + "    return mapper;\n"
              + "  }\n"
              + "}\n"),
      InMemoryJavac.source("org/springframework/boot/autoconfigure/jackson/Jackson2ObjectMapperBuilderCustomizer",
          "package org.springframework.boot.autoconfigure.jackson;\n"
              + "@FunctionalInterface\n"
              + "public interface Jackson2ObjectMapperBuilderCustomizer {\n"
              + "  void customize(org.springframework.http.converter.json.Jackson2ObjectMapperBuilder builder);\n"
              + "}\n"),
      InMemoryJavac.source("org/springframework/boot/jackson/autoconfigure/JsonMapperBuilderCustomizer",
          "package org.springframework.boot.jackson.autoconfigure;\n"
              + "@FunctionalInterface\n"
              + "public interface JsonMapperBuilderCustomizer {\n"
              + "  void customize(tools.jackson.databind.json.JsonMapper.Builder jsonMapperBuilder);\n"
              + "}\n"));

  private static final String RATIO = "{\"numerator\":63,\"denominator\":63}";

  @Test
  void everySpringSnippetCompilesAndItsBeanPutsTheModuleInTheMapper() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Matcher m = SNIPPET.matcher(readme);
    List<String> snippets = new ArrayList<>();
    while (m.find()) {
      snippets.add(m.group(1));
    }
    assertThat(snippets).as("Spring Boot snippets in the README").hasSize(4);
    for (String snippet : snippets) {
      List<String> written = new ArrayList<>();
      List<JavaFileObject> units = new ArrayList<>(SPRING);
      units.add(InMemoryJavac.source("CpvModelJson", snippet));
      List<String> problems = InMemoryJavac.compile(List.of("-Xlint:all", "-Werror", "-proc:none", "-classpath",
              System.getProperty("java.class.path")), units, classes -> written.add(writeThroughTheBean(classes)))
          .stream()
          .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
          .map(d -> d.getKind() + " " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.toList());
      assertThat(problems).as(snippet).isEmpty();
      assertThat(written).as(snippet).containsExactly(RATIO);
    }
  }

  /** Makes the configuration's one bean and writes a ratio with the mapper Spring Boot would make with it. */
  private static String writeThroughTheBean(Path classes) {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeSpringSnippetsTest.class.getClassLoader())) {
      Class<?> configuration = loader.loadClass("CpvModelJson");
      assertThat(Arrays.stream(configuration.getAnnotations()).map(a -> a.annotationType().getSimpleName()))
          .containsExactly("Configuration");
      Method factory = Arrays.stream(configuration.getDeclaredMethods())
          .filter(method -> Arrays.stream(method.getAnnotations())
              .anyMatch(a -> a.annotationType().getSimpleName().equals("Bean")))
          .findFirst().orElseThrow();
      var constructor = configuration.getDeclaredConstructor();
      constructor.setAccessible(true);
      factory.setAccessible(true);
      Object bean = factory.invoke(constructor.newInstance());
      Ratio ratio = Ratio.of(63, 63);
      if (bean instanceof com.fasterxml.jackson.databind.Module) {
        return new ObjectMapper().registerModule((com.fasterxml.jackson.databind.Module) bean)
            .writeValueAsString(ratio);
      }
      if (bean instanceof JacksonModule) {
        return JsonMapper.builder().addModule((JacksonModule) bean).build().writeValueAsString(ratio);
      }
      Method customize = Arrays.stream(bean.getClass().getInterfaces()[0].getMethods())
          .filter(method -> method.getName().equals("customize")).findFirst().orElseThrow();
      Class<?> builderType = customize.getParameterTypes()[0];
      customize.setAccessible(true);
      if (builderType == JsonMapper.Builder.class) {
        JsonMapper.Builder builder = JsonMapper.builder();
        customize.invoke(bean, builder);
        return builder.build().writeValueAsString(ratio);
      }
      Object builder = builderType.getConstructor().newInstance();
      customize.invoke(bean, builder);
      return ((ObjectMapper) builderType.getMethod("build").invoke(builder)).writeValueAsString(ratio);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
