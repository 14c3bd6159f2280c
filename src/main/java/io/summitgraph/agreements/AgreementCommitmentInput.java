package io.summitgraph.agreements;

import io.smallrye.graphql.api.Nullable;
import io.summitgraph.facts.CitationInput;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AgreementCommitmentInput")
@Description("A commitment of an agreement being recorded, with its own citation.")
public record AgreementCommitmentInput(
    @NonNull @Description("What is promised, in a sentence.") String description,
    @NonNull @Description("A promise of one party, a joint commitment or an offer.")
        CommitmentKind kind,
    @NonNull @Description("Where the commitment stands.") CommitmentStatus status,
    @Description("The condition attached to it, in the source's words.") String condition,
    @Id @Description("Who announced it (a Person ID).") String announcedBy,
    @Id @Description("Who is bound, in order: Person, Country or Organization IDs.") @Nullable
        List<@NonNull String> parties,
    @Id @Description("Places the commitment is about (Location IDs).") @Nullable
        List<@NonNull String> locations,
    @NonNull @Description("The source and excerpt that state the commitment.")
        CitationInput citation) {}
