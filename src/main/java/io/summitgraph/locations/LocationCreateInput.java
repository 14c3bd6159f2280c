package io.summitgraph.locations;

import io.smallrye.graphql.api.Nullable;
import io.summitgraph.facts.CitationInput;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("LocationCreateInput")
@Description("A place to record, with the citation that names it.")
public record LocationCreateInput(
    @NonNull @Description("Name as most commonly written.") String name,
    @Description("Other spellings the sources use.") @Nullable List<@NonNull String> aliases,
    @NonNull @Description("What kind of place it is.") LocationKind kind,
    @Description("What the place is, in a sentence.") String description,
    @Id @Description("The country it lies in (a Country ID).") String country,
    @Id @Description("The location it lies within (a Location ID).") String parent,
    @Description("Degrees north (-90 to 90); give both coordinates or neither.") Double latitude,
    @Description("Degrees east (-180 to 180); give both coordinates or neither.") Double longitude,
    @NonNull @Description("The source and excerpt that name the place.") CitationInput citation) {}
