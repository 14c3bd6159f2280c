package io.summitgraph.quotes;

import io.summitgraph.common.persistence.FactEntity;
import io.summitgraph.common.time.PartialDate;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns of a quote, shared by {@link QuoteEntity} (a quote) and {@link QuoteOutletEntity} (a
 * quote as listed under an outlet of its reporting chain).
 */
@MappedSuperclass
public abstract class QuoteColumns extends FactEntity {

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
}
