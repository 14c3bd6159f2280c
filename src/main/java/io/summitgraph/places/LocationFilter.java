package io.summitgraph.places;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("LocationFilter")
@Description("Conditions a location must meet; all given conditions apply.")
public record LocationFilter(
    @Description(
            "Part of the name or an alias; case, accents, hyphens and spacing are ignored, so"
                + " \"Punggye-Ri\" finds the Punggye-ri nuclear test site.")
        String name,
    @Description("Only places of this kind.") LocationKind kind,
    @Id @Description("Only places in this country (a Country ID).") String country,
    @Id
        @Description(
            "Only places directly inside this location (a Location ID): its children, not their"
                + " children.")
        String within) {}
