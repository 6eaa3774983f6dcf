package cn.secretariat.flow.cluster;

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

/** A client of {@code /engine-rest}, as any REST client of the office would be: Basic credentials, JSON. */
final class Rest {

  static final ObjectMapper JSON = new ObjectMapper();

  record Answer(int status, JsonNode body, String raw) {
    String message() {
      return body.path("message").asText("");
    }

    String id() {
      return body.path("id").asText();
    }
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .version(HttpClient.Version.HTTP_1_1).build();

  Answer get(AppNode node, String user, String path) throws IOException, InterruptedException {
    return send(node, user, HttpRequest.newBuilder(uri(node, path)).GET());
  }

  Answer post(AppNode node, String user, String path, Object body) throws IOException, InterruptedException {
    return send(node, user, HttpRequest.newBuilder(uri(node, path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
  }

  private Answer send(AppNode node, String user, HttpRequest.Builder request) throws IOException, InterruptedException {
    String auth = Base64.getEncoder().encodeToString((user + ":" + AppNode.PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + auth)
        .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String raw = response.body();
    JsonNode body = raw == null || raw.isBlank() ? NullNode.getInstance() : parse(raw);
    return new Answer(response.statusCode(), body, raw);
  }

  private static JsonNode parse(String raw) {
    try {
      return JSON.readTree(raw);
    } catch (IOException notJson) {
      return NullNode.getInstance();
    }
  }

  private static URI uri(AppNode node, String path) {
    return node.base().resolve("/engine-rest" + path);
  }

  /** {"variables": {name: {value, type}}} from name, value, name, value ... */
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
