package io.summitgraph.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's layering, checked on the compiled classes (CONTRIBUTING.md, "Where code goes"): no
 * cycle between the top-level packages (features, {@code facts}, {@code common}, {@code platform}),
 * nor between any two packages at all, so each can be read from the bottom up.
 */
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.summitgraph");
  }

  @Test
  void theTopLevelPackagesHaveNoCycle() {
    slices().matching("io.summitgraph.(*)..").should().beFreeOfCycles().check(production);
  }

  @Test
  void everyGraphQLApiClassSaysSoInItsName() {
    classes()
        .that()
        .areAnnotatedWith(GraphQLApi.class)
        .should()
        .haveSimpleNameEndingWith("GraphQLApi")
        .check(production);
  }

  @Test
  void graphQLInputsStopAtTheService() {
    // A repository takes a feature's *Criteria and a Sorting, never the GraphQL input they come
    // from.
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Repository")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(Input.class)
        .check(production);
  }

  @Test
  void noTwoPackagesDependOnEachOther() {
    slices().matching("io.summitgraph.(**)").should().beFreeOfCycles().check(production);
  }
}
