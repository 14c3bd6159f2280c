package io.summitgraph.events;

import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.time.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Event")
@Description(
    "Something that happened or is planned: a summit, meeting, visit, announcement, election, rally, trip or statement.")
public record Event(
    @Ignore long key,
    @NonNull @Description("Name, e.g. Singapore summit.") String name,
    @NonNull @Description("What kind of event it is.") EventKind kind,
    @NonNull @Description("Whether it has happened.") EventStatus status,
    @Description("What happened, in a sentence or two.") String description,
    @Description("How it ended, as the sources tell it.") String outcome,
    @Description(
            "When it took or takes place, at the precision the sources give; null when no source dates it.")
        PartialDate date,
    @Description("When it ended, for events spanning days.") PartialDate endDate,
    @Description(
            "How the date was established when the sources state it only in part, e.g. a year inferred from context.")
        String dateNote,
    @Description("For summits: the number of the summit in its series (1 for the first).")
        Integer summitSequence,
    @Ignore Long locationKey,
    @Ignore Long countryKey,
    @Ignore Long followUpOfKey)
    implements Fact {

  public static final String TYPE = "Event";

  /** From an event or an event listed under a parent: both carry the event's columns. */
  static Event from(EventColumns entity) {
    return new Event(
        entity.id,
        entity.name,
        entity.kind,
        entity.status,
        entity.description,
        entity.outcome,
        entity.date,
        entity.endDate,
        entity.dateNote,
        entity.summitSequence,
        entity.locationKey,
        entity.countryKey,
        entity.followUpOfKey);
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
