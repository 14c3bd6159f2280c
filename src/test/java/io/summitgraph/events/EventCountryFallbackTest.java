package io.summitgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.countries.Country;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An event whose only clue to its country is its location. No article has one, so the test adds one
 * inside a transaction that is rolled back, and asks the service directly (an HTTP request would
 * not see the uncommitted row).
 */
@QuarkusTest
class EventCountryFallbackTest {

  @Inject EntityManager entityManager;
  @Inject EventService service;

  @Test
  @TestTransaction
  void anEventWithOnlyALocationIsInItsLocationsCountry() {
    long usa = key("select id from country where iso_code = 'USA'");
    long event =
        key(
            "insert into event (name, kind, status, location_id) select 'Test rally at the White House',"
                + " 'RALLY', 'HELD', id from location where name = 'White House' returning id");
    Event placedOnly = service.byKeys(List.of(event)).get(event);
    assertThat(placedOnly.countryKey()).isNull();

    Map<Long, Country> countries = service.countries(List.of(placedOnly));
    assertThat(countries.get(event).isoCode()).isEqualTo("USA");

    List<String> inUsa =
        service
            .eventsInCountries(List.of(usa), PageRequest.forward(100, null, true))
            .get(usa)
            .items()
            .stream()
            .map(Event::name)
            .toList();
    assertThat(inUsa).contains("Test rally at the White House").hasSize(6);

    EventFilter byCountry =
        new EventFilter(
            null, null, null, null, null, GlobalId.encode("Country", usa), null, null, null);
    assertThat(service.events(byCountry, null, PageRequest.of(100, null, null, null, true)).items())
        .extracting(Event::name)
        .contains("Test rally at the White House")
        .hasSize(6);
  }

  private long key(String sql) {
    return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
  }
}
