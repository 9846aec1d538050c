package io.github.cpvmodel.examples.validator;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cpvmodel.json.CpvJson;
import io.github.cpvmodel.json.format.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Where {@code cpv-validate} reports what it found, as it finds it: nothing is collected, so a feed with a problem on
 * every line is reported in constant memory. It counts files, invalid files and problems for the summary and the
 * exit status.
 */
abstract class Report {
  private long files;
  private long invalidFiles;
  private long problems;
  private long fileProblems;

  /**
   * Begins the report of a file.
   *
   * @param name the file's name for the report
   * @param ndjson whether it is read as NDJSON
   * @param type the schema id of its values
   */
  final void startFile(String name, boolean ndjson, String type) {
    files++;
    fileProblems = 0;
    onStartFile(name, ndjson, type);
  }

  /**
   * Reports a problem of the current file.
   *
   * @param problem the problem
   */
  final void problem(Problem problem) {
    problems++;
    fileProblems++;
    onProblem(problem);
  }

  /**
   * Ends the report of the current file.
   *
   * @param values how many valid values it held
   */
  final void endFile(long values) {
    if (fileProblems > 0) {
      invalidFiles++;
    }
    onEndFile(values, fileProblems == 0);
  }

  /** Ends the report. */
  final void end() {
    onEnd(files, invalidFiles, problems);
  }

  /** {@return whether no file had a problem} */
  final boolean valid() {
    return problems == 0;
  }

  abstract void onStartFile(String name, boolean ndjson, String type);

  abstract void onProblem(Problem problem);

  abstract void onEndFile(long values, boolean valid);

  abstract void onEnd(long files, long invalidFiles, long problems);

  /**
   * The text with every unpaired surrogate, and with {@code controls} every control character, written as
   * {@code \\uXXXX}: a message quotes the input, which may hold both, and neither may reach a terminal or the UTF-8
   * of a JSON report raw.
   *
   * @param text the text
   * @param controls whether control characters are escaped too
   * @return the text, escaped
   */
  static String escape(String text, boolean controls) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c)
          ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
          : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
      boolean escaped = !paired || controls && (Character.getType(c) == Character.CONTROL || c == '\u2028'
          || c == '\u2029');
      if (escaped && b == null) {
        b = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (b != null) {
        if (escaped) {
          b.append(String.format("\\u%04X", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? text : b.toString();
  }

  /** One line per problem on the output, a summary on the error stream. */
  static final class Text extends Report {
    private final PrintStream out;
    private final PrintStream err;
    private String file = "";

    Text(PrintStream out, PrintStream err) {
      this.out = out;
      this.err = err;
    }

    @Override
    void onStartFile(String name, boolean ndjson, String type) {
      file = escape(name, true);
    }

    @Override
    void onProblem(Problem p) {
      out.println(file + ":" + p.line() + ":" + p.column() + ": " + escape(p.pointer(), true) + ": ["
          + p.rule().code() + "] " + escape(p.message(), true));
    }

    @Override
    void onEndFile(long values, boolean valid) {}

    @Override
    void onEnd(long files, long invalidFiles, long problems) {
      out.flush();
      err.println("cpv-validate: " + files + (files == 1 ? " file" : " files") + " checked, "
          + (problems == 0 ? "all valid" : invalidFiles + " invalid, " + problems
              + (problems == 1 ? " problem" : " problems")));
    }
  }

  /** A step of writing JSON. */
  @FunctionalInterface
  private interface Writing {
    void write() throws IOException;
  }

  /** One JSON document on the output, written as the problems come. */
  static final class Json extends Report {
    private final PrintStream out;
    private final JsonGenerator g;

    Json(PrintStream out) {
      this.out = out;
      try {
        this.g = CpvJson.standardFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      emit(() -> {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", 1);
        g.writeArrayFieldStart("files");
      });
    }

    /** Writes to the generator; an output that fails is an unexpected failure. */
    private void emit(Writing writing) {
      try {
        writing.write();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    void onStartFile(String name, boolean ndjson, String type) {
      emit(() -> {
        g.writeStartObject();
        g.writeStringField("file", escape(name, false));
        g.writeStringField("format", ndjson ? "ndjson" : "json");
        g.writeStringField("type", type);
        g.writeArrayFieldStart("problems");
      });
    }

    @Override
    void onProblem(Problem p) {
      emit(() -> {
        g.writeStartObject();
        g.writeNumberField("line", p.line());
        g.writeNumberField("column", p.column());
        g.writeStringField("pointer", escape(p.pointer(), false));
        g.writeStringField("rule", p.rule().code());
        g.writeStringField("message", escape(p.message(), false));
        g.writeEndObject();
      });
    }

    @Override
    void onEndFile(long values, boolean valid) {
      emit(() -> {
        g.writeEndArray();
        g.writeNumberField("valueCount", values);
        g.writeBooleanField("valid", valid);
        g.writeEndObject();
      });
    }

    @Override
    void onEnd(long files, long invalidFiles, long problems) {
      emit(() -> {
        g.writeEndArray();
        g.writeNumberField("fileCount", files);
        g.writeNumberField("invalidFileCount", invalidFiles);
        g.writeNumberField("problemCount", problems);
        g.writeBooleanField("valid", problems == 0);
        g.writeEndObject();
        g.close();
      });
      out.println();
    }
  }
}
