package io.summitgraph.events;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EventRemoveParticipantInput")
@Description("A participant to remove from an event, with the participation's citations.")
public record EventRemoveParticipantInput(
    @NonNull @Id @Description("The event (an Event ID).") String event,
    @NonNull @Id @Description("The person to remove (a Person ID); must be a participant.")
        String person) {}
