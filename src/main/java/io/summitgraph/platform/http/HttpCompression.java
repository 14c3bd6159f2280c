package io.summitgraph.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP settings of GraphQL answers besides the protocol: the compression threshold (Quarkus
 * compresses with {@code quarkus.http.enable-compression}, but offers no size threshold) and the
 * default cache hint.
 */
@ApplicationScoped
public class HttpCompression {

  /**
   * Answers smaller than this many bytes are sent uncompressed (compressing them costs more than it
   * saves).
   */
  @ConfigProperty(name = "summitgraph.http.compression-threshold", defaultValue = "1024")
  int threshold;

  /** Max-age, in seconds, of object types without a cache hint (see HttpCaching). */
  @ConfigProperty(name = "summitgraph.http.cache.default-max-age", defaultValue = "60")
  int defaultMaxAge;

  public int cacheDefaultMaxAge() {
    return defaultMaxAge;
  }

  /**
   * Compresses an answer from the threshold on: Quarkus marks every response {@code
   * Content-Encoding: identity} (not to be compressed) unless a handler of its own lifts that for
   * the route; GraphQL answers are lifted here, by size. A 304 has no body to compress.
   */
  void decide(HttpServerResponse response) {
    String length = response.headers().get(HttpHeaders.CONTENT_LENGTH);
    if (response.getStatusCode() == 304 || length != null && Long.parseLong(length) >= threshold) {
      response.headers().remove(HttpHeaders.CONTENT_ENCODING);
    } else {
      response.putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
    }
  }
}
