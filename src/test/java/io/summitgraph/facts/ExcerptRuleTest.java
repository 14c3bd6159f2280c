package io.summitgraph.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where an excerpt stands in a text as a citation, decided alike by the service ({@link
 * ExcerptRule#spanIn}) and by the database's trigger function ({@code citation_span}), so a
 * curator's precise message and the last guard never disagree.
 */
@QuarkusTest
class ExcerptRuleTest {

  @Inject DataSource dataSource;

  @ParameterizedTest(name = "«{1}» in «{0}» → {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        "the Singapore summit was held | Singapore summit | 4",
        "the Singapore summit was held | ingapore summit | none",
        "the Singapore summit was held | Singapore summi | none",
        "the Singapore summit was held | the Singapore summit was held | 0",
        "summits and the summit | summit | 16",
        "a summit, then more | summit, | 2",
        "(he said) | he said) | 1",
        "Kim said “yes” | “yes” | 9",
        "Cafe\u0301 Seoul | Cafe | none",
        "Cafe\u0301 Seoul | Cafe\u0301 | 0",
        "Cafe\u0301 Seoul | \u0301 Seoul | none",
        "Pyongyang 2018 | 201 | none",
        "Pyongyang 2018 | 2018 | 10",
        "dumb  double | ' ' | none",
      })
  void theServiceAndTheDatabaseFindTheSameSpan(String text, String excerpt, Integer offset)
      throws Exception {
    Optional<Integer> expected = Optional.ofNullable(offset);
    assertThat(ExcerptRule.spanIn(text, excerpt)).as("the service").isEqualTo(expected);
    assertThat(databaseSpan(text, excerpt)).as("the database").isEqualTo(expected);
  }

  private Optional<Integer> databaseSpan(String text, String excerpt) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("select citation_span(?, ?)")) {
      statement.setString(1, text);
      statement.setString(2, excerpt);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        int span = result.getInt(1);
        return result.wasNull() ? Optional.empty() : Optional.of(span);
      }
    }
  }
}
