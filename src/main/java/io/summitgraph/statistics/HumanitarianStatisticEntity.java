package io.summitgraph.statistics;

import io.summitgraph.common.persistence.FactEntity;
import io.summitgraph.common.time.PartialDate;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "humanitarian_statistic")
public class HumanitarianStatisticEntity extends FactEntity {

  @Enumerated(EnumType.STRING)
  @Column(name = "indicator")
  public HumanitarianIndicator indicator;

  @Column(name = "value")
  public java.math.BigDecimal value;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit")
  public MeasurementUnit unit;

  @Enumerated(EnumType.STRING)
  @Column(name = "comparator")
  public Comparator comparator;

  @Enumerated(EnumType.STRING)
  @Column(name = "population_group")
  public PopulationGroup populationGroup;

  @Embedded
  @AttributeOverride(name = "start", column = @Column(name = "period_start"))
  @AttributeOverride(name = "precision", column = @Column(name = "period_precision"))
  public PartialDate period;

  @Column(name = "stated_as")
  public String statedAs;

  @Column(name = "country_id")
  public Long countryKey;
}
