package io.summitgraph.platform.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits every GraphQL request must stay within; each is refused cheaply, before anything executes,
 * with the code {@code QUERY_LIMIT_EXCEEDED} and the limit's name in {@code extensions.limit}. The
 * defaults follow graphql-armor's published ones, fitted to this schema (see the README).
 */
@ConfigMapping(prefix = "summitgraph.limits")
public interface QueryLimits {

  /**
   * The production default of {@link #cost()} (the test profile raises it, see
   * application.properties).
   */
  String DEFAULT_COST = "50000";

  /** Error code of every refusal for a limit. */
  String CODE = "QUERY_LIMIT_EXCEEDED";

  /**
   * Deepest field nesting of an operation (a root field is at depth 1). Introspection fields are
   * bounded by the engine's good-faith introspection check instead.
   */
  @WithDefault("10")
  int depth();

  /**
   * Estimated cost: what a request can fetch, in objects (nodes; the connections and edges that
   * page them are free) and long text. Each object counts the product of the list sizes around it:
   * a paged list its {@code first}/{@code last} (or the default page size; at most 100, the largest
   * page), an unpaged list {@link #unpagedListFactor()}. Scalars are free, except the {@link
   * #longTextFields()}, which count {@link #longTextWeight()} each. Fragments on different types
   * under an interface or union are alternatives: the costliest counts.
   */
  @WithDefault(DEFAULT_COST)
  int cost();

  /**
   * Fields ({@code Type.field}) whose text is long enough to weigh in the cost (whole documents).
   */
  @WithDefault("Source.text")
  java.util.List<String> longTextFields();

  /**
   * What one long text field counts as, in objects: one per 256 characters it may hold (40: about
   * 10 KB, a long article).
   */
  @WithDefault("40")
  int longTextWeight();

  /**
   * Characters of long text (values of 512 characters or more) one response may carry; beyond it
   * the operation ends with {@code RESPONSE_TOO_LARGE} instead of building the response.
   */
  @WithDefault("8388608")
  long responseText();

  /** The page size assumed for a paged list asked for without {@code first} or {@code last}. */
  @WithDefault("20")
  int defaultPageSize();

  /** The size assumed for a list without paging arguments (relations of one fact are short). */
  @WithDefault("5")
  int unpagedListFactor();

  /** Field selections of one operation, with its fragments expanded where they are spread. */
  @WithDefault("1000")
  int fields();

  /** Aliased fields in one operation, fragments included. */
  @WithDefault("15")
  int aliases();

  /** Fields selected at the root of one operation. */
  @WithDefault("10")
  int rootFields();

  /** Directives used in one document. */
  @WithDefault("50")
  int directives();

  /** Parser tokens of one document (the parser stops counting and gives up beyond). */
  @WithDefault("2000")
  int tokens();

  /** Characters of the GraphQL document. */
  @WithDefault("20000")
  int documentSize();

  /** Bytes of the request's {@code variables} object, as JSON. */
  @WithDefault("65536")
  int variablesSize();

  /** Bytes of a request body; a larger body is refused with HTTP 413. */
  @WithDefault("262144")
  int bodySize();
}
