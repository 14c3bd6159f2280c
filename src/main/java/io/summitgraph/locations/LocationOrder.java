package io.summitgraph.locations;

import io.summitgraph.common.graphql.OrderDirection;
import io.summitgraph.common.paging.Sorting;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("LocationOrder")
@Description("Order of a list of locations; ties are broken by ID.")
public record LocationOrder(
    @NonNull @DefaultValue("NAME") @Description("What to sort by.") LocationOrderField field,
    @NonNull @DefaultValue("ASC") @Description("Sort direction.") OrderDirection direction) {

  public static final LocationOrder DEFAULT =
      new LocationOrder(LocationOrderField.NAME, OrderDirection.ASC);

  /** This order as the repository takes it. */
  Sorting<LocationOrderField> sorting() {
    return new Sorting<>(field, direction == OrderDirection.DESC);
  }
}
