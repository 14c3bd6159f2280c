package io.summitgraph.sources;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "citation")
public class CitationEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_id")
  @SequenceGenerator(name = "fact_id", sequenceName = "fact_id_seq", allocationSize = 1)
  public Long id;

  @Column(name = "excerpt")
  public String excerpt;

  @Column(name = "start_offset")
  public Integer startOffset;

  @Column(name = "fact_id")
  public Long factKey;

  @Column(name = "source_id")
  public Long sourceKey;
}
