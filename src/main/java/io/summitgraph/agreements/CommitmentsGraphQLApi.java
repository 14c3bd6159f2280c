package io.summitgraph.agreements;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.graphql.Party;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.people.Person;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Commitments, who is bound by them, who announced them, and the reverse for people. */
@GraphQLApi
public class CommitmentsGraphQLApi {

  @Inject CommitmentService service;
  @Inject Context context;

  @Query
  @NonNull
  @Description("Commitments, in the order they were recorded unless ordered otherwise.")
  public CommitmentConnection commitments(
      @Description("Conditions the commitments must meet.") CommitmentFilter filter,
      @Description("Sort order; recorded order by default.") CommitmentOrder orderBy,
      @Description("Page size from the start or after the cursor (default 20, at most 100).")
          Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description("Page size counted back from the end or from the before cursor (at most 100).")
          Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return new CommitmentConnection(
        service.commitments(
            filter,
            orderBy,
            PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context))));
  }

  @NonNull
  @Description("Who is bound by the commitment: people, countries or organizations, in order.")
  public List<@NonNull List<@NonNull Party>> parties(@Source List<Commitment> commitments) {
    return Batches.resolve(commitments, Commitment::key, service::parties, List.of());
  }

  @Description("Who made the commitment known, e.g. the official who reported a promise.")
  public List<Person> announcedBy(@Source List<Commitment> commitments) {
    return Batches.resolve(commitments, Commitment::announcedByKey, service::people, null);
  }

  @NonNull
  @Description("Commitments binding the person as a party, in recorded order.")
  public List<@NonNull List<@NonNull Commitment>> commitments(@Source List<Person> people) {
    return Batches.resolve(people, Person::key, service::bindingPeople, List.of());
  }

  @NonNull
  @Description("Commitments the person made known (whoever is bound by them), in recorded order.")
  public List<@NonNull List<@NonNull Commitment>> announcedCommitments(
      @Source List<Person> people) {
    return Batches.resolve(people, Person::key, service::announcedBy, List.of());
  }
}
