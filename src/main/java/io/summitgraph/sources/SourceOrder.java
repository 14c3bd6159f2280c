package io.summitgraph.sources;

import io.summitgraph.common.graphql.OrderDirection;
import io.summitgraph.common.paging.Sorting;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceOrder")
@Description("Order of a list of sources; ties are broken by ID.")
public record SourceOrder(
    @NonNull @DefaultValue("TITLE") @Description("What to sort by.") SourceOrderField field,
    @NonNull @DefaultValue("ASC") @Description("Sort direction.") OrderDirection direction) {

  public static final SourceOrder DEFAULT =
      new SourceOrder(SourceOrderField.TITLE, OrderDirection.ASC);

  /** This order as the repository takes it. */
  Sorting<SourceOrderField> sorting() {
    return new Sorting<>(field, direction == OrderDirection.DESC);
  }
}
