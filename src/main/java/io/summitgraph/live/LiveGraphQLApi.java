package io.summitgraph.live;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.summitgraph.platform.http.GraphQLSockets;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Subscriptions: committed changes, over the GraphQL WebSocket (README, "Subscriptions"). Each
 * delegates to the {@link ChangeFeed}, naming the socket it runs on.
 */
@GraphQLApi
public class LiveGraphQLApi {

  @Inject ChangeFeed feed;
  @Inject Context context;

  @Subscription
  @NonNull
  @Description(
      "Every committed change to one object (any Node: a fact, a source, a dispute), with its new state"
          + " and version, in commit order. A malformed ID is refused (BAD_USER_INPUT); a well-formed one that"
          + " names nothing completes the subscription at once.")
  public Multi<NodeChange> nodeChanged(
      @NonNull @Id @Description("The object's global ID, as read from an id field.") String id) {
    return feed.nodeChanged(socket(), id);
  }

  @Subscription
  @NonNull
  @Description(
      "Facts created, changed or removed, of the kinds asked for, optionally only those citing a source or"
          + " about a person, organization, country or location; in commit order.")
  public Multi<FactChange> factsChanged(
      @Description("Which changes to deliver; every fact change when absent.")
          FactChangeFilter filter) {
    return feed.factsChanged(socket(), filter);
  }

  @Subscription
  @NonNull
  @Description(
      "Sources as they are ingested (sourceIngest) or imported, each with its linked mentions.")
  public Multi<SourceIngestion> sourceIngested() {
    return feed.sourceIngested(socket());
  }

  @Subscription
  @NonNull
  @Description("Disputes as they are opened, changed and resolved, in commit order.")
  public Multi<DisputeChange> disputesChanged() {
    return feed.disputesChanged(socket());
  }

  /** The id of the WebSocket this operation runs on (see GraphQLSockets). */
  @SuppressWarnings("unchecked")
  private String socket() {
    Object headers =
        context.unwrap(DataFetchingEnvironment.class).getGraphQlContext().get("httpHeaders");
    if (headers instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> header : map.entrySet()) {
        if (GraphQLSockets.SOCKET_HEADER.equalsIgnoreCase(String.valueOf(header.getKey()))) {
          Object value = header.getValue();
          if (value instanceof List<?> list && !list.isEmpty()) {
            return String.valueOf(list.get(0));
          }
          return value == null ? null : String.valueOf(value);
        }
      }
    }
    return null;
  }
}
