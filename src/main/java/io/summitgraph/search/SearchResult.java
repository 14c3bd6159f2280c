package io.summitgraph.search;

import io.summitgraph.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SearchResult")
@Description("A match: the object, how well it matches, and the passage that matched.")
public record SearchResult(
    @NonNull @Description("Pass as after to page from this result.") String cursor,
    @NonNull
        @Description(
            "The matching object: a Person, Organization, Country, Location, Event, Quote or Source.")
        Node node,
    @NonNull @Description("Relevance (PostgreSQL ts_rank_cd); higher is better.") float rank,
    @NonNull
        @Description(
            "The passage that matched, with the matching words wrapped in <mark>…</mark>; fragments are joined by …")
        String snippet) {}
