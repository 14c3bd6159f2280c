package io.summitgraph.agreements;

import io.summitgraph.common.graphql.OrderDirection;
import io.summitgraph.common.paging.Sorting;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AgreementOrder")
@Description("Order of a list of agreements; ties are broken by ID.")
public record AgreementOrder(
    @NonNull @DefaultValue("SIGNED_ON") @Description("What to sort by.") AgreementOrderField field,
    @NonNull @DefaultValue("ASC") @Description("Sort direction.") OrderDirection direction) {

  public static final AgreementOrder DEFAULT =
      new AgreementOrder(AgreementOrderField.SIGNED_ON, OrderDirection.ASC);

  /** This order as the repository takes it. */
  Sorting<AgreementOrderField> sorting() {
    return new Sorting<>(field, direction == OrderDirection.DESC);
  }
}
