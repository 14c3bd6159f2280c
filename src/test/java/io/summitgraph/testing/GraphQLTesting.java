package io.summitgraph.testing;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Puts every {@code @QuarkusTest} on the real test database; the annotation applies to the whole
 * test run.
 */
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
public final class GraphQLTesting {

  private GraphQLTesting() {}
}
