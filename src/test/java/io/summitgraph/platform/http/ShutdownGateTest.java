package io.summitgraph.platform.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.summitgraph.common.errors.ErrorCodes;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Waiting;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The first step of shutdown refuses new operations and waits for the executing ones ({@link
 * ShutdownDrain}). Its own application (profile): the last test starts the shutdown.
 */
@QuarkusTest
@TestProfile(ShutdownGateTest.OwnApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShutdownGateTest {

  public static class OwnApplication implements QuarkusTestProfile {}

  @Inject ShutdownDrain drain;
  @Inject Event<ShutdownDelayInitiatedEvent> shutdownStarts;

  @TestHTTPResource("/graphql")
  URI graphql;

  /** A count that leaked would make every shutdown wait for its whole timeout. */
  @Test
  @Order(1)
  void everyKindOfRequestLeavesTheExecutingCountAtZero() throws Exception {
    GraphQL.document("platform/sources-page").variable("first", 2).data();
    GraphQL.document("platform/unknown-enum-value").errors();
    given()
        .queryParam("query", "{ sources(first: 1) { totalCount } }")
        .get("/graphql")
        .then()
        .statusCode(200);
    try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
      GraphQL.postOver(socket, "{\"query\":\"{ sources(first: 50) { nodes { title } } }\"}");
      // Closed before the answer: the client gave up.
    }

    Waiting.until(Duration.ofSeconds(5), () -> drain.executingOperations() == 0);
    assertThat(drain.executingOperations()).isZero();
  }

  @Test
  @Order(2)
  void onceShutdownStartsOperationsAreRefusedWith503AndTheConnectionClosed() {
    shutdownStarts.fire(new ShutdownDelayInitiatedEvent());

    Response response = GraphQL.document("platform/sources-page").variable("first", 2).post();

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.header("Connection")).isEqualToIgnoringCase("close");
    assertThat(response.jsonPath().getMap("$")).doesNotContainKey("data");
    assertThat(response.jsonPath().getString("errors[0].extensions.code"))
        .isEqualTo(ErrorCodes.SERVICE_UNAVAILABLE);
    assertThat(drain.executingOperations()).isZero();
  }
}
