package io.summitgraph.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.summitgraph.testing.CurationTest;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Tokens;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTP caching of GET queries (ETag, 304, Cache-Control from cache hints) and compression. */
@QuarkusTest
class HttpCachingTest extends CurationTest {

  @Test
  void aGetQueryHasAStrongETagAndTheSmallestMaxAgeItTouched() {
    Response countries = get("http/countries-names", Map.of(), Map.of());
    Response search = get("http/search-and-sources", Map.of(), Map.of());
    Response person = get("http/person-description", Map.of("name", "Pompeo"), Map.of());

    assertThat(countries.statusCode()).isEqualTo(200);
    assertThat(countries.header("ETag")).matches("\"[A-Za-z0-9_-]{43}\"");
    assertThat(countries.header("Cache-Control")).isEqualTo("public, max-age=3600");
    assertThat(search.header("Cache-Control")).isEqualTo("public, max-age=30");
    assertThat(person.header("Cache-Control")).isEqualTo("public, max-age=60");
  }

  @Test
  void theSameGetWithItsETagIsA304WithoutBody() {
    Response first = get("http/countries-names", Map.of(), Map.of());
    String etag = first.header("ETag");

    Response again = get("http/countries-names", Map.of(), Map.of("If-None-Match", etag));
    Response weak = get("http/countries-names", Map.of(), Map.of("If-None-Match", "W/" + etag));
    Response other = get("http/countries-names", Map.of(), Map.of("If-None-Match", "\"x\""));

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.asByteArray()).isEmpty();
    assertThat(again.header("ETag")).isEqualTo(etag);
    assertThat(weak.statusCode()).isEqualTo(304);
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.asString()).isEqualTo(first.asString());
  }

  @Test
  void anAuthenticatedCallerGetsPrivateAnswers() {
    Response response =
        get("http/countries-names", Map.of(), Map.of("Authorization", "Bearer " + Tokens.reader()));

    assertThat(response.header("Cache-Control")).isEqualTo("private, max-age=3600");
  }

  @Test
  void postsAndErrorsAreNotStored() {
    Response post = GraphQL.document("http/countries-names").post();
    Response error = get("http/person-description", Map.of(), Map.of());

    assertThat(post.header("Cache-Control")).isEqualTo("no-store");
    assertThat(post.header("ETag")).isNull();
    assertThat(error.jsonPath().getList("errors")).isNotEmpty();
    assertThat(error.header("Cache-Control")).isEqualTo("no-store");
    assertThat(error.header("ETag")).isNull();
  }

  /** A mutation's change is never hidden behind a stale 304: the ETag follows the data. */
  @Test
  void afterAMutationTheOldETagNoLongerMatches() {
    fixture.person("Cache Probe Person");
    Response before =
        get("http/person-description", Map.of("name", "Cache Probe Person"), Map.of());
    Map<String, Object> person = before.jsonPath().getMap("data.people.nodes[0]");
    String etag = before.header("ETag");

    GraphQL.document("curation/person-update")
        .variable(
            "input",
            Map.of(
                "person",
                person.get("id"),
                "version",
                person.get("version"),
                "description",
                "Changed at " + System.nanoTime()))
        .asCurator()
        .data();
    Response after =
        get(
            "http/person-description",
            Map.of("name", "Cache Probe Person"),
            Map.of("If-None-Match", etag));

    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.header("ETag")).isNotEqualTo(etag);
    assertThat(after.jsonPath().getString("data.people.nodes[0].description"))
        .isNotEqualTo(person.get("description"));
  }

  @Test
  void largeAnswersAreGzippedSmallOnesNot() {
    Response large = get("http/search-and-sources", Map.of(), Map.of("Accept-Encoding", "gzip"));
    Response small = get("http/countries-names", Map.of(), Map.of("Accept-Encoding", "gzip"));

    assertThat(large.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(large.jsonPath().getList("data.sources.nodes")).isNotEmpty();
    assertThat(small.header("Content-Encoding")).isNull();
  }

  private static Response get(
      String document, Map<String, Object> variables, Map<String, String> headers) {
    return GraphQL.getWith(
        Map.of("query", GraphQL.text(document), "variables", new JsonObject(variables).encode()),
        headers);
  }
}
