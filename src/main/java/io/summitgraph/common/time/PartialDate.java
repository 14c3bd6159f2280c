package io.summitgraph.common.time;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A date with the precision its source gives: "February 2019" is a month, never a day. It is stored
 * as the first day it allows, which is also the instant it sorts by.
 */
@Embeddable
@Type("PartialDate")
@Description(
    "A date with the precision its source states. A month is never turned into an invented day.")
public class PartialDate {

  @Ignore
  @Column(name = "on_date")
  public LocalDate start;

  @Enumerated(EnumType.STRING)
  @Column(name = "precision")
  public DatePrecision precision;

  protected PartialDate() {}

  private PartialDate(LocalDate start, DatePrecision precision) {
    this.start = start;
    this.precision = precision;
  }

  public static PartialDate of(LocalDate start, DatePrecision precision) {
    LocalDate normalised =
        switch (precision) {
          case YEAR -> start.withDayOfYear(1);
          case MONTH -> start.withDayOfMonth(1);
          case MONTH_DAY, DAY -> start;
        };
    return new PartialDate(normalised, precision);
  }

  @NonNull
  @Description(
      "ISO 8601 at the stated precision: 2019, 2019-02 or 2018-06-12; --11-06 for a month and day"
          + " stated without a year.")
  public String getIso() {
    return switch (precision) {
      case YEAR -> String.valueOf(start.getYear());
      case MONTH -> start.format(DateTimeFormatter.ofPattern("uuuu-MM"));
      case MONTH_DAY -> start.format(DateTimeFormatter.ofPattern("--MM-dd"));
      case DAY -> start.toString();
    };
  }

  @NonNull
  @Description("How much of the date the source states.")
  public DatePrecision getPrecision() {
    return precision;
  }

  @NonNull
  @Description(
      "The first day the date allows (the day itself at DAY precision; at MONTH_DAY, the day in the"
          + " year an inference gives).")
  public LocalDate getEarliest() {
    return start;
  }

  @NonNull
  @Description("The last day the date allows (the day itself at DAY precision).")
  public LocalDate getLatest() {
    return switch (precision) {
      case YEAR -> start.withDayOfYear(start.lengthOfYear());
      case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
      case MONTH_DAY, DAY -> start;
    };
  }
}
