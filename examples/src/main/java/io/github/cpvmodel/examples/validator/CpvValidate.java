package io.github.cpvmodel.examples.validator;

import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Violation;
import io.github.cpvmodel.examples.validator.Options.UsageException;
import io.github.cpvmodel.json.CpvJson;
import io.github.cpvmodel.json.format.JsonDataException;
import io.github.cpvmodel.json.format.Ndjson;
import io.github.cpvmodel.json.format.ObjectShape;
import io.github.cpvmodel.json.format.Problem;
import java.io.BufferedOutputStream;
import java.io.CharConversionException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code cpv-validate [options] FILE...}: checks files of the cpv-model JSON wire format — dataset documents, single
 * values and NDJSON feeds — and lists every problem with its file, line, column, JSON Pointer and rule, as lines of
 * text or as one JSON document ({@code --format json}). {@code --help} tells the options, the output formats and the
 * exit status: 0 when every file is valid, 1 when some file has problems, 2 for a usage error, 3 for an unexpected
 * failure, which is reported in one line, never with a stack trace.
 *
 * <p>NDJSON is read a line at a time and reports are written as problems are found, so a feed of any length is
 * checked in constant memory; a dataset document is held whole, as its values are checked against each other.
 *
 * <pre>{@code
 * java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
 * java.io.InputStream in = new java.io.ByteArrayInputStream(
 *     "{\"numerator\":64,\"denominator\":63}".getBytes(StandardCharsets.UTF_8));
 * int status = CpvValidate.run(new String[] {"--type", "ratio", "-"}, in,
 *     new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err);   // 1
 * out.toString(StandardCharsets.UTF_8); // "<stdin>:1:15: /numerator: [ratio.numerator] …"
 * }</pre>
 */
public final class CpvValidate {
  /** The exit status when every file is valid. */
  public static final int VALID = 0;

  /** The exit status when some file has problems. */
  public static final int INVALID = 1;

  /** The exit status of a command line that asks for nothing that can be done. */
  public static final int USAGE = 2;

  /** The exit status of an unexpected failure. */
  public static final int FAILURE = 3;

  /** The name the standard input has in reports. */
  static final String STANDARD_INPUT_NAME = "<stdin>";

  private CpvValidate() {}

  /**
   * Runs the command on the process's standard streams and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, System.in, out, err);
    System.exit(status);
  }

  /**
   * Runs the command.
   *
   * @param args the command line
   * @param in the standard input, read for {@code -}
   * @param out where problems, or the JSON report, and {@code --help} are written; UTF-8
   * @param err where usage errors, failures and the text summary are written
   * @return the exit status: {@link #VALID}, {@link #INVALID}, {@link #USAGE} or {@link #FAILURE}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    try {
      Options options;
      try {
        options = Options.parse(args);
        if (!options.help()) {
          requireReadable(options.files());
        }
      } catch (UsageException e) {
        err.println("cpv-validate: " + e.getMessage());
        err.println("Usage: cpv-validate [options] FILE...   (cpv-validate --help tells more)");
        return USAGE;
      }
      if (options.help()) {
        out.print(Options.helpText());
        return VALID;
      }
      Report report = options.json() ? new Report.Json(out) : new Report.Text(out, err);
      CpvJson json = CpvJson.standard().withLenient(options.lenient());
      for (String file : options.files()) {
        boolean ndjson = options.isNdjson(file);
        ObjectShape<?> type = options.typeOf(file);
        report.startFile(file.equals(Options.STANDARD_INPUT) ? STANDARD_INPUT_NAME : file, ndjson, type.id());
        report.endFile(ndjson ? checkLines(json.ndjson(), type.type(), file, in, report)
            : checkDocument(json, type.type(), file, in, report));
      }
      report.end();
      if (out.checkError()) {
        err.println("cpv-validate: unexpected failure: the output could not be written");
        return FAILURE;
      }
      return report.valid() ? VALID : INVALID;
    } catch (Throwable e) { // the promise is one line and a status for any failure, even running out of memory
      out.flush();
      err.println("cpv-validate: unexpected failure: " + describe(e));
      return FAILURE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Rejects, as a usage error, every named file that does not exist, is a directory or cannot be read. */
  private static void requireReadable(List<String> files) {
    List<String> wrong = new ArrayList<>();
    for (String file : files) {
      if (file.equals(Options.STANDARD_INPUT)) {
        continue;
      }
      try {
        Path path = Path.of(file);
        if (!Files.exists(path)) {
          wrong.add("no such file: " + file);
        } else if (Files.isDirectory(path)) {
          wrong.add("a directory, not a file: " + file);
        } else if (!Files.isReadable(path)) {
          wrong.add("cannot read " + file);
        }
      } catch (InvalidPathException e) {
        wrong.add("not a file name: " + file);
      }
    }
    if (!wrong.isEmpty()) {
      throw new UsageException(String.join("; ", wrong));
    }
  }

