package io.summitgraph.events;

import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.mutations.CuratorChange;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.References;
import io.summitgraph.common.mutations.Texts;
import io.summitgraph.common.mutations.UserErrorCode;
import io.summitgraph.common.mutations.UserErrorsException;
import io.summitgraph.common.mutations.Versions;
import io.summitgraph.common.time.PartialDates;
import io.summitgraph.countries.Country;
import io.summitgraph.facts.CitationWriter;
import io.summitgraph.locations.Location;
import io.summitgraph.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What curators do to events: record and correct them, add and remove participants. */
@ApplicationScoped
public class EventCuration {

  /** An event with a participation added or removed. */
  public record Participated(Event event, Participation participation, String removedId) {}

  @Inject EventRepository events;
  @Inject ParticipationRepository participations;
  @Inject References references;
  @Inject CitationWriter citations;

  @CuratorChange
  public Event create(EventCreateInput input) {
    Problems problems = new Problems();
    EventEntity event = new EventEntity();
    event.name = Texts.required(problems, input.name(), "input", "name");
    event.kind = input.kind();
    event.status = input.status();
    event.description = Texts.optional(input.description());
    event.outcome = Texts.optional(input.outcome());
    event.date = PartialDates.parse(input.date(), problems, "input", "date");
    event.endDate = PartialDates.parse(input.endDate(), problems, "input", "endDate");
    event.dateNote = Texts.optional(input.dateNote());
    event.locationKey =
        references.optionalKey(problems, input.location(), Location.TYPE, "input", "location");
    event.countryKey =
        references.optionalKey(problems, input.country(), Country.TYPE, "input", "country");
    event.summitSequence = input.summitSequence();
    event.followUpOfKey =
        references.optionalKey(problems, input.followUpOf(), Event.TYPE, "input", "followUpOf");
    checkRules(problems, event, input.endDate() != null);
    var citation = citations.check(problems, input.citation(), "input", "citation");
    problems.throwIfAny();
    events.persist(event);
    citations.attach(event.id, citation);
    return Event.from(event);
  }

  @CuratorChange
  public Event update(EventUpdateInput input) {
    Problems problems = new Problems();
    Long key = references.key(problems, input.event(), Event.TYPE, "input", "event");
    problems.throwIfAny();
    EventEntity event = current(key, input.version());
    if (input.name() != null) {
      event.name = Texts.required(problems, input.name(), "input", "name");
    }
    if (input.kind() != null) {
      event.kind = input.kind();
    }
    if (input.status() != null) {
      event.status = input.status();
    }
    if (input.description() != null) {
      event.description = Texts.optional(input.description());
    }
    if (input.outcome() != null) {
      event.outcome = Texts.optional(input.outcome());
    }
    if (input.date() != null) {
      event.date = PartialDates.parse(input.date(), problems, "input", "date");
    }
    if (input.endDate() != null) {
      event.endDate = PartialDates.parse(input.endDate(), problems, "input", "endDate");
    }
    if (input.dateNote() != null) {
      event.dateNote = Texts.optional(input.dateNote());
    }
    if (input.location() != null) {
      event.locationKey =
          references.optionalKey(problems, input.location(), Location.TYPE, "input", "location");
    }
    if (input.country() != null) {
      event.countryKey =
          references.optionalKey(problems, input.country(), Country.TYPE, "input", "country");
    }
    if (input.summitSequence() != null) {
      event.summitSequence = input.summitSequence();
    }
    if (input.followUpOf() != null) {
      event.followUpOfKey =
          references.optionalKey(problems, input.followUpOf(), Event.TYPE, "input", "followUpOf");
      problems.check(
          !key.equals(event.followUpOfKey),
          UserErrorCode.RULE_VIOLATION,
          "An event cannot follow up itself.",
          "input",
          "followUpOf");
    }
    checkRules(problems, event, input.endDate() != null);
    problems.throwIfAny();
    events.flush();
    return Event.from(event);
  }

  @CuratorChange
  public Participated addParticipant(EventAddParticipantInput input) {
    Problems problems = new Problems();
    Long eventKey = references.key(problems, input.event(), Event.TYPE, "input", "event");
    Long personKey = references.key(problems, input.person(), Person.TYPE, "input", "person");
    var citation = citations.check(problems, input.citation(), "input", "citation");
    problems.throwIfAny();
    if (participations.count("eventKey = ?1 and personKey = ?2", eventKey, personKey) > 0) {
      throw UserErrorsException.of(
          UserErrorCode.DUPLICATE,
          "This person already takes part in this event.",
          "input",
          "person");
    }
    ParticipationEntity participation = new ParticipationEntity();
    participation.eventKey = eventKey;
    participation.personKey = personKey;
    participation.role = input.role();
    participation.capacity = Texts.optional(input.capacity());
    participations.persist(participation);
    citations.attach(participation.id, citation);
    return new Participated(
        Event.from(events.findById(eventKey)), Participation.from(participation), null);
  }

  @CuratorChange
  public Participated removeParticipant(EventRemoveParticipantInput input) {
    Problems problems = new Problems();
    Long eventKey = references.key(problems, input.event(), Event.TYPE, "input", "event");
    Long personKey = references.key(problems, input.person(), Person.TYPE, "input", "person");
    problems.throwIfAny();
    ParticipationEntity participation =
        participations.find("eventKey = ?1 and personKey = ?2", eventKey, personKey).firstResult();
    if (participation == null) {
      throw UserErrorsException.of(
          UserErrorCode.NOT_FOUND,
          "This person does not take part in this event.",
          "input",
          "person");
    }
    String removedId = GlobalId.encode(Participation.TYPE, participation.id);
    participations.delete(participation);
    return new Participated(Event.from(events.findById(eventKey)), null, removedId);
  }

  private static void checkRules(Problems problems, EventEntity event, boolean endGiven) {
    if (event.endDate != null && event.date == null) {
      problems.add(UserErrorCode.INVALID, "An event with an end needs a start.", "input", "date");
    }
    if (!PartialDates.endsAfter(event.date, event.endDate)) {
      problems.add(
          UserErrorCode.RULE_VIOLATION,
          "An event cannot end before it starts.",
          "input",
          endGiven ? "endDate" : "date");
    }
    if (event.summitSequence != null) {
      problems.check(
          event.summitSequence > 0,
          UserErrorCode.INVALID,
          "A summit's number in its series starts at 1.",
          "input",
          "summitSequence");
      problems.check(
          event.kind == EventKind.SUMMIT,
          UserErrorCode.RULE_VIOLATION,
          "Only a summit has a number in a summit series.",
          "input",
          "summitSequence");
    }
  }

  private EventEntity current(long key, int version) {
    EventEntity event = events.findById(key);
    Versions.require(event.version, version, "The event", "input", "version");
    return event;
  }
}
