package io.summitgraph.relationships;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("RelationshipFilter")
@Description("Conditions a relationship must meet; all given conditions apply.")
public record RelationshipFilter(
    @Description("What the relationship is like.") RelationshipCharacter character,
    @Id @Description("A person or country among its two parties.") String party) {}
