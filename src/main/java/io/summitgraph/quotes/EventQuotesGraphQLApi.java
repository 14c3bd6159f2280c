package io.summitgraph.quotes;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.events.Event;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class EventQuotesGraphQLApi {

  @Inject QuoteService service;
  @Inject Context context;

  @NonNull
  @Description(
      "What was said at or about this event, by date said (undated last): with its disputes, who"
          + " says what about it.")
  public List<@NonNull QuoteConnection> quotes(
      @Source List<Event> events,
      @Description(PagingArguments.FIRST) Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return Batches.connections(
        events,
        Event::key,
        PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context)),
        service::saidOn,
        QuoteConnection::new);
  }
}
