package io.github.cpvmodel.json.conformance;

import io.github.cpvmodel.json.format.Codec;
import io.github.cpvmodel.json.format.Formats;
import io.github.cpvmodel.json.format.JsonDataException;
import io.github.cpvmodel.json.format.Ndjson;
import io.github.cpvmodel.json.format.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fixture files every JSON module must read and write alike, and the checks that run them through a module.
 * Each check returns what went otherwise than the fixtures say, one line per fixture, empty when all went as said.
 *
 * <p>The directory holds:
 *
 * <ul>
 *   <li>{@code valid/<type>/<name>.json}: a canonical document of the type, which must read into a value that the
 *       entry point and the mapper both write back to the same bytes, and that the mapper reads back equal;
 *   <li>{@code pretty/<type>/<name>.json}: the same value pretty printed, which must read and be written the same;
 *   <li>{@code invalid/<name>.json} with {@code <name>.expected}: a document that must be rejected with exactly the
 *       problems listed;
 *   <li>{@code ndjson/<name>.ndjson} with {@code <name>.expected}: a feed whose good lines must read (and, if said,
 *       be written back to the same bytes) and whose bad lines must give exactly the problems listed.
 * </ul>
 *
 * <p>A type is named by its class name after {@code io.github.cpvmodel.}, with nested classes after a dot:
 * {@code progress.Ratio}, {@code body.BodyChange.Kind}. An {@code .expected} file has one entry per line:
 * {@code type <type>}; {@code problem} then, separated by tabs, the pointer, line, column, rule code and message of
 * each problem in order; {@code values <n>} (NDJSON: how many lines hold a value); {@code canonical} (NDJSON: writing
 * the values gives the file); {@code only plain} (the mapper is not asked: the problem depends on the entry point's
 * factory, its second reading or Jackson's own first token).
 */
public final class Fixtures {
  private static final String PREFIX = "io.github.cpvmodel.";

  private final Path dir;

  private Fixtures(Path dir) {
    this.dir = dir;
  }

  /**
   * The fixtures of a directory.
   *
   * @param dir the directory
   * @return the fixtures
   */
  public static Fixtures in(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no fixture directory at " + dir.toAbsolutePath());
    }
    return new Fixtures(dir);
  }

  /**
   * The name of a type in fixtures.
   *
   * @param type the type
   * @return its name, e.g. {@code progress.Ratio}
   */
  public static String nameOf(Class<?> type) {
    return type.getName().substring(PREFIX.length()).replace('$', '.');
  }

  /**
   * The type of a name.
   *
   * @param name the name in fixtures
   * @return the type with a wire format so named
   * @throws IllegalArgumentException if no type with a wire format has that name
   */
  public static Class<?> typeNamed(String name) {
    return Formats.all().keySet().stream().filter(t -> nameOf(t).equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no type with a wire format is named '" + name + "'"));
  }

  /** {@return the types with a wire format that have no valid fixture} */
  public List<String> typesWithoutValidFixture() {
    return Formats.all().keySet().stream().map(Fixtures::nameOf)
        .filter(name -> !Files.isDirectory(dir.resolve("valid").resolve(name)))
        .sorted().collect(Collectors.toList());
  }

  /** {@return how many fixtures of each kind there are: valid, pretty, invalid, NDJSON} */
  public List<Integer> counts() {
    return List.of(files("valid", ".json").size(), files("pretty", ".json").size(),
        files("invalid", ".json").size(), files("ndjson", ".ndjson").size());
  }

  /**
   * Reads every valid fixture and writes it back, through the entry point and through the mapper.
   *
   * @param binding the module
   * @return what went otherwise
   */
  public List<String> checkValid(Binding binding) {
    List<String> wrong = new ArrayList<>();
    for (Path file : files("valid", ".json")) {
      byte[] bytes = bytes(file);
      Class<?> type = typeNamed(file.getParent().getFileName().toString());
      try {
        Object value = binding.plain().read(type, bytes);
        same(wrong, file, "written by the entry point", binding.plain().write(value), bytes);
        same(wrong, file, "written by the mapper", binding.writeWithMapper(value), bytes);
        if (!value.equals(binding.readWithMapper(type, bytes))) {
          wrong.add(file + ": the mapper read another value");
        }
      } catch (RuntimeException e) {
        wrong.add(file + ": " + e);
      }
    }
    return wrong;
  }

  /**
   * Reads every pretty fixture and writes it back pretty printed.
   *
   * @param binding the module
   * @return what went otherwise
   */
  public List<String> checkPretty(Binding binding) {
    List<String> wrong = new ArrayList<>();
    Codec<?> pretty = binding.plain().withPretty(true);
    for (Path file : files("pretty", ".json")) {
      byte[] bytes = bytes(file);
      try {
        Object value = pretty.read(typeNamed(file.getParent().getFileName().toString()), bytes);
        same(wrong, file, "pretty printed", pretty.write(value), bytes);
      } catch (RuntimeException e) {
        wrong.add(file + ": " + e);
      }
    }
    return wrong;
  }

  /**
   * Reads every invalid fixture, through the entry point and (unless the fixture says otherwise) the mapper.
   *
   * @param binding the module
   * @return what went otherwise
   */
  public List<String> checkInvalid(Binding binding) {
    List<String> wrong = new ArrayList<>();
    for (Path file : files("invalid", ".json")) {
      Expected expected = Expected.of(sidecar(file));
      byte[] bytes = bytes(file);
      Class<?> type = typeNamed(expected.type);
      sameProblems(wrong, file, "the entry point", expected.problems, () -> binding.plain().read(type, bytes));
      if (!expected.onlyPlain) {
        sameProblems(wrong, file, "the mapper", expected.problems, () -> binding.readWithMapper(type, bytes));
      }
    }
    return wrong;
  }

  /**
   * Reads every NDJSON fixture line by line, and writes back the canonical ones.
   *
   * @param binding the module
   * @return what went otherwise
   */
  public List<String> checkNdjson(Binding binding) {
    List<String> wrong = new ArrayList<>();
    Ndjson ndjson = binding.plain().ndjson();
    for (Path file : files("ndjson", ".ndjson")) {
      Expected expected = Expected.of(sidecar(file));
      byte[] bytes = bytes(file);
      List<Object> values = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      try (Stream<? extends Ndjson.Line<?>> lines = ndjson.readLines(typeNamed(expected.type),
          new ByteArrayInputStream(bytes))) {
        lines.forEach(line -> {
          line.value().ifPresent(values::add);
          line.error().ifPresent(e -> e.problems().forEach(p -> problems.add(Expected.line(p))));
        });
      }
      if (values.size() != expected.values) {
        wrong.add(file + ": " + values.size() + " values, not " + expected.values);
      }
      if (!problems.equals(expected.problems)) {
        wrong.add(file + ": problems " + problems + ", not " + expected.problems);
      }
      if (expected.canonical) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ndjson.write(values.stream(), out);
        same(wrong, file, "written as NDJSON", out.toByteArray(), bytes);
      }
    }
    return wrong;
  }

  private static void sameProblems(List<String> wrong, Path file, String through, List<String> expected,
      Runnable read) {
    try {
      read.run();
      wrong.add(file + ": " + through + " read it");
    } catch (JsonDataException e) {
      List<String> found = e.problems().stream().map(Expected::line).collect(Collectors.toList());
      if (!found.equals(expected)) {
        wrong.add(file + ": " + through + " found\n    " + String.join("\n    ", found) + "\n  not\n    "
            + String.join("\n    ", expected));
      }
    } catch (RuntimeException e) {
      wrong.add(file + ": " + through + " threw " + e);
    }
  }

  private static void same(List<String> wrong, Path file, String what, byte[] found, byte[] expected) {
    if (!Arrays.equals(found, expected)) {
      wrong.add(file + ": " + what + " as\n    " + new String(found, StandardCharsets.UTF_8) + "\n  not\n    "
          + new String(expected, StandardCharsets.UTF_8));
    }
  }

  private List<Path> files(String kind, String suffix) {
    Path root = dir.resolve(kind);
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path sidecar(Path file) {
    String name = file.getFileName().toString();
    return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What an {@code .expected} file says. */
  private static final class Expected {
    private String type = "";
    private final List<String> problems = new ArrayList<>();
    private int values;
    private boolean canonical;
    private boolean onlyPlain;

    static Expected of(Path file) {
      Expected e = new Expected();
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.startsWith("type ")) {
            e.type = line.substring("type ".length());
          } else if (line.startsWith("problem\t")) {
            e.problems.add(line.substring("problem\t".length()));
          } else if (line.startsWith("values ")) {
            e.values = Integer.parseInt(line.substring("values ".length()));
          } else if (line.equals("canonical")) {
            e.canonical = true;
          } else if (line.equals("only plain")) {
            e.onlyPlain = true;
          } else if (!line.isBlank()) {
            throw new IllegalArgumentException(file + ": '" + line + "' is no entry of an expected file");
          }
        }
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      if (e.type.isEmpty()) {
        throw new IllegalArgumentException(file + " names no type");
      }
      return e;
    }

    /** A problem as an expected file lists it. */
    static String line(Problem p) {
      return String.join("\t", p.pointer(), String.valueOf(p.line()), String.valueOf(p.column()), p.rule().code(),
          p.message());
    }
  }
}
