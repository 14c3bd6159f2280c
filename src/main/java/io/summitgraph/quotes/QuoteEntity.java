package io.summitgraph.quotes;

import io.summitgraph.common.persistence.FactEntity;
import io.summitgraph.common.time.PartialDate;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "quote")
public class QuoteEntity extends FactEntity {

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
