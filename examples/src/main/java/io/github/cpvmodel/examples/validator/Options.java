package io.github.cpvmodel.examples.validator;

import io.github.cpvmodel.json.format.Formats;
import io.github.cpvmodel.json.format.ObjectShape;
import io.github.cpvmodel.json.format.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The command line of {@code cpv-validate}, read: what to check and how to report it. */
final class Options {
  /** The name a standard input is given on the command line. */
  static final String STANDARD_INPUT = "-";

  /** The type of a JSON document unless {@code --type} says otherwise. */
  static final String DOCUMENT_TYPE = "dataset";

  /** The type of an NDJSON line unless {@code --type} says otherwise. */
  static final String LINE_TYPE = "observation";

  /** Every type a value may be said to be, by the id of its definition in the schema. */
  static final Map<String, ObjectShape<?>> TYPES = types();

  private final boolean help;
  private final boolean json;
  private final boolean ndjson;
  private final boolean lenient;
  private final Optional<ObjectShape<?>> type;
  private final List<String> files;

  private Options(boolean help, boolean json, boolean ndjson, boolean lenient, Optional<ObjectShape<?>> type,
      List<String> files) {
    this.help = help;
    this.json = json;
    this.ndjson = ndjson;
    this.lenient = lenient;
    this.type = type;
    this.files = List.copyOf(files);
  }

  private static Map<String, ObjectShape<?>> types() {
    Map<String, ObjectShape<?>> types = new TreeMap<>();
    for (Shape<?> shape : Formats.all().values()) {
      if (shape instanceof ObjectShape) {
        types.put(((ObjectShape<?>) shape).id(), (ObjectShape<?>) shape);
      }
    }
    return types;
  }

