package io.summitgraph.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated warm-up documents, checked against the served schema's snapshot ({@code
 * schema.graphql}, kept equal to what the service serves by the schema tests): each is a valid
 * operation within the default token limit, and together they ask for every field of every root
 * list's items, so each of those resolvers runs before the service is ready.
 */
class WarmUpCoverageTest {

  private static GraphQLSchema schema;
  private static List<String> documents;

  @BeforeAll
  static void generate() throws IOException {
    String sdl = Files.readString(Path.of("src/test/resources/schema.graphql"));
    schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    documents = WarmUpCoverage.documents(schema);
  }

  @Test
  void everyDocumentIsAValidOperationWithinTheDefaultLimits() {
    assertThat(documents).hasSizeGreaterThan(10);
    ParserOptions options =
        ParserOptions.getDefaultOperationParserOptions().transform(o -> o.maxTokens(2000));
    for (String text : documents) {
      Document document =
          new Parser()
              .parseDocument(
                  ParserEnvironment.newParserEnvironment()
                      .document(text)
                      .parserOptions(options)
                      .build());
      List<ValidationError> errors =
          new Validator().validateDocument(schema, document, Locale.ENGLISH);
      assertThat(errors).as(text).isEmpty();
    }
  }

  @Test
  void everyFieldOfEveryRootListsItemsIsAskedFor() {
    Set<String> asked = new HashSet<>();
    for (String text : documents) {
      QueryTraverser.newQueryTraverser()
          .schema(schema)
          .document(new Parser().parseDocument(text))
          .variables(Map.of())
          .build()
          .visitPreOrder(
              new QueryVisitorStub() {
                @Override
                public void visitField(QueryVisitorFieldEnvironment field) {
                  if (field.isTypeNameIntrospectionField()) {
                    return;
                  }
                  asked.add(
                      field.getFieldsContainer().getName()
                          + "."
                          + field.getFieldDefinition().getName());
                }
              });
    }
    // The types the people, countries and sources lists lead to, and the relations a cold first
    // request was measured on (a country's sanctions and statistics, a quote's citations).
    for (String type : List.of("Person", "Country", "Source", "Sanction", "Quote", "Event")) {
      GraphQLFieldsContainer container = (GraphQLFieldsContainer) schema.getType(type);
      container.getFieldDefinitions().stream()
          .filter(
              field ->
                  field.getArguments().stream()
                      .noneMatch(a -> a.getType() instanceof graphql.schema.GraphQLNonNull))
          .forEach(field -> assertThat(asked).contains(type + "." + field.getName()));
    }
    assertThat(asked)
        .contains(
            "Country.sanctionsReceived",
            "Country.humanitarianStatistics",
            "Sanction.issuer",
            "Quote.citations",
            "Citation.source",
            "PersonRole.organization");
  }
}
