package io.github.cpvmodel.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles sources held in strings with the JDK's javac, into a directory that is deleted afterwards. */
final class InMemoryJavac {
  private InMemoryJavac() {}

  /** A source file named like its path without {@code .java}, e.g. {@code com/example/app/Main}. */
  static JavaFileObject source(String name, String text) {
    return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  /** Compiles the units with the options (and {@code -d} a fresh directory); returns what javac said. */
  static List<Diagnostic<? extends JavaFileObject>> compile(List<String> options, List<JavaFileObject> units)
      throws IOException {
    return compile(options, units, classes -> { });
  }

  /**
   * Compiles the units with the options and hands the directory of the class files to {@code use} before it is
   * deleted; returns what javac said.
   */
  static List<Diagnostic<? extends JavaFileObject>> compile(List<String> options, List<JavaFileObject> units,
      Consumer<Path> use) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createTempDirectory("compiled");
    List<String> all = new ArrayList<>(options);
    all.add("-d");
    all.add(out.toString());
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      if (javac.getTask(null, files, diagnostics, all, null, units).call()) {
        use.accept(out);
      }
    } finally {
      try (Stream<Path> written = Files.walk(out)) {
        written.sorted((a, b) -> b.compareTo(a)).forEach(f -> {
          try {
            Files.delete(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    return diagnostics.getDiagnostics();
  }
}
