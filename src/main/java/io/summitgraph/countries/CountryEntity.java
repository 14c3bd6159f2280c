package io.summitgraph.countries;

import io.summitgraph.common.persistence.FactEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "country")
public class CountryEntity extends FactEntity {

  /** ISO 3166-1 alpha-3 code, e.g. PRK. */
  @Column(name = "iso_code", columnDefinition = "bpchar(3)")
  public String isoCode;

  public String name;

  public String[] aliases;
}
