package io.summitgraph.sources;

import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.mutations.CuratorChange;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.References;
import io.summitgraph.common.mutations.UserErrorCode;
import io.summitgraph.common.mutations.UserErrorsException;
import io.summitgraph.facts.CitationWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** What curators do to citations: attach more sources to facts, detach wrong ones. */
@ApplicationScoped
public class CitationCuration {

  /** A citation attached to or detached from a fact. */
  public record Changed(Citation citation, Fact fact, String detachedId) {}

  @Inject CitationRepository repository;
  @Inject CitationWriter writer;
  @Inject CitationService service;
  @Inject References references;

  @CuratorChange
  public Changed attach(CitationAttachInput input) {
    Problems problems = new Problems();
    Long factKey = references.factKey(problems, input.fact(), "input", "fact");
    var citation = writer.check(problems, input.citation(), "input", "citation");
    problems.throwIfAny();
    if (writer.cites(factKey, citation)) {
      throw UserErrorsException.of(
          UserErrorCode.DUPLICATE,
          "The fact already cites these words of this source.",
          "input",
          "citation",
          "excerpt");
    }
    long key = writer.attach(factKey, citation);
    repository.getEntityManager().clear();
    return new Changed(
        Citation.from(repository.findById(key)),
        service.facts(List.of(factKey)).get(factKey),
        null);
  }

  @CuratorChange
  public Changed detach(CitationDetachInput input) {
    Problems problems = new Problems();
    Long key = references.key(problems, input.citation(), Citation.TYPE, "input", "citation");
    problems.throwIfAny();
    CitationEntity citation = repository.findById(key);
    if (repository.count("factKey", citation.factKey) <= 1) {
      throw UserErrorsException.of(
          UserErrorCode.RULE_VIOLATION,
          "This is the fact's last citation: every fact keeps at least one. Attach another first.",
          "input",
          "citation");
    }
    boolean claimed =
        !repository
            .getEntityManager()
            .createNativeQuery("select 1 from dispute_claim where citation_id = :citation")
            .setParameter("citation", key)
            .getResultList()
            .isEmpty();
    if (claimed) {
      throw UserErrorsException.of(
          UserErrorCode.RULE_VIOLATION,
          "A dispute's claim rests on this citation; it stays while the dispute does.",
          "input",
          "citation");
    }
    long factKey = citation.factKey;
    repository.delete(citation);
    repository.flush();
    return new Changed(
        null, service.facts(List.of(factKey)).get(factKey), GlobalId.encode(Citation.TYPE, key));
  }
}
