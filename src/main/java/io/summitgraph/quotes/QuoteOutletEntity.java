package io.summitgraph.quotes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A quote paired with one outlet of its reporting chain (view {@code quote_outlet}), so that the
 * quotes of many outlets page in one statement. Keyed by quote and outlet: a quote relayed by two
 * outlets of one batch is two rows, not one shared instance.
 */
@Entity
@Immutable
@Table(name = "quote_outlet")
@IdClass(QuoteOutletEntity.Key.class)
public class QuoteOutletEntity extends QuoteColumns {

  @Id
  @Column(name = "outlet_id")
  public Long outletKey;

  /** The composite key: quote and outlet. */
  public static class Key implements Serializable {
    public Long id;
    public Long outletKey;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(id, key.id)
          && Objects.equals(outletKey, key.outletKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, outletKey);
    }
  }
}
