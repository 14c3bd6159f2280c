package io.summitgraph.quotes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("QuoteFilter")
@Description("Conditions a quote must meet; all given conditions apply.")
public record QuoteFilter(
    @Id @Description("The person who said it.") String speaker,
    @Id @Description("The organization the speaker spoke for.") String organization,
    @Id @Description("A source citing the quote.") String source,
    @Id @Description("The event it was said on.") String occasion,
    @Description(
            "Words the quote contains, taken literally (% and _ are plain characters); case is"
                + " ignored, and curly quotes and apostrophes match straight ones.")
        String text) {}
