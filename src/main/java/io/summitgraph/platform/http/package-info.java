/**
 * GraphQL over HTTP and WebSocket in front of SmallRye's handler: the protocol's rules and request
 * limits ({@code HttpProtocol}), the graceful shutdown's drain ({@code ShutdownDrain}), media
 * types, caching headers and ETags ({@code HttpCaching}), compression, the GraphQL WebSockets
 * ({@code GraphQLSockets}) and what the service exposes besides answers ({@code ApiExposure}). Uses
 * {@code limits}, {@code documents}, {@code budgets} and {@code observability}, never the engine:
 * the engine's instrumentations tell an answer what it needs through {@code HttpProtocol}'s static
 * signals (client left, request error, rate limited) and {@code HttpCaching}.
 */
package io.summitgraph.platform.http;
