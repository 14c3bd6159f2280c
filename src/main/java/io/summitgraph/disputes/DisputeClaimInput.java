package io.summitgraph.disputes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DisputeClaimInput")
@Description("One competing value in a dispute and the citation that states it.")
public record DisputeClaimInput(
    @NonNull @Description("The value this side holds, in brief.") String value,
    @NonNull @Id @Description("A citation of the disputed fact (a Citation ID).")
        String citation) {}
