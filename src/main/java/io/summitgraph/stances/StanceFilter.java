package io.summitgraph.stances;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("StanceFilter")
@Description("Conditions a stance must meet; all given conditions apply.")
public record StanceFilter(
    @Description("What kind of stance it is.") StanceKind kind,
    @Id @Description("A person, country or organization among its holders.") String holder,
    @Id @Description("The event it is about.") String event) {}
