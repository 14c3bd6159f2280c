package io.summitgraph.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/schema-map.md}, the map of which class serves each resolver field of each GraphQL
 * type, is generated from the code and must be current. A type's relation fields are served by the
 * features that own the data (CONTRIBUTING.md, "Where code goes"), so {@code Country}'s fields come
 * from many packages; the map says where. Derived from the {@code @GraphQLApi} classes, as SmallRye
 * reads them: a method with a {@code @Source} parameter adds a field to the parameter's type (its
 * element type for a batch), a {@code @Query}, {@code @Mutation} or {@code @Subscription} method a
 * root field; the field is named by the annotation's value, {@code @Name} or the method's name.
 *
 * <p>Regenerate: {@code ./mvnw test -Dtest=SchemaMapTest -Dsummitgraph.schema-map.write=true}.
 */
class SchemaMapTest {

  static final Path MAP = Path.of("docs/schema-map.md");
  static final String WRITE = "summitgraph.schema-map.write";
  static final String REGENERATE = "./mvnw test -Dtest=SchemaMapTest -D" + WRITE + "=true";
  private static final Path SDL = Path.of("src/test/resources/schema.graphql");
  private static final List<String> ROOTS = List.of("Query", "Mutation", "Subscription");

  /** One field served by a resolver method. */
  record Served(String type, String field, Class<?> by, Class<?> source) {}

