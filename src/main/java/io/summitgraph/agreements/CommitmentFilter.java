package io.summitgraph.agreements;

import io.summitgraph.facts.FactBasis;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("CommitmentFilter")
@Description("Conditions a commitment must meet; all given conditions apply.")
public record CommitmentFilter(
    @Description("Where the commitment stands.") CommitmentStatus status,
    @Description("What kind of promise it is.") CommitmentKind kind,
    @Id @Description("A person, country or organization bound by the commitment.") String party,
    @Id
        @Description(
            "A location the commitment is about, or one inside it (a region matches the sites in it).")
        String location,
    @Description(
            "Only commitments the sources state in full (STATED), or those with an inferred value"
                + " such as a status read from what happened (PARTLY_INFERRED), or inferred as a whole"
                + " (INFERRED).")
        FactBasis basis) {}
