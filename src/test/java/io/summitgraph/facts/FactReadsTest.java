package io.summitgraph.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.summitgraph.platform.compiler.FieldRead;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compiled read path writes an audit timestamp as the API's {@code DateTime} does (ISO 8601,
 * the fraction without trailing zeros): checked on instants the seed data may never hold, whole
 * seconds and fractions ending in zeros included.
 */
@QuarkusTest
class FactReadsTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void timestampsAreWrittenAsTheApiWritesThem() throws Exception {
    List<OffsetDateTime> instants =
        List.of(
            OffsetDateTime.of(2018, 6, 12, 9, 0, 0, 0, ZoneOffset.UTC),
            OffsetDateTime.of(2018, 6, 12, 9, 4, 5, 0, ZoneOffset.UTC),
            OffsetDateTime.of(2019, 2, 27, 23, 59, 59, 500_000_000, ZoneOffset.UTC),
            OffsetDateTime.of(2019, 2, 27, 23, 59, 59, 537_030_000, ZoneOffset.UTC),
            OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 1_000, ZoneOffset.UTC),
            OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 123_456_000, ZoneOffset.ofHours(9)));
    String expression =
        ((FieldRead.Value) FactReads.instant("at")).expression().replace(FieldRead.ROW, "t");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("select " + expression + " from (select ? as at) t")) {
      for (OffsetDateTime instant : instants) {
        statement.setObject(1, instant);
        try (ResultSet row = statement.executeQuery()) {
          row.next();
          assertThat(row.getString(1))
              .as(instant.toString())
              .isEqualTo(
                  DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                      instant.withOffsetSameInstant(ZoneOffset.UTC)));
        }
      }
    }
  }
}
