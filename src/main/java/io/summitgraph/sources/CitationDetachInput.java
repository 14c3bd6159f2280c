package io.summitgraph.sources;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CitationDetachInput")
@Description(
    "A citation to remove from its fact. The last citation of a fact cannot go (RULE_VIOLATION), nor one"
        + " that a dispute's claim rests on.")
public record CitationDetachInput(
    @NonNull @Id @Description("The citation (a Citation ID).") String citation) {}
