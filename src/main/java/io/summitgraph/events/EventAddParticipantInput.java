package io.summitgraph.events;

import io.summitgraph.facts.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EventAddParticipantInput")
@Description("A person who took part in an event, in a role, with the citation that says so.")
public record EventAddParticipantInput(
    @NonNull @Id @Description("The event (an Event ID).") String event,
    @NonNull @Id @Description("The person (a Person ID); at most once per event (DUPLICATE).")
        String person,
    @NonNull @Description("The part the person played.") ParticipantRole role,
    @Description("In what capacity, in the source's words, e.g. Secretary of State.")
        String capacity,
    @NonNull @Description("The source and excerpt that say the person took part.")
        CitationInput citation) {}
