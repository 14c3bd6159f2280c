package io.summitgraph.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.testing.CurationFixture;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.GraphQLSocket;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions over graphql-transport-ws against the real database: committed changes only, in
 * order, with versions and state; filters; limits; the missed-changes signal; slow consumers.
 */
@QuarkusTest
@TestProfile(LiveSubscriptionsTest.Limits.class)
class LiveSubscriptionsTest {

  /** Small limits, so each can be reached quickly. */
  public static class Limits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "summitgraph.live.max-per-connection", "5",
          "summitgraph.live.init-timeout", "2s",
          "summitgraph.live.max-pending-bytes", "262144",
          "summitgraph.live.reconnect-delay", "200ms");
    }
  }

  @TestHTTPResource("/graphql")
  URI graphql;

  @Inject DataSource dataSource;
  @Inject ChangeFeed feed;

  private CurationFixture fixture;

  @BeforeEach
  void mark() {
    fixture = new CurationFixture(dataSource);
  }

  @AfterEach
  void cleanUp() {
    fixture.cleanUp();
  }

  @Test
  void aNodeSubscriptionGetsEachCommittedChangeInOrderWithItsVersionAndState() throws Exception {
    String person = fixture.person("Live Person");
    try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
      socket.subscribe("1", GraphQL.text("live/node-changed"), Map.of("id", person));
      awaitSubscriptions(1);
      for (int version = 0; version < 3; version++) {
        update(person, version, "Live Person " + (version + 1));
      }
      for (int version = 1; version <= 3; version++) {
        JsonObject event = socket.nextData("1").getJsonObject("nodeChanged");
        assertThat(event.getString("change")).isEqualTo("UPDATED");
        assertThat(event.getString("id")).isEqualTo(person);
        assertThat(event.getInteger("version")).isEqualTo(version);
        JsonObject node = event.getJsonObject("node");
        assertThat(node.getString("id")).isEqualTo(person);
        // Read after the commit: at least this version's state (a later one may already show).
        assertThat(node.getInteger("version")).isGreaterThanOrEqualTo(version);
        assertThat(node.getJsonArray("citations")).isNotEmpty();
      }
    }
  }

  @Test
  void aRolledBackChangeIsNeverAnnounced() throws Exception {
    String person = fixture.person("Rolled Back");
    long key = GlobalId.decode(person).key();
    try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
      socket.subscribe("1", GraphQL.text("live/node-changed"), Map.of("id", person));
      awaitSubscriptions(1);
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
          statement.executeUpdate(
              "update person set name = 'Never Committed', version = 7 where id = " + key);
        }
        connection.rollback();
      }
      update(person, 0, "Committed");

      JsonObject event = socket.nextData("1").getJsonObject("nodeChanged");
      assertThat(event.getInteger("version")).isEqualTo(1);
      assertThat(event.getJsonObject("node").getString("name")).isEqualTo("Committed");
      assertThat(socket.messages.poll(1, TimeUnit.SECONDS)).isNull();
    }
  }

  @Test
  void factFiltersDeliverOnlyWhatTheyName() throws Exception {
    String first = fixture.anySourceId();
    String other =
        GlobalId.encode(
            "Source", fixture.longs("select id from source order by id offset 1 limit 1").get(0));
    try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
      socket.subscribe(
          "people",
          GraphQL.text("live/facts-changed"),
          Map.of("filter", Map.of("kinds", List.of("PERSON"))));
      socket.subscribe(
          "other",
          GraphQL.text("live/facts-changed"),
          Map.of("filter", Map.of("kinds", List.of("PERSON"), "source", other)));
      socket.subscribe(
          "places",
          GraphQL.text("live/facts-changed"),
          Map.of("filter", Map.of("kinds", List.of("LOCATION"))));
      awaitSubscriptions(3);

      String person = fixture.person("Filtered Person"); // cites the first source
      String second =
          CurationFixture.created(
              "person-create",
              "personCreate.person.id",
              Map.of(
                  "name",
                  "Other Source Person",
                  "citation",
                  Map.of("source", other, "excerpt", fixture.excerptOf(other, 0, 30))));

      List<JsonObject> received = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        received.add(socket.next());
      }
      assertThat(received).allMatch(m -> m.getString("type").equals("next"));
      assertThat(received.stream().filter(m -> m.getString("id").equals("people")))
          .extracting(
              m ->
                  m.getJsonObject("payload")
                      .getJsonObject("data")
                      .getJsonObject("factsChanged")
                      .getString("id"))
          .containsExactly(person, second);
      assertThat(received.stream().filter(m -> m.getString("id").equals("other")))
          .extracting(
              m -> m.getJsonObject("payload").getJsonObject("data").getJsonObject("factsChanged"))
          .singleElement()
          .satisfies(
              change -> {
                assertThat(change.getString("id")).isEqualTo(second);
                assertThat(change.getString("change")).isEqualTo("CREATED");
                assertThat(change.getString("kind")).isEqualTo("PERSON");
                assertThat(change.getJsonObject("fact").getString("name"))
                    .isEqualTo("Other Source Person");
              });
      assertThat(first).isNotEqualTo(other);
      assertThat(socket.messages.poll(1, TimeUnit.SECONDS)).isNull();
    }
  }

  @Test
  void limitsAndBadArgumentsAreRefusedWithStableCodesAndTheSocketServesOn() throws Exception {
    String person = fixture.person("Limited");
    try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
      socket.subscribe("bad", GraphQL.text("live/node-changed"), Map.of("id", "not-an-id"));
      assertThat(errorCode(socket.next(), "bad")).isEqualTo("BAD_USER_INPUT");

      socket.subscribe("deep", GraphQL.text("live/too-deep"), Map.of("id", person));
      JsonObject deep = socket.next();
      assertThat(errorCode(deep, "deep")).isEqualTo("QUERY_LIMIT_EXCEEDED");

      for (int i = 0; i < 5; i++) {
        socket.subscribe("s" + i, GraphQL.text("live/node-changed"), Map.of("id", person));
      }
      awaitSubscriptions(5);
      socket.subscribe("s5", GraphQL.text("live/node-changed"), Map.of("id", person));
      JsonObject refused = socket.next();
      assertThat(errorCode(refused, "s5")).isEqualTo("QUERY_LIMIT_EXCEEDED");
      assertThat(
              refused
                  .getJsonArray("payload")
                  .getJsonObject(0)
                  .getJsonObject("extensions")
                  .getString("limit"))
          .isEqualTo("subscriptionsPerConnection");

      socket.complete("s0");
      awaitSubscriptions(4);
      socket.subscribe("s6", GraphQL.text("live/node-changed"), Map.of("id", person));
      awaitSubscriptions(5);
    }
    awaitSubscriptions(0);
  }

  @Test
  void theLegacyGraphqlWsProtocolDeliversChangesToo() throws Exception {
    String person = fixture.person("Legacy Protocol");
    try (GraphQLSocket socket = GraphQLSocket.connect(graphql, "graphql-ws")) {
      socket.send(new JsonObject().put("type", "connection_init").encode());
      assertThat(socket.next().getString("type")).isEqualTo("connection_ack");
      socket.send(
          new JsonObject()
              .put("id", "1")
              .put("type", "start")
              .put(
                  "payload",
                  new JsonObject()
                      .put("query", GraphQL.text("live/node-changed"))
                      .put("variables", new JsonObject().put("id", person)))
              .encode());
      awaitSubscriptions(1);
      update(person, 0, "Legacy Renamed");

      JsonObject message = socket.next();
      assertThat(message.getString("type")).isEqualTo("data");
      JsonObject event =
          message.getJsonObject("payload").getJsonObject("data").getJsonObject("nodeChanged");
      assertThat(event.getInteger("version")).isEqualTo(1);
      assertThat(event.getJsonObject("node").getString("name")).isEqualTo("Legacy Renamed");
    }
  }

  @Test
  void aClientPingIsAnsweredWithPong() throws Exception {
    try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
      socket.send(new JsonObject().put("type", "ping").encode());
      assertThat(socket.next().getString("type")).isEqualTo("pong");
    }
  }

  @Test
  void aSocketThatDoesNotInitialiseInTimeIsClosedWith4408() throws Exception {
    try (GraphQLSocket socket = GraphQLSocket.connect(graphql)) {
      assertThat(socket.closeCode.get(15, TimeUnit.SECONDS)).isEqualTo(4408);
    }
  }

  @Test
  void afterTheListenerLostItsConnectionSubscribersAreToldTheyMayHaveMissedChanges()
      throws Exception {
    String person = fixture.person("Missed");
    try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
      socket.subscribe("1", GraphQL.text("live/node-changed"), Map.of("id", person));
      awaitSubscriptions(1);
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute(
            "select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                + ChangeListener.APPLICATION_NAME
                + "'");
      }
      JsonObject missed = socket.nextData("1").getJsonObject("nodeChanged");
      assertThat(missed.getString("change")).isEqualTo("MISSED_CHANGES");
      assertThat(missed.getValue("node")).isNull();

      update(person, 0, "Heard Again");
      JsonObject event = socket.nextData("1").getJsonObject("nodeChanged");
      assertThat(event.getString("change")).isEqualTo("UPDATED");
      assertThat(event.getInteger("version")).isEqualTo(1);
    }
  }

  @Test
  void aSlowConsumerIsDisconnectedWithACloseCodeInsteadOfBufferedWithoutBound() throws Exception {
    long source = fixture.longs("select id from source order by length(text) desc limit 1").get(0);
    String id = GlobalId.encode("Source", source);
    try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
      socket.subscribe("1", GraphQL.text("live/source-text-changed"), Map.of("id", id));
      awaitSubscriptions(1);
      socket.stopReading();
      // Each change makes an event carrying the whole article: the client reads none of them.
      int changes = 0;
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (feed.size() > 0 && System.nanoTime() < deadline && changes < 5000) {
          statement.executeUpdate("update source set version = version + 1 where id = " + source);
          changes++;
          if (changes % 100 == 0) {
            Thread.sleep(100);
          }
        }
        statement.executeUpdate("update source set version = 0 where id = " + source);
      }
      socket.resumeReading();
      assertThat(socket.closeCode.get(30, TimeUnit.SECONDS)).isEqualTo(ChangeFeed.SLOW_CONSUMER);
      System.out.printf("Slow consumer closed after %d changes%n", changes);
    }
    awaitSubscriptions(0);
  }

  private void update(String person, int version, String name) {
    var data =
        GraphQL.document("curation/person-update")
            .asCurator()
            .variable("input", Map.of("person", person, "version", version, "name", name))
            .data();
    assertThat(data.getList("personUpdate.userErrors")).isEmpty();
  }

  private static String errorCode(JsonObject message, String id) {
    assertThat(message.getString("type")).as(message.encode()).isEqualTo("error");
    assertThat(message.getString("id")).isEqualTo(id);
    return message
        .getJsonArray("payload")
        .getJsonObject(0)
        .getJsonObject("extensions")
        .getString("code");
  }

  private void awaitSubscriptions(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (feed.size() != count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(feed.size()).as("subscriptions held").isEqualTo(count);
  }
}
