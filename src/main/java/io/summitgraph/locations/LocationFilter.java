package io.summitgraph.locations;

import io.summitgraph.facts.FactBasis;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("LocationFilter")
@Description("Conditions a location must meet; all given conditions apply.")
public record LocationFilter(
    @Description(
            "Words of the name or of one alias, in any order; case, accents, hyphens and spacing"
                + " are ignored, so \"Punggye-Ri\" and \"nuclear site Punggye\" find the Punggye-ri"
                + " nuclear site.")
        String name,
    @Description("Only places of this kind.") LocationKind kind,
    @Id @Description("Only places in this country (a Country ID).") String country,
    @Id
        @Description(
            "Only places directly inside this location (a Location ID): its children, not their"
                + " children.")
        String within,
    @Description(
            "Only places the sources state in full (STATED), or those with inferred values such as"
                + " a kind or country from general knowledge (PARTLY_INFERRED), or inferred as a whole"
                + " (INFERRED).")
        FactBasis basis) {}
