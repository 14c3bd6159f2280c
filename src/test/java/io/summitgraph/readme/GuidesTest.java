package io.summitgraph.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the guides honest where a machine can: every class the guides name as {@code package/Class}
 * exists, every relative link leads to a file, and the README stays a short newcomer's page (the
 * rest is in docs/).
 */
class GuidesTest {

  private static final Path SOURCES = Path.of("src/main/java/io/summitgraph");

  /** {@code `facts/FactKind`}, {@code `sources/SourceIngested`}: a package and a class. */
  private static final Pattern CLASS_REFERENCE =
      Pattern.compile("`((?:[a-z]+/)+)([A-Z][A-Za-z]+)`");

  private static final Pattern LINK = Pattern.compile("\\]\\(((?!https?:|#)[^)#]+)");

  private static List<Path> guides() throws IOException {
    List<Path> guides = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CONTRIBUTING.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(guides::add);
    }
    return guides;
  }

  @Test
  void everyClassTheGuidesNameExists() throws IOException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Path guide : guides()) {
      Matcher reference = CLASS_REFERENCE.matcher(Files.readString(guide));
      while (reference.find()) {
        Path file = SOURCES.resolve(reference.group(1) + reference.group(2) + ".java");
        if (reference.group(1).startsWith("src/") || reference.group(1).startsWith("bench/")) {
          continue;
        }
        checked++;
        if (!Files.exists(file)) {
          missing.add(guide + ": " + reference.group(1) + reference.group(2));
        }
      }
    }
    assertThat(checked).isGreaterThan(10);
    assertThat(missing).isEmpty();
  }

  @Test
  void everyRelativeLinkLeadsToAFile() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path guide : guides()) {
      Matcher link = LINK.matcher(Files.readString(guide));
      while (link.find()) {
        Path target = guide.toAbsolutePath().getParent().resolve(link.group(1)).normalize();
        if (!Files.exists(target)) {
          broken.add(guide + " -> " + link.group(1));
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void theReadmeIsAShortGuide() throws IOException {
    assertThat(Files.size(Path.of("README.md"))).isLessThanOrEqualTo(10 * 1024);
  }
}
