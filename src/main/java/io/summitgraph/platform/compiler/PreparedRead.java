package io.summitgraph.platform.compiler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A root connection whose page is chosen in Java, not by a listing: a search's ranking, kept in
 * memory between requests. Compiling reads the arguments only (on the event loop: no I/O); the page
 * is chosen on the worker, just before the field's statement runs, and given to it as arrays of
 * rows (type, key, cursor, edge values) that the statement reads each node of through its type's
 * read model, in the order given.
 */
public final class PreparedRead {

  /** The page the arguments ask for. */
  @FunctionalInterface
  public interface Query {

    /**
     * Reads and checks the arguments (bad input throws, and the resolvers answer), without I/O.
     *
     * @param edgeFields the fields selected on the edges, e.g. whether a snippet is wanted
     * @param countTotal whether {@code totalCount} is selected
     */
    Plan of(Arguments arguments, Set<String> edgeFields, boolean countTotal);
  }

  /**
   * A page not chosen yet.
   *
   * @param count SQL for the total, for when the chosen page does not know it, with its named
   *     parameters in {@code countParameters}
   * @param page chooses the page; runs on the worker thread (it may read the database)
   */
  public record Plan(String count, Map<String, Object> countParameters, Supplier<Page> page) {}

  /**
   * A chosen page, one entry per row in answer order in each array.
   *
   * @param types each row's node's GraphQL type name
   * @param keys each row's node's ID
   * @param edges per edge field described with {@link #edge}, its values, in an array of the Java
   *     type matching its SQL type (e.g. {@code Float[]} for {@code real})
   * @param total the total when known without counting, else null (the statement counts it)
   */
  public record Page(
      String[] types,
      Long[] keys,
      String[] cursors,
      Map<String, Object[]> edges,
      boolean hasNextPage,
      boolean hasPreviousPage,
      Long total) {}

  private final Query query;
  private final Map<String, String> edgeTypes = new LinkedHashMap<>();
  private Set<String> nodeTypes;

  private PreparedRead(Query query) {
    this.query = query;
  }

  /** A connection whose edges' {@code node} is read by the type and key each row gives. */
  public static PreparedRead of(Query query) {
    return new PreparedRead(query);
  }

  /**
   * The GraphQL types the page's nodes can be of: the statement reads those only (by default, every
   * type the field's type allows).
   */
  public PreparedRead nodeTypes(Set<String> types) {
    nodeTypes = Set.copyOf(types);
    return this;
  }

  /** The types the page's nodes can be of, or null for every type the field allows. */
  Set<String> nodeTypes() {
    return nodeTypes;
  }

  /** A field of the edges besides {@code cursor} and {@code node}: an array of {@code sqlType}. */
  public PreparedRead edge(String field, String sqlType) {
    edgeTypes.put(field, sqlType);
    return this;
  }

  /** The edge fields and their SQL types, in the order of their columns. */
  List<Map.Entry<String, String>> edgeTypes() {
    return List.copyOf(edgeTypes.entrySet());
  }

  Plan plan(Arguments arguments, Set<String> edgeFields, boolean countTotal) {
    return query.of(arguments, edgeFields, countTotal);
  }
}
