package io.summitgraph.facts;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether the sources state a fact, or an editor inferred it or some of its values.")
public enum FactBasis {
  @Description("The citations state the fact and every value of it: nothing is inferred.")
  STATED,
  @Description(
      "The citations state the fact, but some of its values are inferred (a place kind, a year, a"
          + " role); its inferences name them.")
  PARTLY_INFERRED,
  @Description(
      "The fact as a whole is inferred (e.g. that two mentions are one thing); its citations are"
          + " what the inference rests on.")
  INFERRED;

  /**
   * The SQL condition that a fact whose id is the column {@code idColumn} has this basis, for
   * listings' filters. The same rule as {@link #of}.
   */
  public String condition(String idColumn) {
    return switch (this) {
      case STATED -> "not exists (select 1 from inference i where i.fact_id = " + idColumn + ")";
      case PARTLY_INFERRED ->
          "exists (select 1 from inference i where i.fact_id = "
              + idColumn
              + ") and not exists (select 1 from inference i where i.fact_id = "
              + idColumn
              + " and i.field is null)";
      case INFERRED ->
          "exists (select 1 from inference i where i.fact_id = "
              + idColumn
              + " and i.field is null)";
    };
  }
}
