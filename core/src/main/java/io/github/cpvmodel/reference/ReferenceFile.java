package io.github.cpvmodel.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A reference file of this package read as a table: UTF-8 text in NFC, one record a line, the first record the
 * header that names the columns, cells separated by commas, a cell that holds a comma or a quote written between
 * double quotes with its quotes doubled ({@code "Vinh Quang, Chiêm Hóa"}). Blank lines and lines that begin with
 * {@code #} are comments. Cells are stripped of the white space around them; an empty cell is absent, and so is
 * every cell of a column the header does not name.
 *
 * <p>A file that breaks these rules, or a cell that does not read as its column says, is a defect of the library,
 * not of its user's input: it fails with an {@link IllegalStateException} that names the file, the line and the
 * column, e.g. {@code national-congresses.csv:21:3 (column 'first'): '1935-3-27' is not an ISO date}.
 */
final class ReferenceFile {
  private final String name;
  private final ImmutableList<Row> rows;

  private ReferenceFile(String name, ImmutableList<Row> rows) {
    this.name = name;
    this.rows = rows;
  }

  /** Reads a resource of this package, e.g. {@code provinces-2008.csv}. */
  static ReferenceFile load(String name) {
    try (InputStream in = ReferenceFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("reference file " + name + " is missing from the jar");
      }
      return read(name, new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(name + ": not UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference file " + name, e);
    }
  }

  /** Reads a table from text; {@code name} is the file named in errors. */
  static ReferenceFile read(String name, Reader text) throws IOException {
    BufferedReader reader = new BufferedReader(text);
    ImmutableMap<String, Integer> header = null;
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Where where = new Where(name, lineNumber);
      List<String> cells = split(line, where);
      if (header == null) {
        ImmutableMap.Builder<String, Integer> columns = ImmutableMap.builder();
        for (int i = 0; i < cells.size(); i++) {
          columns.put(cells.get(i), i);
        }
        header = columns.buildKeepingLast();
        if (header.size() != cells.size()) {
          throw where.broken(0, "the header names a column twice: " + cells);
        }
      } else if (cells.size() != header.size()) {
        throw where.broken(Math.min(cells.size(), header.size()) + 1, "the line has " + cells.size()
            + " cells, the header " + header.size());
      } else {
        rows.add(new Row(where, header, cells));
      }
    }
    if (header == null) {
      throw new IllegalStateException(name + ": no header");
    }
    return new ReferenceFile(name, rows.build());
  }

  /** The name of the file. */
  String name() {
    return name;
  }

  /** The records after the header, in the order of the file. */
  ImmutableList<Row> rows() {
    return rows;
  }

  /** Splits a line into stripped cells, reading quoted cells; checks each is NFC. */
  private static List<String> split(String line, Where where) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == ',') {
        cells.add(finish(cell, where, cells.size()));
        wasQuoted = false;
      } else if (c == '"') {
        if (wasQuoted || !cell.toString().isBlank()) {
          throw where.broken(cells.size() + 1, "a quote inside an unquoted cell or after a quoted one");
        }
        cell.setLength(0);
        quoted = true;
        wasQuoted = true;
      } else if (wasQuoted && !Character.isWhitespace(c)) {
        throw where.broken(cells.size() + 1, "text after the closing quote");
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw where.broken(cells.size() + 1, "a quoted cell is not closed on its line");
    }
    cells.add(finish(cell, where, cells.size()));
    return cells;
  }

  private static String finish(StringBuilder cell, Where where, int index) {
    String text = cell.toString().strip();
    cell.setLength(0);
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      throw where.broken(index + 1, "'" + text + "' is not in NFC");
    }
    return text;
  }

  /** A place in a file, to name in errors. */
  private static final class Where {
    final String file;
    final int line;

    Where(String file, int line) {
      this.file = file;
      this.line = line;
    }

    IllegalStateException broken(int column, String why) {
      return new IllegalStateException(file + ":" + line + ":" + column + ": " + why);
    }
  }

  /** One record, read by column name. */
  static final class Row {
    private final Where where;
    private final ImmutableMap<String, Integer> header;
    private final List<String> cells;

    private Row(Where where, ImmutableMap<String, Integer> header, List<String> cells) {
      this.where = where;
      this.header = header;
      this.cells = cells;
    }

    /** The cell of a column, or empty if it is empty or the file has no such column. */
    Optional<String> find(String column) {
      Integer index = header.get(column);
      if (index == null) {
        return Optional.empty();
      }
      String value = cells.get(index);
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The cell of a column, which must not be empty. */
    String get(String column) {
      return find(column).orElseThrow(() -> broken(column, "the cell is empty"));
    }

    /** The cell of a column read by {@code reader}, or empty; a failure of the reader names the cell. */
    <T> Optional<T> find(String column, Function<String, T> reader) {
      Optional<String> text = find(column);
      try {
        return text.map(reader);
      } catch (RuntimeException e) {
        throw broken(column, "'" + text.orElseThrow() + "' does not read: " + e.getMessage());
      }
    }

    /** The cell of a column read by {@code reader}; the cell must not be empty. */
    <T> T get(String column, Function<String, T> reader) {
      get(column);
      return find(column, reader).orElseThrow();
    }

    /** The ISO date of a column, or empty. */
    Optional<LocalDate> findDate(String column) {
      try {
        return find(column).map(LocalDate::parse);
      } catch (DateTimeParseException e) {
        throw broken(column, "'" + find(column).orElseThrow() + "' is not an ISO date");
      }
    }

    /** The ISO date of a column, which must not be empty. */
    LocalDate getDate(String column) {
      get(column);
      return findDate(column).orElseThrow();
    }

    /** An error that names this record's file, line and the column. */
    IllegalStateException broken(String column, String why) {
      Integer index = header.get(column);
      return new IllegalStateException(where.file + ":" + where.line + ":" + (index == null ? 0 : index + 1)
          + " (column '" + column + "'): " + why);
    }

    @Override
    public String toString() {
      return where.file + ":" + where.line + " " + cells;
    }
  }
}
