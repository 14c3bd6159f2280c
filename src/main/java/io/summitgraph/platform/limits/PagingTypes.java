package io.summitgraph.platform.limits;

/**
 * The types that only page objects (connections, their edges — search's {@code SearchResult}
 * included — and page info). They are free in the cost, where the objects they page count, and
 * carry no cache hint of their own, taking their items'.
 */
public final class PagingTypes {

  private PagingTypes() {}

  public static boolean isPaging(String typeName) {
    return typeName.endsWith("Connection")
        || typeName.endsWith("Edge")
        || typeName.equals("PageInfo")
        || typeName.equals("SearchResult");
  }
}
