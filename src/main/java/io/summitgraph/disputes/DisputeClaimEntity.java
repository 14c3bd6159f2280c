package io.summitgraph.disputes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One competing value in a dispute, with the citation that states it. */
@Entity
@Table(name = "dispute_claim")
public class DisputeClaimEntity {

  @EmbeddedId public ClaimId id;

  public String value;

  @Column(name = "citation_id")
  public Long citationKey;

  @Embeddable
  public record ClaimId(@Column(name = "dispute_id") Long disputeKey, Integer position) {}
}
