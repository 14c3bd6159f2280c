package io.summitgraph.people;

import io.summitgraph.common.persistence.NamedRecordEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "person")
public class PersonEntity extends NamedRecordEntity {

  @Column(name = "residence_id")
  public Long residenceKey;
}
