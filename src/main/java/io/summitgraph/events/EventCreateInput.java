package io.summitgraph.events;

import io.summitgraph.facts.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EventCreateInput")
@Description("An event to record, with the citation that reports it.")
public record EventCreateInput(
    @NonNull @Description("What the event is called.") String name,
    @NonNull @Description("What kind of event it is.") EventKind kind,
    @NonNull @Description("Whether it was held, is planned, cancelled or postponed.")
        EventStatus status,
    @Description("What happened, in a sentence or two.") String description,
    @Description("What came of it.") String outcome,
    @Description(
            "When it started, at the precision the source states: 2019, 2019-02 or 2018-06-12.")
        String date,
    @Description("When it ended, same form; not before the start (RULE_VIOLATION).") String endDate,
    @Description("What the source says about the date when it is vague or disputed.")
        String dateNote,
    @Id @Description("Where it was held (a Location ID).") String location,
    @Id @Description("The country it was held in, when no location is known (a Country ID).")
        String country,
    @Description("For a summit: its number in the series (1 for the first).")
        Integer summitSequence,
    @Id @Description("The event it followed up (an Event ID).") String followUpOf,
    @NonNull @Description("The source and excerpt that report the event.")
        CitationInput citation) {}
