package io.summitgraph.sources;

import io.summitgraph.testing.CurationFixture;
import java.util.Map;

final class CurationTestSupport {

  private CurationTestSupport() {}

  static String organization(CurationFixture fixture, String name) {
    return CurationFixture.created(
        "organization-create",
        "organizationCreate.organization.id",
        Map.of("name", name, "kind", "NEWS_AGENCY", "citation", fixture.citation(0)));
  }
}
