package io.summitgraph.events;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EventUpdateInput")
@Description("Changes to an event. Fields left out or null stay as they are.")
public record EventUpdateInput(
    @NonNull @Id @Description("The event to change (an Event ID).") String event,
    @NonNull
        @Description(
            "The version of the event the change is based on (refused with CONFLICT if stale).")
        int version,
    @Description("New name.") String name,
    @Description("New kind.") EventKind kind,
    @Description("New status.") EventStatus status,
    @Description("New description.") String description,
    @Description("New outcome.") String outcome,
    @Description("New start: 2019, 2019-02 or 2018-06-12.") String date,
    @Description("New end, same form; not before the start (RULE_VIOLATION).") String endDate,
    @Description("New note on the date.") String dateNote,
    @Id @Description("New location (a Location ID).") String location,
    @Id @Description("New country (a Country ID).") String country,
    @Description("New number in the summit series.") Integer summitSequence,
    @Id @Description("New event it follows up (an Event ID).") String followUpOf) {}
