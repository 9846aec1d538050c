package io.github.cpvmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.dataset.Dataset;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of core, read from the compiled classes, form a graph without cycles: the vocabulary at the bottom,
 * the domain packages above it, the dataset above them, and on top the finder of mentions, which may use the dataset
 * and everything below.
 */
class PackageGraphTest {
  private static final String ROOT = "io.github.cpvmodel";
  private static final Pattern CLASS_NAME = Pattern.compile("io/github/cpvmodel((?:/[a-z][a-z0-9]*)*)/[A-Z]");

  /** Package -> the other packages of core its classes refer to. */
  private static Map<String, Set<String>> graph;

  @BeforeAll
  static void readClasses() throws IOException, URISyntaxException {
    Path classes = Path.of(Dataset.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String relative = classes.relativize(file.getParent()).toString().replace(file.getFileSystem()
            .getSeparator(), ".");
        if (!relative.startsWith(ROOT)) {
          continue; // module-info
        }
        Set<String> uses = graph.computeIfAbsent(relative, p -> new TreeSet<>());
        try (InputStream in = Files.newInputStream(file)) {
          for (String name : referencedPackages(in)) {
            if (!name.equals(relative)) {
              uses.add(name);
            }
          }
        }
      }
    }
  }

  @Test
  void readsEveryPackage() {
    assertThat(graph.keySet()).contains(ROOT, ROOT + ".text", ROOT + ".body", ROOT + ".document",
        ROOT + ".meeting", ROOT + ".person", ROOT + ".progress", ROOT + ".reference", ROOT + ".dataset",
        ROOT + ".mention");
    assertThat(graph.get(ROOT + ".dataset")).contains(ROOT, ROOT + ".meeting", ROOT + ".reference");
    assertThat(graph.get(ROOT + ".mention")).contains(ROOT + ".dataset", ROOT + ".document", ROOT + ".progress",
        ROOT + ".reference");
  }

  @Test
  void hasNoCycle() {
    assertThat(cycles()).as("cycles between the packages of core").isEmpty();
  }

  @Test
  void keepsTheVocabularyAtTheBottomAndTheDatasetAndMentionsOnTop() {
    assertThat(graph.get(ROOT + ".text")).as("text depends on").isEmpty();
    assertThat(graph.get(ROOT)).as("the root package depends on").containsOnly(ROOT + ".text");
    graph.forEach((name, uses) -> assertThat(uses).as("%s depends on", name).doesNotContain(ROOT + ".mention"));
    graph.forEach((name, uses) -> {
      if (!name.equals(ROOT + ".mention")) {
        assertThat(uses).as("%s depends on", name).doesNotContain(ROOT + ".dataset");
      }
    });
  }

  /** Every package that lies on a cycle, with the cycle it closes, found by depth-first search. */
  private static List<String> cycles() {
    List<String> found = new ArrayList<>();
    Set<String> done = new TreeSet<>();
    for (String start : graph.keySet()) {
      Deque<String> path = new ArrayDeque<>();
      visit(start, path, done, found);
    }
    return found;
  }

  private static void visit(String node, Deque<String> path, Set<String> done, List<String> found) {
    if (path.contains(node)) {
      List<String> cycle = new ArrayList<>(path);
      Collections.reverse(cycle);
      found.add(String.join(" -> ", cycle.subList(cycle.indexOf(node), cycle.size())) + " -> " + node);
      return;
    }
    if (!done.add(node)) {
      return;
    }
    path.push(node);
    for (String next : graph.getOrDefault(node, Set.of())) {
      visit(next, path, done, found);
    }
    path.pop();
  }

  /**
   * The packages of cpv-model that a class file names anywhere in its constant pool: classes it refers to and the
   * descriptors and signatures of what it declares and calls.
   */
  private static Set<String> referencedPackages(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    in.readInt(); // magic
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    int count = in.readUnsignedShort();
    Set<String> packages = new TreeSet<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1:
          Matcher m = CLASS_NAME.matcher(in.readUTF());
          while (m.find()) {
            packages.add((ROOT + m.group(1).replace('/', '.')));
          }
          break;
        case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18:
          in.skipBytes(4);
          break;
        case 5: case 6:
          in.skipBytes(8);
          i++; // takes two entries
          break;
        case 7: case 8: case 16: case 19: case 20:
          in.skipBytes(2);
          break;
        case 15:
          in.skipBytes(3);
          break;
        default:
          throw new IOException("Unknown constant pool tag " + tag);
      }
    }
    return packages;
  }
}
