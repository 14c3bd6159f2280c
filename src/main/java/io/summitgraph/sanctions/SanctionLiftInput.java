package io.summitgraph.sanctions;

import io.summitgraph.facts.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SanctionLiftInput")
@Description(
    "The lifting of an active sanction: when and why (both required, RULE_VIOLATION otherwise).")
public record SanctionLiftInput(
    @NonNull @Id @Description("The sanction (a Sanction ID); it must be ACTIVE.") String sanction,
    @NonNull
        @Description(
            "The version of the sanction the change is based on (refused with CONFLICT if stale).")
        int version,
    @Description("When it was lifted: 2019, 2019-02 or 2018-06-12. Required.") String liftedOn,
    @Description("Why it was lifted. Required.") String reason,
    @Description("The source and excerpt that report the lifting, attached to the sanction.")
        CitationInput citation) {}
