package io.summitgraph.bench;

import io.agroal.api.AgroalDataSource;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Routes for the benchmark only, off unless {@code summitgraph.bench.sql-floor.enabled=true}, and
 * absent from the production artifact: {@code src/bench/java} is compiled with the tests and into
 * the application only by the Maven profile {@code bench}, which {@code bench/run} builds with.
 *
 * <p>{@code GET /bench/sql-statements}: the SQL statements the service has sent so far (see {@link
 * SqlStatementCounter}), so the benchmark can report statements per request.
 *
 * <p>{@code POST /bench/sql-floor}: the benchmark's floor: the 3-level result (events, their
 * participants, each person and country) built by one hand-written SQL statement, the JSON made in
 * PostgreSQL, served over the same HTTP stack as {@code /graphql}. It shows what GraphQL itself
 * costs. It takes a GraphQL request's body and reads only its {@code variables} ({@code first},
 * {@code participants}).
 */
@ApplicationScoped
class BenchRoutes {

  private static final Logger LOG = Logger.getLogger(BenchRoutes.class);

  /** Same order and page rules as {@code events} and {@code Event.participants}. */
  private static final String SQL =
      """
      select json_build_object('data', json_build_object('events', json_build_object('nodes',
        coalesce(json_agg(json_build_object(
          'name', e.name,
          'participants', json_build_object('edges', (
            select coalesce(json_agg(json_build_object(
                'role', pa.role,
                'node', json_build_object(
                  'name', p.name,
                  'country', case when c.id is null then null
                    else json_build_object('isoCode', c.iso_code, 'name', c.name) end))
                order by pa.id), '[]')
            from (select id, role, person_id from participation
                  where event_id = e.id order by id limit ?) pa
            join person p on p.id = pa.person_id
            left join country c on c.id = p.country_id))
        ) order by e.sort, e.id), '[]'))))::text
      from (select id, name, coalesce(starts_on, cast('infinity' as date)) as sort
            from event order by 3, id limit ?) e
      """;

  @Inject AgroalDataSource dataSource;

  @ConfigProperty(name = "summitgraph.bench.sql-floor.enabled", defaultValue = "false")
  boolean enabled;

  void route(@Observes Router router) {
    if (!enabled) {
      return;
    }
    LOG.warn("Benchmark routes enabled: /bench/sql-floor, /bench/sql-statements");
    router
        .get("/bench/sql-statements")
        .handler(
            context ->
                context
                    .response()
                    .putHeader("content-type", "application/json")
                    .end("{\"statements\":" + SqlStatementCounter.count() + "}"));
    // Not ordered: requests on one connection's context may run side by side, as /graphql's do.
    router
        .post("/bench/sql-floor")
        .handler(BodyHandler.create().setBodyLimit(64 * 1024))
        .blockingHandler(this::serve, false);
  }

  private void serve(RoutingContext context) {
    try {
      JsonObject body = context.body().asJsonObject();
      JsonObject variables = body == null ? null : body.getJsonObject("variables");
      variables = variables == null ? new JsonObject() : variables;
      int first = Math.max(0, Math.min(100, variables.getInteger("first", 20)));
      int participants = Math.max(0, Math.min(100, variables.getInteger("participants", 20)));
      context
          .response()
          .putHeader("content-type", "application/json")
          .end(query(first, participants));
    } catch (Exception e) {
      LOG.error("SQL floor failed", e);
      context.response().setStatusCode(500).end();
    }
  }

  private String query(int first, int participants) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(SQL)) {
      statement.setInt(1, participants);
      statement.setInt(2, first);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
