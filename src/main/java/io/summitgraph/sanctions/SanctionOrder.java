package io.summitgraph.sanctions;

import io.summitgraph.common.graphql.OrderDirection;
import io.summitgraph.common.paging.Sorting;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SanctionOrder")
@Description("Order of a list of sanctions; ties are broken by ID.")
public record SanctionOrder(
    @NonNull @DefaultValue("IMPOSED_ON") @Description("What to sort by.") SanctionOrderField field,
    @NonNull @DefaultValue("ASC") @Description("Sort direction.") OrderDirection direction) {

  public static final SanctionOrder DEFAULT =
      new SanctionOrder(SanctionOrderField.IMPOSED_ON, OrderDirection.ASC);

  /** This order as the repository takes it. */
  Sorting<SanctionOrderField> sorting() {
    return new Sorting<>(field, direction == OrderDirection.DESC);
  }
}
