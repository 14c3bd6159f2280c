package io.summitgraph.organizations;

import io.smallrye.graphql.api.Nullable;
import io.summitgraph.facts.CitationInput;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OrganizationCreateInput")
@Description("An organization to record, with the citation that names it.")
public record OrganizationCreateInput(
    @NonNull @Description("Name as most commonly written.") String name,
    @Description("Other names and abbreviations the sources use.") @Nullable
        List<@NonNull String> aliases,
    @NonNull @Description("What kind of organization it is.") OrganizationKind kind,
    @Description("What the organization is, in a sentence.") String description,
    @Id @Description("The country it belongs to (a Country ID).") String country,
    @NonNull @Description("The source and excerpt that name the organization.")
        CitationInput citation) {}
