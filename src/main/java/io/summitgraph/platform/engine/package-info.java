/**
 * The GraphQL engine SmallRye builds, customised: the build-time hooks ({@code
 * GraphQLBuildEvents}), the schema's fixes ({@code StrictInt}, {@code IdListArguments}), the chain
 * of request-level instrumentations ({@code GraphQLCustomization}: {@code OperationRules}, {@code
 * CodedErrors}, HTTP caching, data loaders, telemetry) and the warm-up that readiness waits for.
 * The top of the platform: it plugs in {@code http}, {@code limits}, {@code fetching}, {@code
 * observability} and {@code budgets}, and nothing else in the platform depends on it.
 */
package io.summitgraph.platform.engine;
