package io.summitgraph.quotes;

import io.summitgraph.facts.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("QuoteRecordInput")
@Description(
    "Words someone said, with the citation that quotes them. A quote needs a speaker, a speaker"
        + " description, or both (RULE_VIOLATION otherwise): unnamed speakers stay unnamed.")
public record QuoteRecordInput(
    @NonNull @Description("The words, exactly as quoted.") String text,
    @Id @Description("Who said it (a Person ID), when the source names them.") String speaker,
    @Description("Who said it when the source does not name them, e.g. an insider.")
        String speakerDescription,
    @Id @Description("The organization the speaker spoke for (an Organization ID).")
        String organization,
    @Id @Description("The event it was said at (an Event ID).") String occasion,
    @Description("When it was said: 2019, 2019-02 or 2018-06-12.") String saidOn,
    @NonNull
        @Description(
            "The source and excerpt that report the quote; its reportedVia is the chain of outlets the"
                + " quote came through.")
        CitationInput citation) {}
