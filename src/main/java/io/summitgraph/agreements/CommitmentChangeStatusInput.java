package io.summitgraph.agreements;

import io.summitgraph.facts.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CommitmentChangeStatusInput")
@Description(
    "A commitment's new status, with the citation that reports the change: a status is never edited"
        + " without a source.")
public record CommitmentChangeStatusInput(
    @NonNull @Id @Description("The commitment (a Commitment ID).") String commitment,
    @NonNull
        @Description(
            "The version of the commitment the change is based on (refused with CONFLICT if stale).")
        int version,
    @NonNull @Description("The new status; it must differ from the current one.")
        CommitmentStatus status,
    @NonNull @Description("The source and excerpt that report the new status.")
        CitationInput citation) {}
