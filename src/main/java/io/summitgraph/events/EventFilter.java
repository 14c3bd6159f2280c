package io.summitgraph.events;

import io.smallrye.graphql.api.Nullable;
import io.summitgraph.facts.FactBasis;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EventFilter")
@Description("Conditions an event must meet; all given conditions apply.")
public record EventFilter(
    // @Nullable: SmallRye otherwise reads the element's @NonNull as the list's
    // (smallrye-graphql#753).
    @Nullable
        @Description(
            "Kinds of event; an event of any of them matches. An empty list matches nothing.")
        List<@NonNull EventKind> kinds,
    @Description("Whether the event has happened.") EventStatus status,
    @Description(
            "First day of a date range (inclusive). An event matches when the interval its date allows overlaps"
                + " the range: an event dated February 2019 matches a range containing 2019-02-10. Undated events"
                + " never match a range.")
        LocalDate from,
    @Description("Last day of a date range (inclusive); see from.") LocalDate to,
    @Id
        @Description(
            "A location: events held there or at a place inside it (a farm inside a county matches the county).")
        String location,
    @Id @Description("A country: events in that country, or held at a location in that country.")
        String country,
    @Id @Description("A person: events the person took part in.") String participant,
    @Description(
            "Words of the name, in any order: each word must be part of the name (case, accents,"
                + " hyphens and spacing are ignored) or share its stem with a word of it, as in"
                + " search; \"Pompeo follow-up visit\" finds \"Pompeo's follow-up visit to North"
                + " Korea\".")
        String name,
    @Description(
            "Only events the sources state (STATED), or those with inferred values (PARTLY_INFERRED)"
                + " or inferred as a whole (INFERRED).")
        FactBasis basis) {}
