package io.summitgraph.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What the service reveals about itself besides answering queries; a production deployment may turn
 * each off at run time (see the README).
 */
@ConfigMapping(prefix = "summitgraph.api")
public interface ApiExposure {

  /** Introspection ({@code __schema}, {@code __type}); {@code __typename} always works. */
  @WithDefault("true")
  boolean introspection();

  /** The SDL at {@code /graphql/schema.graphql}. */
  @WithDefault("true")
  boolean schemaEndpoint();

  /** GraphiQL at {@code /q/graphql-ui} (it needs introspection). */
  @WithDefault("true")
  boolean graphiql();
}
