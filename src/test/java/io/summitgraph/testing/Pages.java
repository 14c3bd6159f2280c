package io.summitgraph.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Walks a connection page by page, the way a client does: forward with {@code first/after} until
 * {@code hasNextPage} is false, or backward with {@code last/before} until {@code hasPreviousPage}
 * is false. Each step hands the cursor (null for the first page) to a function that runs the
 * document and returns its data; the pages come back in reading order, so a test can still check
 * each one, and {@link #nodes} gathers what they list.
 */
public final class Pages {

  /** More pages than any walk in the tests needs: a cursor that never ends fails instead. */
  private static final int MAX_PAGES = 1_000;

  private Pages() {}

  /**
   * Every page of the connection at {@code connection} (a path in the data, e.g. {@code "people"},
   * or "" when the data's root path is the connection), first to last; {@code page} gets the {@code
   * after} cursor.
   */
  public static List<JsonPath> forward(String connection, Function<String, JsonPath> page) {
    return walk(connection, page, "hasNextPage", "endCursor");
  }

  /**
   * Every page of the connection walked backward from its end; {@code page} gets the {@code before}
   * cursor. The pages come back in reading order (the first of the connection first).
   */
  public static List<JsonPath> backward(String connection, Function<String, JsonPath> page) {
    List<JsonPath> pages = walk(connection, page, "hasPreviousPage", "startCursor");
    Collections.reverse(pages);
    return pages;
  }

  /** What the pages list at {@code path} (e.g. {@code "people.edges.node.name"}), in order. */
  public static <T> List<T> nodes(List<JsonPath> pages, String path) {
    List<T> nodes = new ArrayList<>();
    for (JsonPath data : pages) {
      nodes.addAll(data.<T>getList(path));
    }
    return nodes;
  }

  /** What the pages list at {@code path}, read as {@code type} (e.g. {@code Float.class}). */
  public static <T> List<T> nodes(List<JsonPath> pages, String path, Class<T> type) {
    List<T> nodes = new ArrayList<>();
    for (JsonPath data : pages) {
      nodes.addAll(data.getList(path, type));
    }
    return nodes;
  }

  private static List<JsonPath> walk(
      String connection, Function<String, JsonPath> page, String hasMore, String nextCursor) {
    List<JsonPath> pages = new ArrayList<>();
    String cursor = null;
    boolean more = true;
    while (more) {
      if (pages.size() == MAX_PAGES) {
        fail("%s still has pages after %d of them", connection, MAX_PAGES);
      }
      JsonPath data = page.apply(cursor);
      pages.add(data);
      String pageInfo = connection.isEmpty() ? "pageInfo." : connection + ".pageInfo.";
      more = data.getBoolean(pageInfo + hasMore);
      cursor = data.getString(pageInfo + nextCursor);
      if (more) {
        assertThat(cursor).as("%s: the cursor to the next page", connection).isNotNull();
      }
    }
    return pages;
  }
}
