package io.summitgraph.quotes;

import io.summitgraph.common.time.PartialDate;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
public class QuoteOutletEntity {

  @Id public Long id;

  @Id
  @Column(name = "outlet_id")
  public Long outletKey;

  @Column(name = "text")
  public String text;

  @Column(name = "speaker_description")
  public String speakerDescription;

  @Embedded
  @AttributeOverride(name = "start", column = @Column(name = "said_on"))
  @AttributeOverride(name = "precision", column = @Column(name = "said_precision"))
  public PartialDate saidOn;

  @Column(name = "speaker_id")
  public Long speakerKey;

  @Column(name = "organization_id")
  public Long organizationKey;

  @Column(name = "occasion_id")
  public Long occasionKey;

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
