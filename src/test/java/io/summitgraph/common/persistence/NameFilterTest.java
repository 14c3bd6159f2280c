package io.summitgraph.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The name filter's index conditions are necessary ones: with and without them, the same rows, for
 * every kind of wanted text sg_names_match knows (spelling variants, stems, stop words, words in
 * any order, punctuation only, leading spaces). And they reach the indexes: the plan reads the
 * trigram index or the search document's, not every row.
 */
@QuarkusTest
class NameFilterTest {

  @Inject EntityManager entityManager;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kim jong un",
        "Kim Jong‑Un",
        "KIM",
        "jong-un kim",
        "pompeo visits",
        "the",
        "of the summit",
        "%",
        "_",
        "  trump",
        "x",
        "singapore summit",
        "Moon Jae-in",
        "zzzz nothing"
      })
  void theIndexConditionsKeepTheRowsSgNamesMatchFinds(String wanted) {
    for (String[] table : new String[][] {{"person", "true"}, {"event", "false"}}) {
      boolean aliases = Boolean.parseBoolean(table[1]);
      List<Long> before =
          ids(
              "select t.id from "
                  + table[0]
                  + " t where sg_names_match(t.name, "
                  + (aliases ? "t.aliases" : "cast('{}' as text[])")
                  + ", :name) order by t.id",
              wanted);
      List<Long> after =
          ids(
              "select t.id from "
                  + table[0]
                  + " t where "
                  + NameFilter.matches("t.", aliases, "name", wanted)
                  + " order by t.id",
              wanted);
      assertThat(after).as(table[0] + " matching '" + wanted + "'").isEqualTo(before);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"kim jong un", "pompeo visits"})
  @TestTransaction
  void theIndexesAnswerTheConditions(String wanted) {
    entityManager.createNativeQuery("set local enable_seqscan = off").executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object> plan =
        entityManager
            .createNativeQuery(
                "explain select p.id from person p where "
                    + NameFilter.matches("p.", true, "name", wanted))
            .setParameter("name", wanted)
            .getResultList();
    String text = plan.stream().map(Object::toString).collect(Collectors.joining("\n"));
    assertThat(text).contains("person_name_keys").contains("person_search");
  }

  @SuppressWarnings("unchecked")
  private List<Long> ids(String sql, String wanted) {
    return ((List<Object>)
            entityManager.createNativeQuery(sql).setParameter("name", wanted).getResultList())
        .stream().map(id -> ((Number) id).longValue()).toList();
  }
}
