package io.summitgraph.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.summitgraph.platform.limits.QueryLimits;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Thousands of documents no test wrote by hand, against the running service: documents generated
 * from the schema's own grammar (right and wrong fields, arguments of every type, fragments on
 * known and unknown types, directives, variables) and random mutations of the test suite's
 * documents. Whatever a client sends, it gets an answer that is not a 5xx and holds no stack trace,
 * and client mistakes leave no ERROR in the log.
 *
 * <p>The seed is fixed so a failure can be replayed; {@code -Dgenerative.seed=…} and {@code
 * -Dgenerative.documents=…} explore further.
 */
@QuarkusTest
@TestProfile(GenerativeDocumentsTest.LoggedToFile.class)
class GenerativeDocumentsTest {

  static final Path LOG = Path.of("target", "generative-test", "service.log");
  static final long SEED = Long.getLong("generative.seed", 20261203L);
  static final int DOCUMENTS = Integer.getInteger("generative.documents", 3000);

  /** The production limits, and the log in a file the test reads. */
  public static class LoggedToFile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "summitgraph.limits.cost",
          QueryLimits.DEFAULT_COST,
          "quarkus.log.file.enabled",
          "true",
          "quarkus.log.file.path",
          LOG.toString());
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/graphql")
  URI endpoint;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void noDocumentGetsA5xxAStackTraceOrAnErrorInTheLog() throws Exception {
    long logBefore = Files.exists(LOG) ? Files.size(LOG) : 0;
    Random random = new Random(SEED);
    Generator generator = new Generator(schema(), random);
    List<String> corpus = testDocuments();
    Map<Integer, Integer> statuses = new TreeMap<>();
    int sent = 0;
    int withData = 0;
    Map<String, Integer> codes = new TreeMap<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      String document =
          i % 2 == 0
              ? generator.document()
              : Mutator.mutate(corpus.get(random.nextInt(corpus.size())), random, generator);
      ObjectNode variables = generator.variables();
      boolean byGet = random.nextInt(4) == 0;
      HttpResponse<String> response = send(document, variables, byGet);
      sent++;
      statuses.merge(response.statusCode(), 1, Integer::sum);
      String context =
          "seed " + SEED + ", document " + i + (byGet ? " (GET)" : "") + ":\n" + document;
      assertThat(response.statusCode()).as(context).isLessThan(500);
      assertThat(response.body())
          .as(context)
          .doesNotContain("\tat ")
          .doesNotContain("Exception:")
          .doesNotContain("java.lang.");
      if (response.statusCode() == 200 || response.statusCode() == 400) {
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.has("data") || body.has("errors")).as(context).isTrue();
        if (body.path("data").isObject()) {
          withData++;
        }
        for (JsonNode error : body.path("errors")) {
          codes.merge(error.path("extensions").path("code").asText(), 1, Integer::sum);
          if (System.getProperty("generative.show") != null
              && i % 2 == 0
              && codes.get(error.path("extensions").path("code").asText()) < 4) {
            System.out.println("DOC " + document + "\n  -> " + error.path("message").asText());
          }
          assertThat(error.path("extensions").path("code").asText())
              .as(context)
              .isNotEmpty()
              .isNotEqualTo("INTERNAL_SERVER_ERROR");
        }
      }
    }
    System.out.printf(
        "Generative documents: %d sent (seed %d), statuses %s, %d answered with data, error codes"
            + " %s%n",
        sent, SEED, statuses, withData, codes);
    assertThat(sent).isEqualTo(DOCUMENTS);
    // Both kinds of answer: the generator produces runnable documents, not only broken ones.
    assertThat(withData).isGreaterThan(DOCUMENTS / 10).isLessThan(DOCUMENTS * 9 / 10);
    List<String> errors =
        logSince(logBefore).stream()
            .filter(l -> l.contains(" ERROR ") || l.contains("\"level\":\"ERROR\""))
            .toList();
    assertThat(errors).as("ERROR lines logged while the documents ran").isEmpty();
  }

  private HttpResponse<String> send(String document, ObjectNode variables, boolean byGet)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
    if (byGet) {
      String url =
          endpoint
              + "?query="
              + URLEncoder.encode(document, StandardCharsets.UTF_8)
              + "&variables="
              + URLEncoder.encode(variables.toString(), StandardCharsets.UTF_8);
      request.uri(URI.create(url)).GET();
    } else {
      ObjectNode body = JSON.createObjectNode().put("query", document);
      body.set("variables", variables);
      request
          .uri(endpoint)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static TypeDefinitionRegistry schema() throws IOException {
    return new SchemaParser().parse(Files.readString(Path.of("src/test/resources/schema.graphql")));
  }

  private static List<String> testDocuments() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/graphql"))) {
      List<String> documents = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
        documents.add(Files.readString(file));
      }
      assertThat(documents).hasSizeGreaterThan(50);
      return documents;
    }
  }

  private static List<String> logSince(long offset) throws IOException {
    if (!Files.exists(LOG)) {
      return List.of();
    }
    byte[] bytes = Files.readAllBytes(LOG);
    return new String(
            bytes,
            (int) Math.min(offset, bytes.length),
            (int) Math.max(0, bytes.length - offset),
            StandardCharsets.UTF_8)
        .lines()
        .toList();
  }

  /** Documents from the schema's grammar: mostly well-formed, often wrong in one place. */
  static final class Generator {
    private static final String[] SCALAR_VALUES = {
      "1",
      "0",
      "-1",
      "100",
      "101",
      "2147483648",
      "1.5",
      "1e400",
      "true",
      "null",
      "\"\"",
      "\"x\"",
      "\"%\"",
      "\"+&=\"",
      "\"Pompeo\"",
      "\"é中\\u0000\"",
      "\"UGVyc29uOjE\"",
      "[]",
      "[1, 2]",
      "{}",
      "{ a: 1 }",
      "HELD",
      "SUMMIT",
      "NAME",
      "$v",
      "$missing",
      "\"2018-06-12\"",
      "\"" + "a".repeat(300) + "\""
    };
    private static final String[] NOISE = {
      "{", "}", "(", ")", "...", "@", "$", ":", "!", "[", "]", "=", "\"", "#", "|", "&", "on", "\\"
    };

    private final TypeDefinitionRegistry schema;
    private final Random random;
    private final List<String> typeNames;

    /** Whether the document being generated keeps to the schema (half of them do). */
    private boolean strict;

    Generator(TypeDefinitionRegistry schema, Random random) {
      this.schema = schema;
      this.random = random;
      this.typeNames = new ArrayList<>(schema.types().keySet());
      typeNames.add("Secret");
      typeNames.add("Nope");
    }

    String document() {
      StringBuilder out = new StringBuilder();
      strict = random.nextBoolean();
      int kind = strict ? 0 : random.nextInt(10);
      String operationType = kind < 8 ? "query" : kind == 8 ? "mutation" : "subscription";
      String root =
          operationType.equals("query")
              ? "Query"
              : operationType.equals("mutation") ? "Mutation" : "Subscription";
      out.append(operationType);
      if (random.nextBoolean()) {
        out.append(" Op").append(random.nextInt(1000));
      }
      if (!strict && random.nextInt(3) == 0) {
        out.append("($v: ")
            .append(pick("Int", "String", "ID!", "[ID!]", "Boolean", "Nope"))
            .append(")");
      }
      selections(out, root, random.nextInt(strict ? 4 : 6) + 1);
      if (!strict && random.nextInt(5) == 0) {
        String on = typeNames.get(random.nextInt(typeNames.size()));
        out.append(" fragment F on ").append(on);
        selections(out, on, 2);
      }
      if (!strict && random.nextInt(20) == 0) {
        out.insert(random.nextInt(out.length() + 1), NOISE[random.nextInt(NOISE.length)]);
      }
      return out.toString();
    }

    ObjectNode variables() {
      ObjectNode variables = JSON.createObjectNode();
      switch (random.nextInt(5)) {
        case 0 -> variables.put("v", random.nextInt());
        case 1 -> variables.put("v", "UGVyc29uOjE");
        case 2 -> variables.putArray("v").add("x").add(1);
        case 3 -> variables.putObject("v").put("a", 1);
        default -> {}
      }
      return variables;
    }

    private void selections(StringBuilder out, String typeName, int depth) {
      out.append(" {");
      List<FieldDefinition> fields = fieldsOf(typeName);
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        int choice = strict ? (random.nextInt(12) == 0 ? 0 : 4) : random.nextInt(12);
        if (choice == 0 || fields.isEmpty()) {
          out.append(" __typename");
        } else if (choice == 1) {
          out.append(" noSuchField").append(random.nextInt(3));
        } else if (choice == 2 && depth > 0) {
          String on = typeNames.get(random.nextInt(typeNames.size()));
          out.append(" ... on ").append(on);
          selections(out, on, depth - 1);
        } else if (choice == 3) {
          out.append(" ...F");
        } else {
          FieldDefinition field = fields.get(random.nextInt(fields.size()));
          if (random.nextInt(6) == 0 && !strict) {
            out.append(" a").append(random.nextInt(5)).append(": ");
          } else {
            out.append(' ');
          }
          out.append(field.getName());
          arguments(out, field);
          if (random.nextInt(10) == 0) {
            out.append(random.nextBoolean() ? " @skip(if: " : " @include(if: ")
                .append(strict ? pick("true", "false") : pick("true", "false", "$v", "1"))
                .append(")");
          }
          if (!strict && random.nextInt(40) == 0) {
            out.append(" @unknown");
          }
          String fieldType = unwrap(field.getType());
          if (!fieldsOf(fieldType).isEmpty() || isAbstract(fieldType)) {
            if (depth > 0) {
              selections(out, fieldType, depth - 1);
            } else if (strict || random.nextBoolean()) {
              out.append(" { __typename }");
            }
          } else if (!strict && random.nextInt(15) == 0) {
            out.append(" { x }");
          }
        }
      }
      out.append(" }");
    }

    private void arguments(StringBuilder out, FieldDefinition field) {
      List<InputValueDefinition> arguments = field.getInputValueDefinitions();
      if (arguments.isEmpty() && (strict || random.nextInt(20) != 0)) {
        return;
      }
      List<String> given = new ArrayList<>();
      String pageSide = random.nextBoolean() ? "first" : "last";
      for (InputValueDefinition argument : arguments) {
        String name = argument.getName();
        boolean wanted =
            argument.getType() instanceof NonNullType
                || (strict
                    ? name.equals(pageSide) || name.equals("filter") && random.nextBoolean()
                    : random.nextInt(3) == 0);
        if (wanted) {
          given.add(name + ": " + value(argument.getType()));
        }
      }
      if (!strict && random.nextInt(20) == 0) {
        given.add("bogus: 1");
      }
      if (!given.isEmpty()) {
        out.append('(').append(String.join(", ", given)).append(')');
      }
    }

    private String value(Type<?> type) {
      if (!strict && random.nextInt(4) == 0) {
        return pick(SCALAR_VALUES);
      }
      if (type instanceof NonNullType nonNull) {
        return value(nonNull.getType());
      }
      if (type instanceof ListType list) {
        return "[" + value(list.getType()) + "]";
      }
      String name = ((TypeName) type).getName();
      return switch (name) {
        case "Int" -> strict ? pick("1", "5", "20") : pick("1", "5", "20", "100", "0", "-3");
        case "String" -> pick("\"summit\"", "\"kim\"", "\"\"", "\"%+&é\"");
        case "Boolean" -> pick("true", "false");
        case "ID" -> pick("\"UGVyc29uOjE\"", "\"RXZlbnQ6MQ\"", "\"nope\"");
        default -> schema.getType(name).map(t -> enumOrObject(t.getName())).orElse("null");
      };
    }

    private String enumOrObject(String typeName) {
      var definition = schema.getType(typeName).orElseThrow();
      if (definition instanceof graphql.language.EnumTypeDefinition e) {
        return e.getEnumValueDefinitions()
            .get(random.nextInt(e.getEnumValueDefinitions().size()))
            .getName();
      }
      if (definition instanceof graphql.language.InputObjectTypeDefinition input) {
        StringBuilder out = new StringBuilder("{");
        for (InputValueDefinition field : input.getInputValueDefinitions()) {
          if (field.getType() instanceof NonNullType || random.nextInt(3) == 0) {
            out.append(' ').append(field.getName()).append(": ").append(value(field.getType()));
          }
        }
        return out.append(" }").toString();
      }
      return "\"2019-02-27\""; // a custom scalar (dates)
    }

    private List<FieldDefinition> fieldsOf(String typeName) {
      return schema
          .getType(typeName)
          .map(
              t ->
                  t instanceof ObjectTypeDefinition o
                      ? o.getFieldDefinitions()
                      : t instanceof InterfaceTypeDefinition i
                          ? i.getFieldDefinitions()
                          : List.<FieldDefinition>of())
          .orElse(List.of());
    }

    private boolean isAbstract(String typeName) {
      return schema.getType(typeName).map(t -> t instanceof UnionTypeDefinition).orElse(false);
    }

    private static String unwrap(Type<?> type) {
      if (type instanceof NonNullType nonNull) {
        return unwrap(nonNull.getType());
      }
      if (type instanceof ListType list) {
        return unwrap(list.getType());
      }
      return ((TypeName) type).getName();
    }

    String name() {
      List<String> names = new ArrayList<>(typeNames);
      names.add("first");
      names.add("after");
      names.add("nodes");
      names.add("edges");
      return names.get(random.nextInt(names.size()));
    }

    private String pick(String... values) {
      return values[random.nextInt(values.length)];
    }
  }

  /** Random edits of a real document: what a typo, a bad merge or a fuzzer would send. */
  static final class Mutator {
    static String mutate(String document, Random random, Generator generator) {
      StringBuilder out = new StringBuilder(document);
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits && out.length() > 0; e++) {
        int at = random.nextInt(out.length());
        switch (random.nextInt(8)) {
          case 0 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(8)));
          case 1 -> out.insert(at, Generator.NOISE[random.nextInt(Generator.NOISE.length)]);
          case 2 -> out.insert(at, " " + generator.name() + " ");
          case 3 -> {
            int end = Math.min(out.length(), at + 1 + random.nextInt(40));
            out.insert(end, out.substring(at, end));
          }
          case 4 -> out.replace(at, at + 1, String.valueOf((char) (33 + random.nextInt(94))));
          case 5 -> {
            String text = out.toString().replaceFirst("\\b(\\d+)\\b", pickNumber(random));
            out.setLength(0);
            out.append(text);
          }
          case 6 -> out.insert(at, " ... on " + generator.name() + " { __typename } ");
          default -> out.setLength(at);
        }
      }
      return out.toString();
    }

    private static String pickNumber(Random random) {
      String[] numbers = {"0", "-1", "101", "2147483648", "1.5", "99999999999999999999"};
      return numbers[random.nextInt(numbers.length)];
    }
  }
}
