package io.summitgraph.platform.compiler;

import io.summitgraph.common.paging.PageQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A connection field the compiled read path serves: which rows page it (a feature's listing, the
 * same its repository pages) and what its edges and nodes are.
 */
public final class PagedRead {

  /** The page the arguments ask for. */
  @FunctionalInterface
  public interface Query {

    /**
     * @param parentId SQL for the ID of the parent row the connection hangs under; null for a root
     *     field
     */
    PageQuery of(Arguments arguments, String parentId);
  }

  private final String nodeType;
  private final Query query;
  private final Map<String, FieldRead> edgeFields = new LinkedHashMap<>();
  private String nodeKey;

  private PagedRead(String nodeType, Query query) {
    this.nodeType = nodeType;
    this.query = query;
  }

  /** A connection of {@code nodeType} whose rows are its nodes. */
  public static PagedRead of(String nodeType, Query query) {
    return new PagedRead(nodeType, query);
  }

  /**
   * The rows are not the nodes but hold their IDs (a participation holds its person's): {@code
   * keyColumn} is where.
   */
  public PagedRead nodeAt(String keyColumn) {
    nodeKey = FieldRead.ROW + "." + keyColumn;
    return this;
  }

  /** A field of the edges besides {@code cursor} and {@code node}, read from the row. */
  public PagedRead edgeColumn(String field, String column) {
    return edge(field, new FieldRead.Value(FieldRead.ROW + "." + column));
  }

  /**
   * A field of the edges besides {@code cursor} and {@code node}, read from the row: e.g. the
   * participation a participant's edge carries, a {@link FieldRead.ToOne} by the row's key.
   */
  public PagedRead edge(String field, FieldRead read) {
    edgeFields.put(field, read);
    return this;
  }

  String nodeType() {
    return nodeType;
  }

  /** Where the row holds its node's ID, or null when each row is its node. */
  String nodeKey() {
    return nodeKey;
  }

  Map<String, FieldRead> edgeFields() {
    return edgeFields;
  }

  PageQuery query(Arguments arguments, String parentId) {
    return query.of(arguments, parentId);
  }
}
