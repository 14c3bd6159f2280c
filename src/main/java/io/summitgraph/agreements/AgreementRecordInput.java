package io.summitgraph.agreements;

import io.smallrye.graphql.api.Nullable;
import io.summitgraph.facts.CitationInput;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AgreementRecordInput")
@Description("A document agreed at an event, with its commitments, each cited.")
public record AgreementRecordInput(
    @NonNull @Description("The agreement's title, e.g. Joint Statement.") String title,
    @Description("What the agreement is, in a sentence.") String description,
    @Id @Description("The event it was agreed at (an Event ID).") String event,
    @Description("When it was signed: 2019, 2019-02 or 2018-06-12.") String signedOn,
    @NonNull @Description("The source and excerpt that report the agreement.")
        CitationInput citation,
    @Description("What the agreement commits its parties to, in the order of its text.") @Nullable
        List<@NonNull AgreementCommitmentInput> commitments) {}