  /** Checks one JSON document; returns 1 if it holds a valid value, else reports its problems and returns 0. */
  private static long checkDocument(CpvJson json, Class<?> type, String file, InputStream in, Report report)
      throws IOException {
    // The reader reads a document twice to place the problems found across its values, so what cannot be read
    // twice (the standard input, a pipe) is copied to a temporary file first.
    Path copy = null;
    Path path;
    if (file.equals(Options.STANDARD_INPUT)) {
      path = copy = copy(in);
    } else {
      path = Path.of(file);
      if (!Files.isRegularFile(path)) {
        try (InputStream source = Files.newInputStream(path)) {
          path = copy = copy(source);
        }
      }
    }
    try {
      json.read(type, path);
      return 1;
    } catch (JsonDataException e) {
      e.problems().forEach(report::problem);
    } catch (ValidationException e) {
      for (Violation v : e.violations()) {
        report.problem(Problem.of(pointer(v.path()), 0, v));
      }
    } catch (UncheckedIOException e) {
      report.problem(notText(e, 0));
    } finally {
      if (copy != null) {
        Files.deleteIfExists(copy);
      }
    }
    return 0;
  }

  /** A temporary file holding what an input gives. */
  private static Path copy(InputStream in) throws IOException {
    Path copy = Files.createTempFile("cpv-validate", ".json");
    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    return copy;
  }

  /** Checks every line of an NDJSON input as it comes; returns how many lines held a valid value. */
  private static <T> long checkLines(Ndjson ndjson, Class<T> type, String file, InputStream in, Report report) {
    long values = 0;
    int lastLine = 0;
    try (Stream<Ndjson.Line<T>> lines = file.equals(Options.STANDARD_INPUT) ? ndjson.readLines(type, in)
        : ndjson.readLines(type, Path.of(file))) {
      for (Iterator<Ndjson.Line<T>> it = lines.iterator(); it.hasNext(); ) {
        Ndjson.Line<T> line = it.next();
        lastLine = line.number();
        if (line.error().isPresent()) {
          line.error().get().problems().forEach(report::problem);
        } else {
          values++;
        }
      }
    } catch (UncheckedIOException e) {
      report.problem(notText(e, lastLine + 1));
    }
    return values;
  }

  /**
   * The problem of an input the JSON parser could not decode as text (bytes that look like UTF-32 but are not), or
   * the failure rethrown when the input could not be read at all.
   */
  private static Problem notText(UncheckedIOException e, int line) {
    if (!(e.getCause() instanceof CharConversionException)) {
      throw e;
    }
    return Problem.of("", (long) line << 32, JsonDataException.SYNTAX, "the input is not UTF-8 text, and nothing "
        + "after this point is read (" + e.getCause().getMessage() + "): " + JsonDataException.SYNTAX.description());
  }

  /** The JSON Pointer of a path of core: {@code tenures[0].person} is {@code /tenures/0/person}. */
  private static String pointer(String path) {
    return path.isEmpty() ? "" : "/" + path.replace("[", "/").replace("]", "").replace('.', '/').replace("//", "/");
  }

  /** A failure in one line: what it is and its message, with the hint a lack of memory needs. */
  private static String describe(Throwable e) {
    Throwable shown = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String text = shown.getClass().getSimpleName() + (shown.getMessage() == null ? "" : ": " + shown.getMessage());
    if (e instanceof OutOfMemoryError) {
      text += " (a dataset document is held whole in memory: give the JVM more with -Xmx, or send the values as "
          + "NDJSON, which is read a line at a time)";
    }
    return Report.escape(text, true);
  }
}
