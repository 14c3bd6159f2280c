package io.summitgraph.agreements;

import io.summitgraph.common.persistence.FactEntity;
import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;

@Entity
@Table(name = "commitment")
@SqlResultSetMapping(
    name = CommitmentEntity.WITH_PARENT_KEY,
    entities = @EntityResult(entityClass = CommitmentEntity.class),
    columns = @ColumnResult(name = "parent_key", type = Long.class))
public class CommitmentEntity extends FactEntity {

  /**
   * Result of a native query selecting {@code c.*} and a {@code parent_key} column: a commitment
   * and the key of what it is listed under.
   */
  static final String WITH_PARENT_KEY = "CommitmentWithParentKey";

  @Column(name = "description")
  public String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  public CommitmentKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  public CommitmentStatus status;

  @Column(name = "condition")
  public String condition;

  @Column(name = "agreement_id")
  public Long agreementKey;

  @Column(name = "announced_by_id")
  public Long announcedByKey;
}
