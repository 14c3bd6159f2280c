package io.summitgraph.disputes;

import io.summitgraph.common.mutations.CuratorChange;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.References;
import io.summitgraph.common.mutations.Texts;
import io.summitgraph.common.mutations.UserErrorCode;
import io.summitgraph.common.mutations.UserErrorsException;
import io.summitgraph.common.mutations.Versions;
import io.summitgraph.facts.CitationWriter;
import io.summitgraph.sources.Citation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** What curators do to disputes: mark a fact disputed, resolve a dispute. */
@ApplicationScoped
public class DisputeCuration {

  @Inject DisputeRepository repository;
  @Inject References references;
  @Inject CitationWriter citations;

  @CuratorChange
  public Dispute markDisputed(FactMarkDisputedInput input) {
    Problems problems = new Problems();
    Long factKey = references.factKey(problems, input.fact(), "input", "fact");
    String property = Texts.required(problems, input.property(), "input", "property");
    String description = Texts.required(problems, input.description(), "input", "description");
    List<DisputeClaimInput> claims = input.claims() == null ? List.of() : input.claims();
    problems.check(
        claims.size() >= 2,
        UserErrorCode.INVALID,
        "A dispute has at least two competing claims.",
        "input",
        "claims");
    List<Long> claimCitations = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      String index = String.valueOf(i);
      Texts.required(problems, claims.get(i).value(), "input", "claims", index, "value");
      Long citation =
          references.key(
              problems,
              claims.get(i).citation(),
              Citation.TYPE,
              "input",
              "claims",
              index,
              "citation");
      if (citation != null && factKey != null) {
        problems.check(
            citesFact(citation, factKey),
            UserErrorCode.RULE_VIOLATION,
            "A claim rests on a citation of the disputed fact.",
            "input",
            "claims",
            index,
            "citation");
      }
      claimCitations.add(citation);
    }
    if (factKey != null && property != null) {
      problems.check(
          repository.count("factKey = ?1 and property = ?2", factKey, property) == 0,
          UserErrorCode.DUPLICATE,
          "This property of the fact is already disputed.",
          "input",
          "property");
    }
    problems.throwIfAny();
    DisputeEntity dispute = new DisputeEntity();
    dispute.factKey = factKey;
    dispute.property = property;
    dispute.description = description;
    repository.persist(dispute);
    repository.flush();
    for (int i = 0; i < claims.size(); i++) {
      DisputeClaimEntity claim = new DisputeClaimEntity();
      claim.id = new DisputeClaimEntity.ClaimId(dispute.id, i + 1);
      claim.value = claims.get(i).value().strip();
      claim.citationKey = claimCitations.get(i);
      repository.getEntityManager().persist(claim);
    }
    return Dispute.from(dispute);
  }

  @CuratorChange
  public Dispute resolve(DisputeResolveInput input) {
    Problems problems = new Problems();
    Long key = references.key(problems, input.dispute(), Dispute.TYPE, "input", "dispute");
    var citation = citations.check(problems, input.citation(), "input", "citation");
    problems.throwIfAny();
    DisputeEntity dispute = repository.findById(key);
    Versions.require(dispute.version, input.version(), "The dispute", "input", "version");
    if (dispute.resolved) {
      throw UserErrorsException.of(
          UserErrorCode.RULE_VIOLATION, "The dispute is already resolved.", "input", "dispute");
    }
    dispute.resolved = true;
    repository.flush();
    if (!citations.cites(dispute.factKey, citation)) {
      citations.attach(dispute.factKey, citation);
    }
    return Dispute.from(dispute);
  }

  private boolean citesFact(long citationKey, long factKey) {
    return !repository
        .getEntityManager()
        .createNativeQuery("select 1 from citation where id = :citation and fact_id = :fact")
        .setParameter("citation", citationKey)
        .setParameter("fact", factKey)
        .getResultList()
        .isEmpty();
  }
}
