package io.summitgraph.sources;

import io.summitgraph.facts.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CitationAttachInput")
@Description("Another source's words for a fact that is already recorded.")
public record CitationAttachInput(
    @NonNull @Id @Description("The fact the citation supports (the ID of any fact).") String fact,
    @NonNull @Description("The source and its verbatim excerpt.") CitationInput citation) {}
