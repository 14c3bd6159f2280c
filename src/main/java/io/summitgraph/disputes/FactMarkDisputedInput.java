package io.summitgraph.disputes;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FactMarkDisputedInput")
@Description(
    "A property of a fact on which its sources disagree, with each competing value and the citation (of"
        + " that fact) that states it. Both sides are kept.")
public record FactMarkDisputedInput(
    @NonNull @Id @Description("The fact (the ID of any fact).") String fact,
    @NonNull @Description("What is disputed, e.g. outcome or date; one open dispute per property.")
        String property,
    @NonNull @Description("The disagreement, in a sentence.") String description,
    @NonNull @Description("At least two competing values, each with its citation.")
        List<@NonNull DisputeClaimInput> claims) {}
