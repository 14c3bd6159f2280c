package io.summitgraph.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile-input corpus: {@code src/test/resources/hostile/corpus.json}, one case per entry with
 * the request and its expected outcome (HTTP status, first error code, data present or not; or, for
 * SQL metacharacters, the same data as the same request with a harmless character). Text may hold
 * {@code <<N*text>>}, which expands to N copies of text ({@code #} in it becomes the copy's
 * number); a variable {@code {"$repeat": N, "item": x}} expands to a list of N items.
 */
final class HostileCorpus {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern REPEAT = Pattern.compile("<<(\\d+)\\*(.*?)>>", Pattern.DOTALL);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** One case of the corpus. */
  record Case(String name, JsonNode spec) {
    @Override
    public String toString() {
      return name;
    }

    String profile() {
      return spec.path("profile").asText("");
    }
  }

  /** A response and how long it took, from sending the first byte to reading the last. */
  record Outcome(int status, String body, long nanos) {}

  private HostileCorpus() {}

  static List<Case> cases(String profile) {
    try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/corpus.json")) {
      List<Case> cases = new ArrayList<>();
      for (JsonNode spec : JSON.readTree(in)) {
        Case c = new Case(spec.get("name").asText(), spec);
        if (c.profile().equals(profile)) {
          cases.add(c);
        }
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Outcome send(URI server, JsonNode spec, JsonNode variablesOverride) {
    if (spec.has("streamed")) {
      return stream(server, spec);
    }
    try {
      String method = spec.path("method").asText("POST");
      String path = spec.path("path").asText("/graphql");
      String query = query(spec);
      JsonNode variables = variablesOverride != null ? variablesOverride : spec.get("variables");
      if (variables != null) {
        variables = expand(variables);
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder().timeout(Duration.ofSeconds(30)).header("Accept", accept(spec));
      if (method.equals("GET")) {
        StringBuilder parameters = new StringBuilder();
        if (query != null) {
          parameters.append("&query=").append(encode(query));
        }
        if (spec.has("operationName")) {
          parameters.append("&operationName=").append(encode(spec.get("operationName").asText()));
        }
        if (spec.has("rawVariables")) {
          parameters.append("&variables=").append(encode(spec.get("rawVariables").asText()));
        } else if (variables != null) {
          parameters.append("&variables=").append(encode(JSON.writeValueAsString(variables)));
        }
        String uri = path + (parameters.isEmpty() ? "" : "?" + parameters.substring(1));
        request.uri(server.resolve(uri)).GET();
      } else {
        byte[] body = body(spec, query, variables);
        String contentType = spec.path("contentType").asText("application/json");
        if (!contentType.isEmpty()) {
          request.header("Content-Type", contentType);
        }
        request
            .uri(server.resolve(path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
      }
      HttpRequest built = request.build();
      long started = System.nanoTime();
      HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
      return new Outcome(response.statusCode(), response.body(), System.nanoTime() - started);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends a large body over a plain socket, as a client that does not wait for the server would:
   * the headers (with {@code Content-Length}, or chunked when {@code "streamed": "chunked"}), then
   * the body from another thread, while the response is read; the time is until the response is
   * read, so a server that refuses at the headers (or at its limit) answers before the upload ends.
   */
  private static Outcome stream(URI server, JsonNode spec) {
    byte[] body = expand(spec.get("body").asText()).getBytes(StandardCharsets.UTF_8);
    boolean chunked = spec.get("streamed").asText().equals("chunked");
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(30_000);
      String headers =
          "POST /graphql HTTP/1.1\r\nHost: "
              + server.getHost()
              + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
              + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length)
              + "\r\n\r\n";
      long started = System.nanoTime();
      OutputStream out = socket.getOutputStream();
      out.write(headers.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread upload =
          new Thread(
              () -> {
                try {
                  for (int offset = 0; offset < body.length; offset += 65536) {
                    int length = Math.min(65536, body.length - offset);
                    if (chunked) {
                      out.write(
                          (Integer.toHexString(length) + "\r\n")
                              .getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(body, offset, length);
                    if (chunked) {
                      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                  }
                  if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                  }
                  out.flush();
                } catch (IOException e) {
                  // the server refused and closed: the rest of the upload is not wanted
                }
              });
      upload.setDaemon(true);
      upload.start();
      InputStream in = socket.getInputStream();
      String statusLine = readLine(in);
      int length = 0;
      for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
        if (line.toLowerCase().startsWith("content-length:")) {
          length = Integer.parseInt(line.substring(15).trim());
        }
      }
      String responseBody = new String(in.readNBytes(length), StandardCharsets.UTF_8);
      long nanos = System.nanoTime() - started;
      return new Outcome(Integer.parseInt(statusLine.split(" ")[1]), responseBody, nanos);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  /** Checks the outcome the case expects. */
  static void check(Case c, Outcome outcome, URI server) throws IOException {
    JsonNode expect = c.spec().get("expect");
    assertThat(outcome.status())
        .as("HTTP status; body %s", cut(outcome.body()))
        .isEqualTo(expect.get("status").asInt());
    if (!expect.has("code")) {
      return; // not a GraphQL response (404 of a page turned off)
    }
    JsonNode body = JSON.readTree(outcome.body());
    assertThat(body.isObject()).as(outcome.body()).isTrue();
    JsonNode errors = body.path("errors");
    if (expect.get("code").isNull()) {
      assertThat(errors.isMissingNode() || errors.isEmpty()).as(cut(outcome.body())).isTrue();
    } else {
      assertThat(errors.path(0).path("extensions").path("code").asText())
          .as(cut(outcome.body()))
          .isEqualTo(expect.get("code").asText());
      for (JsonNode error : errors) {
        assertThat(error.path("message").asText()).isNotBlank();
      }
    }
    switch (expect.get("data").asText()) {
      case "absent" -> assertThat(body.has("data")).as(cut(outcome.body())).isFalse();
      case "present" -> assertThat(body.has("data")).as(cut(outcome.body())).isTrue();
      default -> throw new IllegalArgumentException("data: absent or present");
    }
    if (c.spec().has("sameDataAs")) {
      Outcome harmless = send(server, c.spec(), c.spec().get("sameDataAs"));
      assertThat(harmless.status()).isEqualTo(200);
      assertThat(body.get("data"))
          .as("same data as for %s", c.spec().get("sameDataAs"))
          .isEqualTo(JSON.readTree(harmless.body()).get("data"));
    }
  }

  private static String accept(JsonNode spec) {
    return spec.path("accept").asText("application/json");
  }

  private static String query(JsonNode spec) {
    if (spec.has("document")) {
      String name = "/" + spec.get("document").asText() + ".graphql";
      try (InputStream in = HostileCorpus.class.getResourceAsStream(name)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return spec.has("query") ? expand(spec.get("query").asText()) : null;
  }

  private static byte[] body(JsonNode spec, String query, JsonNode variables) throws IOException {
    if (spec.has("bodyBase64")) {
      return Base64.getDecoder().decode(spec.get("bodyBase64").asText());
    }
    if (spec.has("body")) {
      return expand(spec.get("body").asText()).getBytes(StandardCharsets.UTF_8);
    }
    ObjectNode request = JSON.createObjectNode().put("query", query);
    if (variables != null) {
      request.set("variables", variables);
    }
    if (spec.has("operationName")) {
      request.put("operationName", spec.get("operationName").asText());
    }
    return JSON.writeValueAsBytes(request);
  }

  static String expand(String text) {
    Matcher matcher = REPEAT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      int count = Integer.parseInt(matcher.group(1));
      StringBuilder copies = new StringBuilder();
      for (int i = 0; i < count; i++) {
        copies.append(matcher.group(2).replace("#", Integer.toString(i)));
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(copies.toString()));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static JsonNode expand(JsonNode value) {
    if (value.isTextual()) {
      return TextNode.valueOf(expand(value.asText()));
    }
    if (value.isObject() && value.has("$repeat")) {
      ArrayNode list = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < value.get("$repeat").asInt(); i++) {
        list.add(expand(value.get("item")));
      }
      return list;
    }
    if (value.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        copy.set(field.getKey(), expand(field.getValue()));
      }
      return copy;
    }
    return value;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static String cut(String text) {
    return text.length() > 600 ? text.substring(0, 600) + "…" : text;
  }
}
