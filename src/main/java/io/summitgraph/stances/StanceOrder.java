package io.summitgraph.stances;

import io.summitgraph.common.graphql.OrderDirection;
import io.summitgraph.common.paging.Sorting;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StanceOrder")
@Description("Order of a list of stances; ties are broken by ID.")
public record StanceOrder(
    @NonNull @DefaultValue("KIND") @Description("What to sort by.") StanceOrderField field,
    @NonNull @DefaultValue("ASC") @Description("Sort direction.") OrderDirection direction) {

  public static final StanceOrder DEFAULT =
      new StanceOrder(StanceOrderField.KIND, OrderDirection.ASC);

  /** This order as the repository takes it. */
  Sorting<StanceOrderField> sorting() {
    return new Sorting<>(field, direction == OrderDirection.DESC);
  }
}
