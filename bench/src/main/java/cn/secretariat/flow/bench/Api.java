package cn.secretariat.flow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A client of the application's public REST API ({@code /engine-rest}, {@code /api}), Basic credentials. */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();

  record Answer(int status, JsonNode body, String raw) {
  }

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String password;

  Api(String password) {
    this.password = password;
  }

  Answer get(URI base, String user, String path) throws IOException, InterruptedException {
    return send(user, HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  Answer post(URI base, String user, String path, Object body) throws IOException, InterruptedException {
    return send(user, HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
  }

  /** A POST with another Accept header, e.g. Tasklist's {@code application/hal+json}. */
  Answer post(URI base, String user, String path, Object body, String accept) throws IOException, InterruptedException {
    return send(user, HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
        .header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
  }

  Answer put(URI base, String user, String path, Object body) throws IOException, InterruptedException {
    return send(user, HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
  }

  private Answer send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
    String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    if (request.build().headers().firstValue("Accept").isEmpty()) {
      request.header("Accept", "application/json");
    }
    HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + auth).timeout(Duration.ofSeconds(120)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String raw = response.body();
    JsonNode body;
    try {
      body = raw == null || raw.isBlank() ? NullNode.getInstance() : JSON.readTree(raw);
    } catch (IOException notJson) {
      body = NullNode.getInstance();
    }
    return new Answer(response.statusCode(), body, raw);
  }

  static Answer expect(Answer answer, int status, String what) {
    if (answer.status() != status) {
      throw new IllegalStateException(what + ": HTTP " + answer.status() + " " + answer.raw());
    }
    return answer;
  }

  /** {"variables": {name: {value, type}}} from name, value, ... */
  static Map<String, Object> variables(Object... namesAndValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      String type = value instanceof Integer ? "Integer" : value instanceof Boolean ? "Boolean" : "String";
      variables.put((String) namesAndValues[i], Map.of("value", value, "type", type));
    }
    return Map.of("variables", variables);
  }
}