  /**
   * Reads a command line.
   *
   * @param args the arguments
   * @return the options
   * @throws UsageException if the command line asks for nothing that can be done, saying why
   */
  static Options parse(String[] args) {
    boolean help = false;
    boolean json = false;
    boolean ndjson = false;
    boolean lenient = false;
    Optional<ObjectShape<?>> type = Optional.empty();
    List<String> files = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (optionsEnded || arg.equals(STANDARD_INPUT) || !arg.startsWith("-")) {
        files.add(arg);
        continue;
      }
      String name = arg;
      Optional<String> inline = Optional.empty();
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        inline = Optional.of(arg.substring(equals + 1));
      }
      switch (name) {
        case "--":
          optionsEnded = true;
          break;
        case "-h":
        case "--help":
          help = true;
          break;
        case "--ndjson":
          ndjson = true;
          break;
        case "--lenient":
          lenient = true;
          break;
        case "--format": {
          String format = inline.isPresent() ? inline.get() : value(args, ++i, name);
          if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format takes 'text' or 'json', not '" + format + "'");
          }
          json = format.equals("json");
          break;
        }
        case "--type": {
          String id = inline.isPresent() ? inline.get() : value(args, ++i, name);
          ObjectShape<?> shape = TYPES.get(id.toLowerCase(Locale.ROOT));
          if (shape == null) {
            throw new UsageException("--type takes the schema id of a type, not '" + id + "'; the ids are "
                + String.join(", ", TYPES.keySet()));
          }
          type = Optional.of(shape);
          break;
        }
        default:
          throw new UsageException("unknown option '" + arg + "'");
      }
      if (inline.isPresent() && !name.equals("--format") && !name.equals("--type")) {
        throw new UsageException("option " + name + " takes no value");
      }
    }
    if (!help && files.isEmpty()) {
      throw new UsageException("no FILE given ('" + STANDARD_INPUT + "' reads standard input)");
    }
    if (files.stream().filter(STANDARD_INPUT::equals).count() > 1) {
      throw new UsageException("standard input ('" + STANDARD_INPUT + "') can be read only once");
    }
    return new Options(help, json, ndjson, lenient, type, files);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new UsageException("option " + option + " needs a value");
    }
    return args[i];
  }

  /** {@return whether help was asked for} */
  boolean help() {
    return help;
  }

  /** {@return whether the report is one JSON document rather than lines of text} */
  boolean json() {
    return json;
  }

  /** {@return whether members the format does not declare are skipped} */
  boolean lenient() {
    return lenient;
  }

  /** {@return the files to check, in order; {@link #STANDARD_INPUT} for the standard input} */
  List<String> files() {
    return files;
  }

  /**
   * Whether a file is read as NDJSON: when {@code --ndjson} says so, or its name ends with {@code .ndjson} or
   * {@code .jsonl}.
   *
   * @param file a file as named on the command line
   * @return whether it holds one value per line
   */
  boolean isNdjson(String file) {
    String name = file.toLowerCase(Locale.ROOT);
    return ndjson || name.endsWith(".ndjson") || name.endsWith(".jsonl");
  }

  /**
   * What each value of a file is: the type {@code --type} names, else a dataset for a JSON document and an
   * observation for each line of NDJSON.
   *
   * @param file a file as named on the command line
   * @return the declaration of its values
   */
  ObjectShape<?> typeOf(String file) {
    return type.orElseGet(() -> TYPES.get(isNdjson(file) ? LINE_TYPE : DOCUMENT_TYPE));
  }

  /** {@return the text {@code --help} prints} */
  static String helpText() {
    String ids = String.join(", ", TYPES.keySet());
    return String.join("\n",
        "Usage: cpv-validate [options] FILE...",
        "",
        "Checks files of the cpv-model JSON wire format: each value against the format and the model's rules, and",
        "the values of a dataset against each other. Reads each FILE in turn, or standard input for '-'.",
        "",
        "What a FILE holds:",
        "  *.ndjson, *.jsonl  NDJSON: one value per line, read a line at a time in constant memory; each line",
        "                     is an " + LINE_TYPE + " unless --type says otherwise; empty lines are skipped",
        "  any other FILE     one JSON document: a " + DOCUMENT_TYPE + " (with \"schemaVersion\":1) unless --type says",
        "  and '-'            otherwise",
        "",
        "Options:",
        "  --type ID          what each JSON document or NDJSON line is, by its schema id:",
        wrap(ids, "                     ", 110),
        "  --ndjson           read every FILE, and '-', as NDJSON whatever its name",
        "  --lenient          skip members the format does not declare (from a newer writer) instead of",
        "                     reporting them",
        "  --format text      (the default) one line per problem on standard output,",
        "                       FILE:LINE:COLUMN: POINTER: [RULE] MESSAGE",
        "                     and a summary line on standard error. LINE and COLUMN count from 1, 0 when",
        "                     unknown; COLUMN counts bytes. POINTER is the JSON Pointer of the offending value,",
        "                     relative to its line in NDJSON, empty for the whole value. RULE is the stable code",
        "                     of the rule broken. Control characters are written as \\uXXXX. Standard input is",
        "                     named <stdin>.",
        "  --format json      one JSON document on standard output, nothing on standard error:",
        "                       {\"schemaVersion\":1,\"files\":[{\"file\":NAME,\"format\":\"json\"|\"ndjson\",",
        "                        \"type\":ID,\"problems\":[{\"line\":N,\"column\":N,\"pointer\":TEXT,\"rule\":CODE,",
        "                        \"message\":TEXT},...],\"valueCount\":N,\"valid\":BOOLEAN},...],",
        "                        \"fileCount\":N,\"invalidFileCount\":N,\"problemCount\":N,\"valid\":BOOLEAN}",
        "                     valueCount counts the valid values read (NDJSON lines, or 1 for a valid document)",
        "  -h, --help         print this help and exit",
        "  --                 end of options: every later argument is a FILE",
        "",
        "Exit status:",
        "  0  every FILE is valid",
        "  1  some FILE has problems, each one reported",
        "  2  usage error: an unknown option, a bad --type or --format, no FILE, a FILE that does not exist",
        "     or is a directory (nothing is checked, nothing is written on standard output)",
        "  3  unexpected failure, such as an input that cannot be read to its end or too little memory for a",
        "     dataset, told in one line on standard error; the output before it is incomplete",
        "");
  }

  private static String wrap(String text, String indent, int width) {
    StringBuilder lines = new StringBuilder();
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.split(" ")) {
      if (line.length() > indent.length() && line.length() + word.length() + 1 > width) {
        lines.append(line.toString().stripTrailing()).append('\n');
        line = new StringBuilder(indent);
      }
      line.append(word).append(' ');
    }
    return lines.append(line.toString().stripTrailing()).toString();
  }

  /** A command line that asks for nothing that can be done; its message says why. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
