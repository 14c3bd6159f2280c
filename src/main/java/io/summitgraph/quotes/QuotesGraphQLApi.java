package io.summitgraph.quotes;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.events.Event;
import io.summitgraph.events.EventService;
import io.summitgraph.organizations.Organization;
import io.summitgraph.organizations.OrganizationService;
import io.summitgraph.people.Person;
import io.summitgraph.people.PersonService;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class QuotesGraphQLApi {

  @Inject QuoteService service;
  @Inject PersonService people;
  @Inject OrganizationService organizations;
  @Inject EventService events;
  @Inject Context context;

  @Query
  @NonNull
  @Description("Quotes, in the order they were said (undated last) unless ordered otherwise.")
  public QuoteConnection quotes(
      @Description("Conditions the quotes must meet.") QuoteFilter filter,
      @Description("Sort order; by date said by default.") QuoteOrder orderBy,
      @Description("Page size from the start or after the cursor (default 20, at most 100).")
          Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description("Page size counted back from the end or from the before cursor (at most 100).")
          Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return new QuoteConnection(
        service.quotes(
            filter,
            orderBy,
            PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context))));
  }

  @Description("The person who said it; null when the sources do not name the speaker.")
  public List<Person> speaker(@Source List<Quote> quotes) {
    return Batches.resolve(quotes, Quote::speakerKey, people::byKeys, null);
  }

  @Description("The organization the speaker spoke for, if the sources say.")
  public List<Organization> organization(@Source List<Quote> quotes) {
    return Batches.resolve(quotes, Quote::organizationKey, organizations::byKeys, null);
  }

  @Description(
      "The event it was said at or about, if the sources say: Pompeo's \"productive\" is about his"
          + " visit.")
  public List<Event> occasion(@Source List<Quote> quotes) {
    return Batches.resolve(quotes, Quote::occasionKey, events::byKeys, null);
  }

  @NonNull
  @Description(
      "The outlets the quote reached its source through, in order: \"according to KCNA via the"
          + " Independent\" gives [KCNA, The Independent]. Each citation of a quote may name its"
          + " own chain; this is the chain of the quote's first citation (the lowest citation ID)"
          + " that names one. Empty when no citation names a chain.")
  public List<@NonNull List<@NonNull Organization>> reportedVia(@Source List<Quote> quotes) {
    return Batches.resolve(quotes, Quote::key, service::reportedVia, List.of());
  }
}
