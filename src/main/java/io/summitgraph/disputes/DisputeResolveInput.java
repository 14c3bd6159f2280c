package io.summitgraph.disputes;

import io.summitgraph.facts.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DisputeResolveInput")
@Description(
    "The settling of an open dispute by a later source: its citation is attached to the fact, and the"
        + " competing claims are kept.")
public record DisputeResolveInput(
    @NonNull @Id @Description("The dispute (a Dispute ID); it must be open.") String dispute,
    @NonNull
        @Description(
            "The version of the dispute the change is based on (refused with CONFLICT if stale).")
        int version,
    @NonNull @Description("The source and excerpt that settle it.") CitationInput citation) {}
