package io.summitgraph.agreements;

import io.summitgraph.common.graphql.OrderDirection;
import io.summitgraph.common.paging.Sorting;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CommitmentOrder")
@Description("Order of a list of commitments; ties are broken by ID.")
public record CommitmentOrder(
    @NonNull @DefaultValue("RECORDED") @Description("What to sort by.") CommitmentOrderField field,
    @NonNull @DefaultValue("ASC") @Description("Sort direction.") OrderDirection direction) {

  public static final CommitmentOrder DEFAULT =
      new CommitmentOrder(CommitmentOrderField.RECORDED, OrderDirection.ASC);

  /** This order as the repository takes it. */
  Sorting<CommitmentOrderField> sorting() {
    return new Sorting<>(field, direction == OrderDirection.DESC);
  }
}
