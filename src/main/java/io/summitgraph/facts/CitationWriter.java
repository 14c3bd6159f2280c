package io.summitgraph.facts;

import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.References;
import io.summitgraph.common.mutations.UserErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks and writes the citations that mutations attach to facts: the source must exist and the
 * excerpt stand verbatim in its text (the database refuses anything else too, see V1/V7).
 */
@ApplicationScoped
public class CitationWriter {

  /** The GraphQL types of the IDs a citation input names (their features sit above this one). */
  private static final String SOURCE = "Source";

  private static final String ORGANIZATION = "Organization";

  /** A citation whose input passed the checks, ready to write. */
  public record Checked(long sourceKey, String excerpt, List<Long> reportedViaKeys) {}

  @Inject References references;
  @Inject EntityManager entityManager;
  @Inject ExcerptRule excerptRule;

  /** Checks a citation input found at {@code path}; null (with problems recorded) if unusable. */
  public Checked check(Problems problems, CitationInput input, String... path) {
    if (input == null) {
      problems.add(
          UserErrorCode.RULE_VIOLATION,
          "A fact needs a citation: a source and the excerpt of it that states the fact.",
          path);
      return null;
    }
    Long source = references.key(problems, input.source(), SOURCE, Problems.path(path, "source"));
    List<Long> via = new ArrayList<>();
    List<String> viaIds = input.reportedVia() == null ? List.of() : input.reportedVia();
    for (int i = 0; i < viaIds.size(); i++) {
      Long outlet =
          references.key(
              problems,
              viaIds.get(i),
              ORGANIZATION,
              Problems.path(path, "reportedVia", String.valueOf(i)));
      if (outlet != null) {
        via.add(outlet);
      }
    }
    String excerpt = input.excerpt();
    if (excerpt == null || excerpt.isEmpty()) {
      problems.add(UserErrorCode.INVALID, "The excerpt is empty.", Problems.path(path, "excerpt"));
      return null;
    }
    if (source == null || via.size() < viaIds.size()) {
      return null;
    }
    Optional<String> tooShort = excerptRule.problemWithLength(excerpt);
    if (tooShort.isPresent()) {
      problems.add(UserErrorCode.INVALID, tooShort.get(), Problems.path(path, "excerpt"));
      return null;
    }
    String text = sourceText(source);
    if (text == null || !text.contains(excerpt)) {
      problems.add(
          UserErrorCode.NOT_VERBATIM,
          "The excerpt does not occur verbatim in the source's text; copy it exactly.",
          Problems.path(path, "excerpt"));
      return null;
    }
    if (ExcerptRule.spanIn(text, excerpt).isEmpty()) {
      problems.add(
          UserErrorCode.NOT_VERBATIM,
          "The excerpt cuts a word or a character of the source: it must start and end on whole"
              + " words, as they stand in the text.",
          Problems.path(path, "excerpt"));
      return null;
    }
    return new Checked(source, excerpt, List.copyOf(via));
  }

  /** Whether the fact already has a citation of this source with this excerpt. */
  public boolean cites(long factKey, Checked citation) {
    return !entityManager
        .createNativeQuery(
            "select 1 from citation where fact_id = :fact and source_id = :source and excerpt = :excerpt")
        .setParameter("fact", factKey)
        .setParameter("source", citation.sourceKey())
        .setParameter("excerpt", citation.excerpt())
        .getResultList()
        .isEmpty();
  }

  /** Writes a checked citation of a fact (already written and flushed); returns its key. */
  public long attach(long factKey, Checked citation) {
    entityManager.flush();
    long key =
        ((Number)
                entityManager
                    .createNativeQuery(
                        "insert into citation (fact_id, source_id, excerpt) values (:fact, :source, :excerpt)"
                            + " returning id")
                    .setParameter("fact", factKey)
                    .setParameter("source", citation.sourceKey())
                    .setParameter("excerpt", citation.excerpt())
                    .getSingleResult())
            .longValue();
    for (int i = 0; i < citation.reportedViaKeys().size(); i++) {
      entityManager
          .createNativeQuery(
              "insert into citation_reported_via (citation_id, position, organization_id)"
                  + " values (:citation, :position, :outlet)")
          .setParameter("citation", key)
          .setParameter("position", i + 1)
          .setParameter("outlet", citation.reportedViaKeys().get(i))
          .executeUpdate();
    }
    return key;
  }

  private String sourceText(long sourceKey) {
    List<?> texts =
        entityManager
            .createNativeQuery("select text from source where id = :source")
            .setParameter("source", sourceKey)
            .getResultList();
    return texts.isEmpty() ? null : (String) texts.get(0);
  }
}
