package io.summitgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.CurationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventMutationsTest extends CurationTest {

  @Test
  void createsAnEventAtTheStatedPrecision() {
    JsonPath data =
        mutate(
            "event-create",
            Map.of(
                "name",
                "Test talks",
                "kind",
                "TALKS",
                "status",
                "HELD",
                "date",
                "2019-02",
                "endDate",
                "2019-02-28",
                "citation",
                fixture.citation(0)));
    assertThat(data.getList("eventCreate.userErrors")).isEmpty();
    assertThat(data.getString("eventCreate.event.date.iso")).isEqualTo("2019-02");
    assertThat(data.getString("eventCreate.event.date.precision")).isEqualTo("MONTH");
    assertThat(data.getString("eventCreate.event.endDate.iso")).isEqualTo("2019-02-28");
    assertThat(data.getString("eventCreate.event.audit.createdBy")).isEqualTo("test-curator");
  }

  @Test
  void anEndBeforeTheStartIsRefusedAndNothingIsWritten() {
    long before = fixture.count("select count(*) from event");
    JsonPath data =
        mutate(
            "event-create",
            Map.of(
                "name",
                "Backwards",
                "kind",
                "TALKS",
                "status",
                "HELD",
                "date",
                "2019-02-10",
                "endDate",
                "2019-02-01",
                "citation",
                fixture.citation(0)));
    assertThat(data.getList("eventCreate.userErrors.code")).containsExactly("RULE_VIOLATION");
    assertThat(data.getList("eventCreate.userErrors[0].field"))
        .isEqualTo(List.of("input", "endDate"));
    assertThat(fixture.count("select count(*) from event")).isEqualTo(before);

    String id = fixture.event("Forwards");
    JsonPath update = mutate("event-update", Map.of("event", id, "version", 0, "endDate", "2018"));
    assertThat(update.getList("eventUpdate.userErrors.code")).containsExactly("RULE_VIOLATION");
    assertThat(node(id).getInt("node.version")).isZero();
  }

  @Test
  void unreadableDateIsInvalid() {
    JsonPath data =
        mutate(
            "event-create",
            Map.of(
                "name",
                "Vague",
                "kind",
                "TALKS",
                "status",
                "HELD",
                "date",
                "spring 2019",
                "citation",
                fixture.citation(0)));
    assertThat(data.getList("eventCreate.userErrors.code")).containsExactly("INVALID");
  }

  @Test
  void updateChangesAndStampsTheEvent() {
    String id = fixture.event("Update talks");
    JsonPath data =
        mutate(
            "event-update",
            Map.of("event", id, "version", 0, "status", "CANCELLED", "outcome", "None"));
    assertThat(data.getList("eventUpdate.userErrors")).isEmpty();
    assertThat(data.getString("eventUpdate.event.status")).isEqualTo("CANCELLED");
    assertThat(data.getInt("eventUpdate.event.version")).isEqualTo(1);
  }

  @Test
  void participantsAreAddedOnceAndRemoved() {
    String event = fixture.event("Participation talks");
    String person = fixture.person("Petra Participant");
    Map<String, Object> input =
        Map.of(
            "event",
            event,
            "person",
            person,
            "role",
            "DELEGATE",
            "capacity",
            "Envoy",
            "citation",
            fixture.citation(20));

    JsonPath added = mutate("event-add-participant", input);
    assertThat(added.getList("eventAddParticipant.userErrors")).isEmpty();
    assertThat(added.getList("eventAddParticipant.event.participants.edges.node.id"))
        .containsExactly(person);
    assertThat(added.getString("eventAddParticipant.participation.capacity")).isEqualTo("Envoy");
    assertThat(added.getList("eventAddParticipant.participation.citations")).hasSize(1);

    JsonPath twice = mutate("event-add-participant", input);
    assertThat(twice.getList("eventAddParticipant.userErrors.code")).containsExactly("DUPLICATE");
    assertThat(
            fixture.count(
                "select count(*) from participation where id > 0 and person_id = "
                    + io.summitgraph.common.ids.GlobalId.decode(person).key()))
        .isEqualTo(1);

    JsonPath removed = mutate("event-remove-participant", Map.of("event", event, "person", person));
    assertThat(removed.getList("eventRemoveParticipant.userErrors")).isEmpty();
    assertThat(removed.getString("eventRemoveParticipant.removedParticipationId"))
        .isEqualTo(added.getString("eventAddParticipant.participation.id"));
    assertThat(removed.getInt("eventRemoveParticipant.event.participants.totalCount")).isZero();

    JsonPath again = mutate("event-remove-participant", Map.of("event", event, "person", person));
    assertThat(again.getList("eventRemoveParticipant.userErrors.code"))
        .containsExactly("NOT_FOUND");
  }
}
