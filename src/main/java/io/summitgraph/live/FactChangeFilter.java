package io.summitgraph.live;

import io.smallrye.graphql.api.Nullable;
import io.summitgraph.facts.FactKind;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FactChangeFilter")
@Description("Which fact changes factsChanged delivers; every condition given must hold.")
public record FactChangeFilter(
    // @Nullable: SmallRye otherwise reads the element's @NonNull as the list's
    // (smallrye-graphql#753).
    @Nullable @Description("Only facts of these kinds (at least one); all kinds when absent.")
        List<@NonNull FactKind> kinds,
    @Id @Description("Only facts citing this source (its global ID).") String source,
    @Id
        @Description(
            "Only facts about this person, organization, country or location (its global ID): the object"
                + " itself, or a fact naming it directly — a participant, speaker, party, holder, issuer or"
                + " target, an event's or commitment's place, a statistic's or a place's country.")
        String about) {}
