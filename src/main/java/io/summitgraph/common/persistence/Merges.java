package io.summitgraph.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Merges two records of one kind (see {@code sg_merge} in V9): relationships, citations and
 * disputes move to the survivor, the merged row is deleted and its key redirects to the survivor.
 */
@ApplicationScoped
public class Merges {

  @Inject EntityManager entityManager;

  /**
   * Merges {@code merged} into {@code survivor}, in the current transaction. A merged record whose
   * version is no longer {@code mergedVersion} fails as a concurrent update (serialization
   * failure).
   */
  public void merge(String kind, long merged, long mergedVersion, long survivor) {
    entityManager.flush();
    entityManager
        .createNativeQuery("select cast(sg_merge(:kind, :merged, :version, :survivor) as text)")
        .setParameter("kind", kind)
        .setParameter("merged", merged)
        .setParameter("version", mergedVersion)
        .setParameter("survivor", survivor)
        .getResultList();
  }
}