  @Test
  void theSchemaMapIsCurrent() throws IOException {
    String generated = render(servedFields());
    if (Boolean.getBoolean(WRITE)) {
      Files.writeString(MAP, generated, StandardCharsets.UTF_8);
    }
    String committed =
        Files.exists(MAP) ? Files.readString(MAP, StandardCharsets.UTF_8) : "(missing)";
    assertThat(committed)
        .as(
            "%s is stale: a resolver field was added, moved or removed. Regenerate it: %s",
            MAP, REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void theMapNamesFieldsTheServedSchemaHasAndEveryRootField() throws IOException {
    TypeDefinitionRegistry schema =
        new SchemaParser().parse(Files.readString(SDL, StandardCharsets.UTF_8));
    List<Served> served = servedFields();
    List<String> unknown = new ArrayList<>();
    for (Served field : served) {
      if (!fieldsOf(schema, field.type()).contains(field.field())) {
        unknown.add(field.type() + "." + field.field() + " (" + field.by().getName() + ")");
      }
    }
    assertThat(unknown).as("fields the map derives that the committed SDL lacks").isEmpty();
    for (String root : ROOTS) {
      Set<String> mapped =
          served.stream()
              .filter(field -> field.type().equals(root))
              .map(Served::field)
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(mapped).as(root).isEqualTo(fieldsOf(schema, root));
    }
    // Country's relation fields come from many features: the reason for the map.
    assertThat(served.stream().filter(field -> field.type().equals("Country")).count())
        .isGreaterThan(5);
  }

  /** Every field served by a method of a {@code @GraphQLApi} class, by type and field name. */
  static List<Served> servedFields() {
    List<Served> served = new ArrayList<>();
    for (Class<?> api : graphQLApis()) {
      for (Method method : api.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
          continue;
        }
        String root = rootOf(method);
        if (root != null) {
          served.add(new Served(root, fieldName(method, rootName(method)), api, null));
        }
        for (Parameter parameter : method.getParameters()) {
          if (parameter.isAnnotationPresent(Source.class)) {
            Class<?> source = elementType(parameter.getParameterizedType());
            served.add(new Served(typeName(source), fieldName(method, null), api, source));
          }
        }
      }
    }
    served.sort(
        Comparator.comparing((Served s) -> typeOrder(s.type()))
            .thenComparing(Served::type)
            .thenComparing(Served::field));
    return served;
  }

  static String render(List<Served> served) {
    Map<String, List<Served>> byType =
        new TreeMap<>(
            Comparator.comparing(SchemaMapTest::typeOrder)
                .thenComparing(Comparator.naturalOrder()));
    served.forEach(s -> byType.computeIfAbsent(s.type(), type -> new ArrayList<>()).add(s));
    StringBuilder out = new StringBuilder();
    out.append("# Schema map: where each field comes from\n\n")
        .append(
            "Generated from the code by `SchemaMapTest` (src/test/java/io/summitgraph/architecture);")
        .append(" do not edit. Regenerate\nafter adding, moving or removing a resolver field:\n\n")
        .append("```shell\n")
        .append(REGENERATE)
        .append("\n```\n\n")
        .append(
            "A relation lives with the data that owns it (CONTRIBUTING.md, \"Where code goes\"), so")
        .append(
            " one type's fields come\nfrom many packages. Listed: the root fields, and every field")
        .append(" served by a resolver method (a method of a\n`*GraphQLApi` class with a `@Source`")
        .append(
            " parameter). A type's own fields (`Country.name`) are the accessors of its\nrecord in")
        .append(
            " its feature and are not listed. The fields of an interface (`Fact`, `Node`) belong to")
        .append(" every type\nimplementing it.\n");
    byType.forEach(
        (type, fields) -> {
          Set<String> classes = new TreeSet<>();
          Set<String> packages = new TreeSet<>();
          fields.forEach(
              field -> {
                classes.add(field.by().getName());
                packages.add(field.by().getPackageName());
              });
          out.append("\n## ")
              .append(type)
              .append("\n\n")
              .append(fields.size())
              .append(fields.size() == 1 ? " field" : " fields")
              .append(" from ")
              .append(classes.size())
              .append(classes.size() == 1 ? " class" : " classes")
              .append(" in ")
              .append(packages.size())
              .append(packages.size() == 1 ? " package" : " packages")
              .append(".");
          List<String> interfaces =
              interfacesOf(fields.get(0).source()).stream().filter(byType::containsKey).toList();
          if (!interfaces.isEmpty()) {
            out.append(" Also the fields of ")
                .append(
                    interfaces.stream()
                        .map(name -> "[" + name + "](#" + name.toLowerCase() + ")")
                        .collect(Collectors.joining(", ")))
                .append(".");
          }
          out.append("\n\n| field | served by |\n|---|---|\n");
          fields.forEach(
              field ->
                  out.append("| `")
                      .append(field.field())
                      .append("` | `")
                      .append(reference(field.by()))
                      .append("` |\n"));
        });
    return out.toString();
  }

  /** {@code relationships/CountryRelationshipsGraphQLApi}: a path the guides' test checks. */
  private static String reference(Class<?> type) {
    return type.getPackageName().substring("io.summitgraph.".length()).replace('.', '/')
        + "/"
        + type.getSimpleName();
  }

  private static List<Class<?>> graphQLApis() {
    List<Class<?>> apis = new ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.summitgraph")) {
      if (type.isAnnotatedWith(GraphQLApi.class)) {
        try {
          apis.add(Class.forName(type.getName(), false, SchemaMapTest.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    apis.sort(Comparator.comparing(Class::getName));
    return apis;
  }

  private static String rootOf(Method method) {
    if (method.isAnnotationPresent(Query.class)) {
      return "Query";
    }
    if (method.isAnnotationPresent(Mutation.class)) {
      return "Mutation";
    }
    if (method.isAnnotationPresent(io.smallrye.graphql.api.Subscription.class)) {
      return "Subscription";
    }
    return null;
  }

  /** The name a root annotation gives, or null. */
  private static String rootName(Method method) {
    String name =
        method.isAnnotationPresent(Query.class)
            ? method.getAnnotation(Query.class).value()
            : method.isAnnotationPresent(Mutation.class)
                ? method.getAnnotation(Mutation.class).value()
                : method.isAnnotationPresent(io.smallrye.graphql.api.Subscription.class)
                    ? method.getAnnotation(io.smallrye.graphql.api.Subscription.class).value()
                    : "";
    return name.isEmpty() ? null : name;
  }

  /** As SmallRye names a field: the annotation's value, {@code @Name}, or the bean name. */
  private static String fieldName(Method method, String annotated) {
    if (annotated != null) {
      return annotated;
    }
    if (method.isAnnotationPresent(Name.class)) {
      return method.getAnnotation(Name.class).value();
    }
    String name = method.getName();
    for (String prefix : List.of("get", "is")) {
      if (name.length() > prefix.length()
          && name.startsWith(prefix)
          && Character.isUpperCase(name.charAt(prefix.length()))) {
        return Character.toLowerCase(name.charAt(prefix.length()))
            + name.substring(prefix.length() + 1);
      }
    }
    return name;
  }

  /** The class of a source parameter: the element of a batch's list. */
  private static Class<?> elementType(Type type) {
    if (type instanceof ParameterizedType list) {
      return elementType(list.getActualTypeArguments()[0]);
    }
    return (Class<?>) type;
  }

  /** The GraphQL name of a Java type: its {@code @Type}, {@code @Interface} or simple name. */
  private static String typeName(Class<?> type) {
    String name = "";
    if (type.isAnnotationPresent(org.eclipse.microprofile.graphql.Type.class)) {
      name = type.getAnnotation(org.eclipse.microprofile.graphql.Type.class).value();
    } else if (type.isAnnotationPresent(Interface.class)) {
      name = type.getAnnotation(Interface.class).value();
    } else if (type.isAnnotationPresent(Name.class)) {
      name = type.getAnnotation(Name.class).value();
    }
    return name.isEmpty() ? type.getSimpleName() : name;
  }

  /** The GraphQL interfaces a type's class implements, directly or through another, by name. */
  private static List<String> interfacesOf(Class<?> type) {
    Set<String> names = new TreeSet<>();
    List<Class<?>> pending = new ArrayList<>();
    if (type != null) {
      pending.addAll(List.of(type.getInterfaces()));
    }
    while (!pending.isEmpty()) {
      Class<?> candidate = pending.remove(0);
      if (candidate.isAnnotationPresent(Interface.class)) {
        names.add(typeName(candidate));
      }
      pending.addAll(List.of(candidate.getInterfaces()));
    }
    return List.copyOf(names);
  }

  private static int typeOrder(String type) {
    int root = ROOTS.indexOf(type);
    return root >= 0 ? root : ROOTS.size();
  }

  private static Set<String> fieldsOf(TypeDefinitionRegistry schema, String type) {
    return schema
        .getType(type)
        .filter(ImplementingTypeDefinition.class::isInstance)
        .map(
            definition ->
                ((ImplementingTypeDefinition<?>) definition)
                    .getFieldDefinitions().stream()
                        .map(FieldDefinition::getName)
                        .collect(Collectors.toCollection(TreeSet::new)))
        .orElseGet(TreeSet::new);
  }
}
