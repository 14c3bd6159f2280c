package io.summitgraph.quotes;

import io.summitgraph.common.graphql.OrderDirection;
import io.summitgraph.common.paging.Sorting;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("QuoteOrder")
@Description("Order of a list of quotes; ties are broken by ID.")
public record QuoteOrder(
    @NonNull @DefaultValue("DATE") @Description("What to sort by.") QuoteOrderField field,
    @NonNull @DefaultValue("ASC") @Description("Sort direction.") OrderDirection direction) {

  public static final QuoteOrder DEFAULT = new QuoteOrder(QuoteOrderField.DATE, OrderDirection.ASC);

  /** This order as the repository takes it. */
  Sorting<QuoteOrderField> sorting() {
    return new Sorting<>(field, direction == OrderDirection.DESC);
  }
}
