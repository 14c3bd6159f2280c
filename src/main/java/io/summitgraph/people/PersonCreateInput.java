package io.summitgraph.people;

import io.smallrye.graphql.api.Nullable;
import io.summitgraph.facts.CitationInput;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PersonCreateInput")
@Description("A person to record, with the citation that names them.")
public record PersonCreateInput(
    @NonNull @Description("Full name as most commonly written.") String name,
    @Description("Other spellings and forms of the name the sources use.") @Nullable
        List<@NonNull String> aliases,
    @Description("Who the person is, in a sentence.") String description,
    @Id @Description("The country the person is a citizen or representative of (a Country ID).")
        String country,
    @Id @Description("Where the person lives (a Location ID).") String residence,
    @NonNull @Description("The source and excerpt that state this person's existence and role.")
        CitationInput citation) {}
