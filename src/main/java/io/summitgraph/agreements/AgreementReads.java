package io.summitgraph.agreements;

import io.summitgraph.platform.compiler.PagedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * How the compiled read path reads agreements and commitments, and the agreements and commitments
 * of events, people, countries, organizations and places (platform/compiler).
 */
@ApplicationScoped
class AgreementReads implements ReadModel {

  @Override
  public List<TypeReads> types() {
    return List.of(
        TypeReads.of(Agreement.TYPE, "agreement")
            .columns("title", "title", "description", "description")
            .partialDate("signedOn", "signed_on", "signed_precision")
            .toOne("event", "Event", "event_id")
            .list("commitments", CommitmentRepository.listWhere("c.agreement_id = {row}.id")),
        TypeReads.of(Commitment.TYPE, "commitment")
            .columns(
                "description", "description",
                "kind", "kind",
                "status", "status",
                "condition", "condition")
            .toOne("agreement", Agreement.TYPE, "agreement_id")
            .toOne("announcedBy", "Person", "announced_by_id")
            .listOneOf(
                "parties",
                CommitmentRepository.listParties(),
                CommitmentRepository.PARTY_TYPE,
                CommitmentRepository.PARTY_KEY)
            .list("locations", CommitmentRepository.listLocations()),
        TypeReads.extend("Event").list("agreements", AgreementRepository.listByEvent()),
        TypeReads.extend("Person")
            .list("commitments", CommitmentRepository.listByParty(PartyKind.PERSON))
            .list(
                "announcedCommitments",
                CommitmentRepository.listWhere("c.announced_by_id = {row}.id")),
        TypeReads.extend("Country")
            .list("commitments", CommitmentRepository.listByParty(PartyKind.COUNTRY)),
        TypeReads.extend("Organization")
            .list("commitments", CommitmentRepository.listByParty(PartyKind.ORGANIZATION)),
        TypeReads.extend("Location").list("commitments", CommitmentRepository.listByLocation()));
  }

  @Override
  public Map<String, PagedRead> roots() {
    return Map.of(
        "agreements",
        PagedRead.of(
            Agreement.TYPE,
            (arguments, none) -> {
              AgreementOrder order = arguments.input("orderBy", AgreementOrder.class);
              return AgreementRepository.query(
                  AgreementCriteria.of(arguments.input("filter", AgreementFilter.class)),
                  (order == null ? AgreementOrder.DEFAULT : order).sorting(),
                  arguments.page());
            }),
        "commitments",
        PagedRead.of(
            Commitment.TYPE,
            (arguments, none) -> {
              CommitmentOrder order = arguments.input("orderBy", CommitmentOrder.class);
              return CommitmentRepository.query(
                  CommitmentCriteria.of(arguments.input("filter", CommitmentFilter.class)),
                  (order == null ? CommitmentOrder.DEFAULT : order).sorting(),
                  arguments.page());
            }));
  }
}
