package io.summitgraph.common.graphql;

import io.summitgraph.common.errors.BadUserInputException;
import io.summitgraph.common.ids.GlobalId;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class NodesGraphQLApi {

  static final int MAX_IDS = 100;

  @Inject NodeRegistry registry;

  /**
   * The IDs a {@code node} or {@code nodes} field is given, decoded: bad input (too many, a
   * malformed one) is the field's error. The compiled read path reads them here too.
   */
  public static List<GlobalId> decode(List<String> ids) {
    if (ids.size() > MAX_IDS) {
      throw new BadUserInputException("At most " + MAX_IDS + " IDs per request, got " + ids.size());
    }
    return ids.stream().map(GlobalId::decode).toList();
  }

  @Query
  @Description(
      "Fetches any object by its global ID. Null when no such object exists, also for a well-formed ID of another"
          + " type; a malformed ID is an error (BAD_USER_INPUT).")
  public Node node(@NonNull @Id @Description("A global ID, as read from an id field.") String id) {
    return nodes(List.of(id)).get(0);
  }

  @Query
  @NonNull
  @Description(
      "Fetches objects by global ID, in the order asked (at most 100). Null in place of each ID that names no"
          + " object; one query per type, whatever the number of IDs.")
  public List<Node> nodes(
      @NonNull @Description("Global IDs, as read from id fields.") List<@NonNull String> ids) {
    List<GlobalId> decoded = decode(ids);
    Map<String, Map<Long, ? extends Node>> loaded = new HashMap<>();
    decoded.stream()
        .collect(
            Collectors.groupingBy(
                GlobalId::type, Collectors.mapping(GlobalId::key, Collectors.toSet())))
        .forEach((type, keys) -> loaded.put(type, registry.load(type, keys)));
    List<Node> nodes = new ArrayList<>(ids.size());
    for (GlobalId id : decoded) {
      nodes.add(loaded.get(id.type()).get(id.key()));
    }
    return nodes;
  }
}
