package io.summitgraph.relationships;

import io.summitgraph.facts.CitationInput;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RelationshipRecordInput")
@Description("The state of the relationship between two parties, with the citation that states it.")
public record RelationshipRecordInput(
    @NonNull
        @Id
        @Description(
            "The two parties, persons or countries (Person or Country IDs), in the order the source"
                + " names them.")
        List<@NonNull String> parties,
    @NonNull @Description("What the relationship is like.") RelationshipCharacter character,
    @NonNull @Description("The relationship's state, in a sentence.") String description,
    @Description("Since when it held: 2019, 2019-02 or 2018-06-12.") String since,
    @Description("Until when it held, not before since: 2019, 2019-02 or 2018-06-12.") String until,
    @NonNull @Description("The source and excerpt that state the relationship.")
        CitationInput citation) {}
